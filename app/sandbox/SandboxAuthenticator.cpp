#include "SandboxAuthenticator.h"

#include "SandboxClock.h"
#include "SandboxTokenStore.h"

namespace EndpointDesk {

SandboxAuthenticator::SandboxAuthenticator(const SandboxTokenStore &tokens, const SandboxClock &clock)
    : m_tokens(tokens)
    , m_clock(clock)
{
}

SandboxAuthenticator::Result SandboxAuthenticator::authenticate(const SandboxRequest &request)
{
    const QByteArray token = request.header("X-Auth-Token");
    if (!token.isEmpty())
        return authenticateToken(token);
    return refuse(QStringLiteral("x-auth-token not found"));
}

SandboxAuthenticator::Result SandboxAuthenticator::authenticateToken(const QByteArray &value) const
{
    const SandboxToken *token = m_tokens.find(QString::fromLatin1(value));
    if (!token)
        return refuse(QStringLiteral("decrypt token fail"));
    if (token->expiresAt.isValid() && m_clock.now() >= token->expiresAt)
        return refuse(QStringLiteral("token expires, expires_at: ") + SandboxTokenStore::formatTime(token->expiresAt));
    Result result;
    result.accepted = true;
    result.identity.userId = token->userId;
    result.identity.domainId = token->domainId;
    result.identity.projectId = token->projectId;
    return result;
}

SandboxAuthenticator::Result SandboxAuthenticator::refuse(const QString &reason)
{
    Result result;
    result.refusal = SandboxResponse::authenticationError(reason);
    return result;
}

} // namespace EndpointDesk
