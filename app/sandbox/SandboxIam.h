#pragma once

#include "SandboxIdentity.h"
#include "SandboxResponse.h"
#include "SandboxToken.h"

#include <QJsonObject>

namespace EndpointDesk {

class SandboxClock;
class SandboxInventory;
struct SandboxProject;
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
    // GET /v3/auth/tokens: whose the X-Subject-Token is and until when, asked with a valid X-Auth-Token.
    // An unknown or expired subject token is 404, as IAM answers.
    SandboxResponse validateToken(const SandboxRequest &request) const;

    void setTokenLifetime(int seconds);
    int tokenLifetime() const;

private:
    // The "token" object of IAM's answers: its times, methods, user, roles and scope.
    static QJsonObject tokenBody(const SandboxToken &token, const SandboxProject *project);
    bool isExpired(const SandboxToken &token) const;

    const SandboxInventory &m_inventory;
    SandboxTokenStore &m_tokens;
    const SandboxClock &m_clock;
    int m_tokenLifetime = defaultTokenLifetime;
};

} // namespace EndpointDesk
