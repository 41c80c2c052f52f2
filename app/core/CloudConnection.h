#pragma once

#include "ApiRequest.h"
#include "Authenticator.h"
#include "RequestBuilder.h"
#include "ServiceEndpoints.h"

#include <QObject>

#include <memory>

namespace EndpointDesk {

class PendingReply;
class Transport;

// Where calls go and who makes them: the endpoints and credentials of the active profile, over
// the one transport. Every cloud call of the program goes through send().
class CloudConnection : public QObject
{
    Q_OBJECT

public:
    explicit CloudConnection(Transport *transport, QObject *parent = nullptr);

    void setEndpoints(const ServiceEndpoints &endpoints);
    const ServiceEndpoints &endpoints() const { return m_endpoints; }
    RequestBuilder builder() const { return RequestBuilder(m_endpoints); }

    void setAuthenticator(std::shared_ptr<const Authenticator> authenticator);
    const Authenticator *authenticator() const { return m_authenticator.get(); }

    // The request exactly as send() would send it, credentials included; nullopt-like empty
    // method with *problem set when the credentials are incomplete.
    ApiRequest authenticated(ApiRequest request, QString *problem) const;

    // Authenticates and sends. When the credentials are incomplete, the reply finishes at once
    // as Refused with the reason.
    PendingReply *send(const ApiRequest &request);

    Transport *transport() const { return m_transport; }

Q_SIGNALS:
    void changed();

private:
    Transport *m_transport;
    ServiceEndpoints m_endpoints;
    std::shared_ptr<const Authenticator> m_authenticator;
};

} // namespace EndpointDesk
