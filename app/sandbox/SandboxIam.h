#pragma once

#include "SandboxIdentity.h"
#include "SandboxResponse.h"

namespace EndpointDesk {

class SandboxClock;
class SandboxInventory;
class SandboxTokenStore;

// IAM: password (and password + virtual MFA) sign-in, and the projects a user can see.
//
// A shorter token lifetime, to test renewal, is asked for with the request header
// "X-Sandbox-Token-Lifetime: SECONDS" (1 to 86400) on POST /v3/auth/tokens, or for every token with
// setTokenLifetime(). Tokens expire for real against the sandbox clock.
class SandboxIam
{
public:
    static constexpr int defaultTokenLifetime = 24 * 3600;

    SandboxIam(const SandboxInventory &inventory, SandboxTokenStore &tokens, const SandboxClock &clock);

    SandboxResponse issueToken(const SandboxRequest &request);
    SandboxResponse listProjects(const SandboxIdentity &identity) const;

    void setTokenLifetime(int seconds);
    int tokenLifetime() const;

private:
    const SandboxInventory &m_inventory;
    SandboxTokenStore &m_tokens;
    const SandboxClock &m_clock;
    int m_tokenLifetime = defaultTokenLifetime;
};

} // namespace EndpointDesk
