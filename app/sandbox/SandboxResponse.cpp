#include "SandboxResponse.h"

#include <QJsonObject>
#include <QUuid>

namespace EndpointDesk {

QByteArray SandboxResponse::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

void SandboxResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&name](const auto &header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
    headers.append({name, value});
}

QJsonDocument SandboxResponse::json() const
{
    return QJsonDocument::fromJson(body);
}

SandboxResponse SandboxResponse::fromJson(int status, const QJsonDocument &document)
{
    SandboxResponse response;
    response.status = status;
    response.body = document.toJson(QJsonDocument::Compact);
    response.setHeader("Content-Type", "application/json");
    return response;
}

SandboxResponse SandboxResponse::error(int status, const QString &code, const QString &message)
{
    return fromJson(status, QJsonDocument(QJsonObject{{QStringLiteral("error_code"), code},
                                                      {QStringLiteral("error_msg"), message}}));
}

SandboxResponse SandboxResponse::vpcError(int status, const QString &code, const QString &message)
{
    return fromJson(status,
                    QJsonDocument(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}));
}

SandboxResponse SandboxResponse::keystoneError(int status, const QString &message, const QString &title)
{
    const QJsonObject error{
        {QStringLiteral("code"), status}, {QStringLiteral("message"), message}, {QStringLiteral("title"), title}};
    return fromJson(status, QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}));
}

SandboxResponse SandboxResponse::authenticationError(const QString &reason)
{
    return error(401, QStringLiteral("APIGW.0301"),
                 QStringLiteral("Incorrect IAM authentication information: ") + reason);
}

SandboxResponse SandboxResponse::apiNotFound()
{
    return error(404, QStringLiteral("APIGW.0101"),
                 QStringLiteral("The API does not exist or has not been published in the environment"));
}

QByteArray SandboxResponse::newRequestId()
{
    return QUuid::createUuid().toByteArray(QUuid::Id128);
}

void SandboxResponse::stamp()
{
    if (header("X-Request-Id").isEmpty())
        setHeader("X-Request-Id", newRequestId());
    if (!body.isEmpty() && header("Content-Type").isEmpty())
        setHeader("Content-Type", "application/json");
}

} // namespace EndpointDesk
