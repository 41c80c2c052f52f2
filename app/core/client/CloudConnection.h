#pragma once

#include "ApiRequest.h"
#include "Authenticator.h"
#include "Credentials.h"
#include "RequestBuilder.h"
#include "ServiceEndpoints.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace EndpointDesk {

class IamSession;
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

    // renewer: the session whose token the authenticator sends, when it can renew it. A call
    // refused because that token expired or was revoked is then renewed once and sent once more.
    void setAuthenticator(std::shared_ptr<const Authenticator> authenticator, IamSession *renewer = nullptr);
    const Authenticator *authenticator() const { return m_authenticator.get(); }
    // The authenticator for these credentials (AuthenticatorFactory); with IAM password, session
    // supplies and renews the token.
    void useCredentials(const Credentials &credentials, IamSession *session);
    IamSession *renewer() const;

    // The request exactly as send() would send it, credentials included; nullopt with *problem set
    // when the credentials are incomplete.
    std::optional<ApiRequest> authenticated(ApiRequest request, QString *problem) const;

    // Authenticates and sends. When the credentials are incomplete, the reply finishes at once
    // as Refused with the reason. With a renewer, an expired-token refusal is retried once after
    // renewal; the reply still finishes exactly once.
    PendingReply *send(const ApiRequest &request);

    Transport *transport() const { return m_transport; }

Q_SIGNALS:
    void changed();

private:
    Transport *m_transport;
    ServiceEndpoints m_endpoints;
    std::shared_ptr<const Authenticator> m_authenticator;
    QPointer<IamSession> m_renewer;
};

} // namespace EndpointDesk
