#include "KooCliCommand.h"

#include "CurlCommand.h"

#include <QRegularExpression>
#include <QStringList>

namespace EndpointDesk {

namespace {

void add(QStringList &words, const QString &option, const QString &value)
{
    if (!value.isEmpty())
        words.append(QLatin1String("--") + option + QLatin1Char('=') + KooCliCommand::shellWord(value));
}

QStringList start(const QString &operation, const QString &region, const QString &projectId)
{
    QStringList words{QStringLiteral("hcloud"), QStringLiteral("FunctionGraph"), operation};
    add(words, QStringLiteral("cli-region"), region);
    add(words, QStringLiteral("project_id"), projectId);
    return words;
}

} // namespace

QString KooCliCommand::shellWord(const QString &value)
{
    // Characters no POSIX shell treats specially anywhere in a word.
    static const QRegularExpression plain(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_./:@%+,=-]+")));
    return plain.match(value).hasMatch() ? value : CurlCommand::shellQuoted(value);
}

QString KooCliCommand::create(const EndpointSpec &spec, const QString &profileName)
{
    QStringList words = start(QStringLiteral("CreateVpcEndpoint"), spec.region, spec.projectId);
    add(words, QStringLiteral("vpc_id"), spec.vpcId);
    add(words, QStringLiteral("subnet_id"), spec.subnetId);
    add(words, QStringLiteral("flavor"), spec.flavor);
    add(words, QStringLiteral("xrole"), spec.agency);
    add(words, QStringLiteral("cli-profile"), profileName);
    return words.join(QLatin1Char(' '));
}

QString KooCliCommand::remove(const EndpointKey &key, const QString &profileName)
{
    QStringList words = start(QStringLiteral("DeleteVpcEndpoint"), key.region, key.projectId);
    add(words, QStringLiteral("vpc_id"), key.vpcId);
    add(words, QStringLiteral("subnet_id"), key.subnetId);
    add(words, QStringLiteral("cli-profile"), profileName);
    return words.join(QLatin1Char(' '));
}

} // namespace EndpointDesk
