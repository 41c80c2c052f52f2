#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace EndpointDesk {

// The ways Huawei Cloud accepts a caller.
enum class AuthMethod {
    Token,        // a pasted IAM token, sent as X-Auth-Token
    IamPassword,  // account, IAM user and password (optionally MFA) exchanged for a token
    AkSk,         // permanent access key and secret key, SDK-HMAC-SHA256 signature
    TemporaryAkSk // temporary access key, secret key and security token
};

class AuthMethods
{
public:
    static QList<AuthMethod> all();
    // Stable ids for settings and exports.
    static QString id(AuthMethod method);
    static std::optional<AuthMethod> fromId(const QString &id);
    // What the picker shows.
    static QString label(AuthMethod method);
};

} // namespace EndpointDesk
