#pragma once

#include "SandboxIdentity.h"
#include "SandboxResponse.h"

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

    SandboxAuthenticator(const SandboxTokenStore &tokens, const SandboxClock &clock);

    Result authenticate(const SandboxRequest &request);

private:
    Result authenticateToken(const QByteArray &token) const;
    static Result refuse(const QString &reason);

    const SandboxTokenStore &m_tokens;
    const SandboxClock &m_clock;
};

} // namespace EndpointDesk
