#include "CloudConnection.h"

#include "PendingReply.h"
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

void CloudConnection::setAuthenticator(std::shared_ptr<const Authenticator> authenticator)
{
    m_authenticator = std::move(authenticator);
    Q_EMIT changed();
}

ApiRequest CloudConnection::authenticated(ApiRequest request, QString *problem) const
{
    if (!m_authenticator) {
        if (problem)
            *problem = QCoreApplication::translate("EndpointDesk", "Not signed in: choose how to sign in first.");
        return {};
    }
    if (!m_authenticator->authenticate(request, problem))
        return {};
    return request;
}

PendingReply *CloudConnection::send(const ApiRequest &request)
{
    QString problem;
    const ApiRequest ready = authenticated(request, &problem);
    if (ready.method.isEmpty())
        return PendingReply::refused(problem, m_transport);
    return m_transport->send(ready);
}

} // namespace EndpointDesk
