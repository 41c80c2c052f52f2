#include "AkSkAuthenticator.h"

#include "AkSkSigner.h"
#include "Credentials.h"

#include <QCoreApplication>

namespace EndpointDesk {

namespace {

bool isPrintableAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

} // namespace

AkSkAuthenticator::AkSkAuthenticator(QString accessKey, QString secretKey, QString securityToken, Kind kind,
                                     Clock clock)
    : m_accessKey(std::move(accessKey).trimmed())
    , m_secretKey(std::move(secretKey).trimmed())
    , m_securityToken(std::move(securityToken).trimmed())
    , m_kind(kind)
    , m_clock(std::move(clock))
{
}

QList<QByteArray> AkSkAuthenticator::signableHeaders()
{
    // Never headers the HTTP stack may rewrite (user-agent, content-length, accept-encoding).
    return {QByteArrayLiteral("content-type"), QByteArrayLiteral("host"), QByteArrayLiteral("x-project-id"),
            QByteArrayLiteral("x-sdk-date"), QByteArrayLiteral("x-security-token")};
}

QByteArray AkSkAuthenticator::sdkDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

bool AkSkAuthenticator::authenticate(ApiRequest &request, QString *problem) const
{
    auto refuse = [problem](const char *text) {
        if (problem)
            *problem = QCoreApplication::translate("EndpointDesk", text);
        return false;
    };
    if (m_accessKey.isEmpty())
        return refuse(
            QT_TRANSLATE_NOOP("EndpointDesk", "No access key: enter the access key ID (AK) from My Credentials."));
    if (m_secretKey.isEmpty())
        return refuse(QT_TRANSLATE_NOOP(
            "EndpointDesk", "No secret key: enter the secret access key (SK) that belongs to the access key."));
    if (!isPrintableAscii(m_accessKey))
        return refuse(QT_TRANSLATE_NOOP(
            "EndpointDesk", "The access key contains spaces or characters an access key never has; paste it again."));
    if (m_kind == Kind::Temporary && m_securityToken.isEmpty())
        return refuse(QT_TRANSLATE_NOOP(
            "EndpointDesk", "Temporary access keys only work with their security token: paste the security token "
                            "that came with them."));
    if (m_kind == Kind::Temporary && !Credentials::checkTokenLength(m_securityToken).isEmpty()) {
        if (problem)
            *problem = Credentials::checkTokenLength(m_securityToken);
        return false;
    }
    if (m_kind == Kind::Temporary
        && (m_securityToken.contains(QLatin1Char('\n')) || m_securityToken.contains(QLatin1Char('\r'))))
        return refuse(
            QT_TRANSLATE_NOOP("EndpointDesk", "The security token contains a line break; paste it as one line."));

    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    request.setHeader(QByteArrayLiteral("Host"), AkSkSigner::hostHeader(request.url));
    request.setHeader(QByteArrayLiteral("X-Sdk-Date"), sdkDate(now));
    if (m_kind == Kind::Temporary)
        request.setHeader(QByteArrayLiteral("X-Security-Token"), m_securityToken.toLatin1());

    QList<QByteArray> signedHeaders;
    for (const QByteArray &name : signableHeaders()) {
        if (!request.header(name).isEmpty())
            signedHeaders.append(name);
    }
    request.setHeader(QByteArrayLiteral("Authorization"),
                      AkSkSigner::authorization(request, signedHeaders, m_accessKey.toLatin1(), m_secretKey.toUtf8()));
    return true;
}

QList<QByteArray> AkSkAuthenticator::secretHeaders() const
{
    return {QByteArrayLiteral("Authorization"), QByteArrayLiteral("X-Security-Token")};
}

} // namespace EndpointDesk
