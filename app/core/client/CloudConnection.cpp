#include "CloudConnection.h"

#include "AuthenticatorFactory.h"
#include "IamSession.h"
#include "PendingReply.h"
#include "TokenRenewingReply.h"
#include "Transport.h"

#include <QCoreApplication>

namespace EndpointDesk {

CloudConnection::CloudConnection(Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
}

void CloudConnection::setEndpoints(const ServiceEndpoints &endpoints)
{
    m_endpoints = endpoints;
    Q_EMIT changed();
}

void CloudConnection::setAuthenticator(std::shared_ptr<const Authenticator> authenticator, IamSession *renewer)
{
    m_authenticator = std::move(authenticator);
    m_renewer = renewer;
    Q_EMIT changed();
}

void CloudConnection::useCredentials(const Credentials &credentials, IamSession *session)
{
    // Only a password sign-in can get a new token unattended; a pasted token cannot be renewed.
    setAuthenticator(AuthenticatorFactory::create(credentials, session),
                     credentials.method == AuthMethod::IamPassword ? session : nullptr);
}

IamSession *CloudConnection::renewer() const
{
    return m_renewer;
}

std::optional<ApiRequest> CloudConnection::authenticated(ApiRequest request, QString *problem) const
{
    if (!m_authenticator) {
        if (problem)
            *problem = QCoreApplication::translate("EndpointDesk", "Not signed in: choose how to sign in first.");
        return std::nullopt;
    }
    if (!m_authenticator->authenticate(request, problem))
        return std::nullopt;
    return request;
}

PendingReply *CloudConnection::send(const ApiRequest &request)
{
    QString problem;
    const std::optional<ApiRequest> ready = authenticated(request, &problem);
    if (!ready)
        return PendingReply::refused(problem, m_transport);
    if (m_renewer)
        return new TokenRenewingReply(m_transport, request, m_authenticator, m_renewer, m_transport);
    return m_transport->send(*ready);
}

} // namespace EndpointDesk
