#pragma once

#include "AuthMethod.h"
#include "SecretKind.h"

#include <QString>

namespace EndpointDesk {

// Everything a person may type to sign in. Secret fields (password, mfaCode, token, secretKey,
// securityToken) live only in memory and in the keychain, never in settings, logs or exports.
struct Credentials
{
    // The longest token (or security token) taken. IAM tokens run to 20-30 KB when they carry a large
    // catalogue; this leaves room above that. A longer one is refused with a message, never cut.
    static constexpr qsizetype MaxTokenLength = 65536;
    // Empty when token is within MaxTokenLength; otherwise why it is refused.
    static QString checkTokenLength(const QString &token);

    AuthMethod method = AuthMethod::Token;
    QString token;
    QString accountName;
    QString userName;
    QString password;
    QString mfaUserId;
    QString mfaCode;
    QString accessKey;
    QString secretKey;
    QString securityToken;

    // The field holding a kind of secret.
    QString secret(SecretKind kind) const;
    void setSecret(SecretKind kind, const QString &value);
};

} // namespace EndpointDesk
