#pragma once

#include "SandboxRequest.h"

#include <QJsonDocument>

namespace EndpointDesk {

// One answer of the emulated cloud: a plain value, written to the socket by SandboxServer.
struct SandboxResponse
{
    int status = 200;
    SandboxHeaderList headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);
    QJsonDocument json() const;

    static SandboxResponse fromJson(int status, const QJsonDocument &document);
    // {"error_code","error_msg"}: FunctionGraph and API Gateway.
    static SandboxResponse error(int status, const QString &code, const QString &message);
    // {"code","message"}: VPC v1.
    static SandboxResponse vpcError(int status, const QString &code, const QString &message);
    // {"error":{"code","message","title"}}: Keystone-style IAM.
    static SandboxResponse keystoneError(int status, const QString &message, const QString &title);
    // API Gateway's 401 for failed IAM authentication.
    static SandboxResponse authenticationError(const QString &reason);
    // API Gateway's 404 for a path or method no API answers.
    static SandboxResponse apiNotFound();

    // 32 lower-case hex characters, unique per call.
    static QByteArray newRequestId();
    // Adds X-Request-Id (unless present) and Content-Type when there is a body.
    void stamp();
};

} // namespace EndpointDesk
