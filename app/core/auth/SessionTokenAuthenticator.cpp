#include "SessionTokenAuthenticator.h"

#include "IamSession.h"

#include <QCoreApplication>

namespace EndpointDesk {

SessionTokenAuthenticator::SessionTokenAuthenticator(IamSession *session)
    : m_session(session)
{
}

bool SessionTokenAuthenticator::authenticate(ApiRequest &request, QString *problem) const
{
    if (!m_session || m_session->token().isEmpty()) {
        if (problem) {
            *problem =
                m_session && m_session->state() == IamSession::State::SigningIn
                    ? QCoreApplication::translate("EndpointDesk", "Still signing in: wait for the sign-in to finish.")
                    : QCoreApplication::translate("EndpointDesk", "Not signed in: press Sign in first.");
        }
        return false;
    }
    request.setHeader(QByteArrayLiteral("X-Auth-Token"), m_session->token().toLatin1());
    return true;
}

QList<QByteArray> SessionTokenAuthenticator::secretHeaders() const
{
    return {QByteArrayLiteral("X-Auth-Token")};
}

IamSession *SessionTokenAuthenticator::session() const
{
    return m_session;
}

} // namespace EndpointDesk
