#include "SandboxAuthenticator.h"

#include "SandboxAkSkVerifier.h"
#include "SandboxClock.h"
#include "SandboxDemo.h"
#include "SandboxTokenStore.h"

#include <QLocale>

namespace EndpointDesk {

SandboxAuthenticator::SandboxAuthenticator(const SandboxTokenStore &tokens, const SandboxClock &clock)
    : m_tokens(tokens)
    , m_clock(clock)
{
    m_credentials.insert(SandboxDemo::accessKey(), {SandboxDemo::secretKey().toLatin1(), {}});
    m_credentials.insert(SandboxDemo::temporaryAccessKey(),
                         {SandboxDemo::temporarySecretKey().toLatin1(), SandboxDemo::securityToken().toLatin1()});
}

QByteArray SandboxAuthenticator::httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

SandboxAuthenticator::Result SandboxAuthenticator::authenticate(const SandboxRequest &request)
{
    if (request.header("Authorization").trimmed().startsWith("SDK-HMAC-SHA256"))
        return authenticateAccessKey(request);
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

SandboxAuthenticator::Result SandboxAuthenticator::authenticateAccessKey(const SandboxRequest &request)
{
    const auto authorization = SandboxAkSkVerifier::parseAuthorization(request.header("Authorization"));
    if (!authorization)
        return refuse(QStringLiteral("verify aksk signature fail"));
    const auto credential = m_credentials.constFind(authorization->accessKey);
    if (credential == m_credentials.cend())
        return refuse(QStringLiteral("the access key %1 is not found or invalid").arg(authorization->accessKey));

    const QDateTime now = m_clock.now();
    Failures &failures = m_failures[authorization->accessKey];
    if (failures.lockedUntil.isValid()) {
        if (now < failures.lockedUntil)
            return refuse(QStringLiteral("the access key %1 is locked for 5 minutes after more than %2 consecutive "
                                         "authentication failures, until %3")
                              .arg(authorization->accessKey)
                              .arg(maxConsecutiveFailures)
                              .arg(SandboxTokenStore::formatTime(failures.lockedUntil)));
        failures = {};
    }

    if (!credential->securityToken.isEmpty()) {
        const QByteArray securityToken = request.header("X-Security-Token");
        if (securityToken.isEmpty())
            return failAccessKey(authorization->accessKey,
                                 QStringLiteral("x-security-token not found, temporary access keys need one"));
        if (securityToken != credential->securityToken)
            return failAccessKey(authorization->accessKey,
                                 QStringLiteral("the security token is invalid for this temporary access key"));
    }

    const QByteArray sdkDate = request.header("X-Sdk-Date");
    QDateTime signedAt = QDateTime::fromString(QString::fromLatin1(sdkDate), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!signedAt.isValid())
        return failAccessKey(authorization->accessKey,
                             QStringLiteral("x-sdk-date not found or invalid, YYYYMMDDTHHMMSSZ in UTC expected"));
    signedAt.setTimeSpec(Qt::UTC);
    if (qAbs(signedAt.secsTo(now)) > maxClockSkewSeconds) {
        Result result =
            failAccessKey(authorization->accessKey,
                          QStringLiteral("the request time expired: X-Sdk-Date %1 is more than 15 minutes "
                                         "away from the server time %2")
                              .arg(QString::fromLatin1(sdkDate), now.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))));
        // The server's time lets a client correct its clock.
        result.refusal.setHeader("Date", httpDate(now));
        return result;
    }

    if (!SandboxAkSkVerifier::verify(request, *authorization, credential->secretKey))
        return failAccessKey(authorization->accessKey, QStringLiteral("verify aksk signature fail"));

    failures = {};
    Result result;
    result.accepted = true;
    result.identity.userId = SandboxDemo::userId();
    result.identity.domainId = SandboxDemo::domainId();
    result.identity.projectId = QString::fromLatin1(request.header("X-Project-Id"));
    result.identity.viaAccessKey = true;
    return result;
}

SandboxAuthenticator::Result SandboxAuthenticator::failAccessKey(const QString &accessKey, const QString &reason)
{
    Failures &failures = m_failures[accessKey];
    if (++failures.count > maxConsecutiveFailures) {
        failures.lockedUntil = m_clock.now().addSecs(lockSeconds);
        return refuse(reason
                      + QStringLiteral("; the access key %1 is now locked for 5 minutes after more than %2 "
                                       "consecutive authentication failures")
                            .arg(accessKey)
                            .arg(maxConsecutiveFailures));
    }
    return refuse(reason);
}

SandboxAuthenticator::Result SandboxAuthenticator::refuse(const QString &reason)
{
    Result result;
    result.refusal = SandboxResponse::authenticationError(reason);
    return result;
}

} // namespace EndpointDesk
