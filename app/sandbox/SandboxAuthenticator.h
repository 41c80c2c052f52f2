#pragma once

#include "SandboxIdentity.h"
#include "SandboxResponse.h"

#include <QDateTime>
#include <QHash>

namespace EndpointDesk {

class SandboxClock;
class SandboxTokenStore;

// API Gateway's check of every call but the token request: X-Auth-Token, or an SDK-HMAC-SHA256 signature.
class SandboxAuthenticator
{
public:
    struct Result
    {
        bool accepted = false;
        SandboxIdentity identity;
        SandboxResponse refusal; // when !accepted
    };

    static constexpr int maxClockSkewSeconds = 15 * 60;
    static constexpr int maxConsecutiveFailures = 5;
    static constexpr int lockSeconds = 5 * 60;

    SandboxAuthenticator(const SandboxTokenStore &tokens, const SandboxClock &clock);

    // An Authorization header of SDK-HMAC-SHA256 means AK/SK; otherwise X-Auth-Token.
    Result authenticate(const SandboxRequest &request);

    // RFC 7231 date, as in an HTTP Date header.
    static QByteArray httpDate(const QDateTime &time);

private:
    struct Credential
    {
        QByteArray secretKey;
        QByteArray securityToken; // empty for a permanent access key
    };
    struct Failures
    {
        int count = 0;
        QDateTime lockedUntil;
    };

    Result authenticateToken(const QByteArray &token) const;
    Result authenticateAccessKey(const SandboxRequest &request);
    // Counts a failure against the access key; past the limit the key is locked and the answer says so.
    Result failAccessKey(const QString &accessKey, const QString &reason);
    static Result refuse(const QString &reason);

    const SandboxTokenStore &m_tokens;
    const SandboxClock &m_clock;
    QHash<QString, Credential> m_credentials;
    QHash<QString, Failures> m_failures;
};

} // namespace EndpointDesk
