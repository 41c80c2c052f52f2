#pragma once

#include "ApiRequest.h"
#include "PendingReply.h"

#include <QPointer>

#include <memory>

namespace EndpointDesk {

class Authenticator;
class IamSession;
class Transport;

// One call made with an IAM session's token. When the gateway answers 401 because the token
// expired or was revoked, the session gets a new token once and the call is sent once more; a
// second refusal is the answer. Safe for creates: a 401 means the cloud refused before acting.
// Emits finished() exactly once, like any PendingReply.
class TokenRenewingReply final : public PendingReply
{
    Q_OBJECT

public:
    // request: without credentials; authenticator adds the session's current token at each send.
    TokenRenewingReply(Transport *transport, ApiRequest request, std::shared_ptr<const Authenticator> authenticator,
                       IamSession *session, QObject *parent);

    void cancel() override;

    // A 401 from API Gateway saying the token expired or was revoked.
    static bool isExpiredToken(const ApiResponse &response);

private:
    void send(bool isRetry);
    void onAnswer(const ApiResponse &response, bool wasRetry, const QByteArray &sentToken);
    void waitForRenewal(const ApiResponse &firstAnswer);
    void stopWaiting();

    Transport *m_transport;
    ApiRequest m_request;
    std::shared_ptr<const Authenticator> m_authenticator;
    QPointer<IamSession> m_session;
    QPointer<PendingReply> m_inner;
    QList<QMetaObject::Connection> m_waiting;
};

} // namespace EndpointDesk
