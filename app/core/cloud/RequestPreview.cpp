#include "RequestPreview.h"

#include "CurlCommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace EndpointDesk {

namespace {

// A body field's value as it is written in the JSON, strings without their quotes.
QString fieldText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return QStringLiteral("null");
}

} // namespace

RequestPreview RequestPreview::of(const ApiRequest &request, const QList<QByteArray> &secretHeaders)
{
    RequestPreview preview;
    preview.curl = CurlCommand::format(request, secretHeaders);
    preview.rows.append(
        {QCoreApplication::translate("EndpointDesk", "Method"), {}, QString::fromLatin1(request.method)});
    preview.rows.append(
        {QCoreApplication::translate("EndpointDesk", "URL"), {}, request.url.toDisplayString(QUrl::RemoveUserInfo)});
    const QString header = QCoreApplication::translate("EndpointDesk", "Header");
    for (const auto &[name, value] : request.headers) {
        const QString shown =
            CurlCommand::isSecret(name, secretHeaders) ? QStringLiteral("****") : QString::fromUtf8(value);
        preview.rows.append({header, QString::fromLatin1(name), shown});
    }
    const QString body = QCoreApplication::translate("EndpointDesk", "Body");
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (document.isObject()) {
        const QJsonObject fields = document.object();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QString text = fieldText(it.value());
            preview.rows.append({body, it.key(), text});
        }
    } else if (!request.body.isEmpty()) {
        preview.rows.append({body, {}, QString::fromUtf8(request.body)});
    }
    return preview;
}

} // namespace EndpointDesk
