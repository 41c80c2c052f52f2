#include "CurlCommand.h"

namespace EndpointDesk {

bool CurlCommand::isSecret(const QByteArray &name, const QList<QByteArray> &secretHeaders)
{
    // The signature itself is not the secret key, but it lets anyone replay the request.
    if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
        return true;
    for (const QByteArray &secret : secretHeaders) {
        if (name.compare(secret, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString CurlCommand::shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString CurlCommand::format(const ApiRequest &request, const QList<QByteArray> &secretHeaders)
{
    // One option a line, so that a long request stays readable when pasted.
    QStringList lines{QLatin1String("curl -X ") + QString::fromLatin1(request.method) + QLatin1Char(' ')
                      + shellQuoted(request.url.toString(QUrl::FullyEncoded))};
    for (const auto &[name, value] : request.headers) {
        const QString shownValue = isSecret(name, secretHeaders) ? QStringLiteral("****") : QString::fromUtf8(value);
        lines << QLatin1String("-H ") + shellQuoted(QString::fromLatin1(name) + QLatin1String(": ") + shownValue);
    }
    if (!request.body.isEmpty())
        lines << QLatin1String("--data-binary ") + shellQuoted(QString::fromUtf8(request.body));
    return lines.join(QLatin1String(" \\\n  "));
}

} // namespace EndpointDesk
