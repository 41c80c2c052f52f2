#include "TokenAuthenticator.h"

#include "Credentials.h"

#include <QCoreApplication>

namespace EndpointDesk {

TokenAuthenticator::TokenAuthenticator(QString token)
    : m_token(std::move(token).trimmed())
{
}

bool TokenAuthenticator::authenticate(ApiRequest &request, QString *problem) const
{
    if (m_token.isEmpty()) {
        if (problem)
            *problem = QCoreApplication::translate("EndpointDesk", "No token: paste an IAM token or sign in first.");
        return false;
    }
    if (const QString tooLong = Credentials::checkTokenLength(m_token); !tooLong.isEmpty()) {
        if (problem)
            *problem = tooLong;
        return false;
    }
    // A token pasted with a line break in it would otherwise split the header.
    if (m_token.contains(QLatin1Char('\n')) || m_token.contains(QLatin1Char('\r'))) {
        if (problem)
            *problem =
                QCoreApplication::translate("EndpointDesk", "The token contains a line break; paste it as one line.");
        return false;
    }
    request.setHeader(QByteArrayLiteral("X-Auth-Token"), m_token.toLatin1());
    return true;
}

QList<QByteArray> TokenAuthenticator::secretHeaders() const
{
    return {QByteArrayLiteral("X-Auth-Token")};
}

} // namespace EndpointDesk
