#include "TokenRenewingReply.h"

#include "Authenticator.h"
#include "ErrorParser.h"
#include "IamSession.h"
#include "Logging.h"
#include "Transport.h"

#include <QCoreApplication>

namespace EndpointDesk {

TokenRenewingReply::TokenRenewingReply(Transport *transport, ApiRequest request,
                                       std::shared_ptr<const Authenticator> authenticator, IamSession *session,
                                       QObject *parent)
    : PendingReply(parent)
    , m_transport(transport)
    , m_request(std::move(request))
    , m_authenticator(std::move(authenticator))
    , m_session(session)
{
    send(false);
}

bool TokenRenewingReply::isExpiredToken(const ApiResponse &response)
{
    if (response.callOutcome() != Outcome::AnsweredError || response.httpStatus != 401)
        return false;
    const ApiError error = ErrorParser::parseBody(response.httpStatus, response.body);
    if (error.code != QLatin1String("APIGW.0301") && error.code != QLatin1String("APIG.0301"))
        return false;
    // "token expires, expires_at: ...", "decrypt token fail" (revoked tokens no longer decrypt);
    // not "x-auth-token not found", which a new token would not cure.
    const QString message = error.message.toLower();
    return message.contains(QLatin1String("token expire")) || message.contains(QLatin1String("decrypt token"))
           || message.contains(QLatin1String("token is expired")) || message.contains(QLatin1String("token revoked"))
           || message.contains(QLatin1String("invalid token")) || message.contains(QLatin1String("token is invalid"));
}

void TokenRenewingReply::send(bool isRetry)
{
    ApiRequest ready = m_request;
    QString problem;
    if (!m_authenticator || !m_authenticator->authenticate(ready, &problem)) {
        ApiResponse refused;
        refused.outcome = ApiResponse::Outcome::Refused;
        refused.detail = problem;
        // Queued like PendingReply::refused, so that callers can connect to finished() first.
        QMetaObject::invokeMethod(
            this, [this, refused] { finish(refused); }, Qt::QueuedConnection);
        return;
    }
    const QByteArray sentToken = ready.header(QByteArrayLiteral("X-Auth-Token"));
    m_inner = m_transport->send(ready);
    connect(m_inner, &PendingReply::finished, this, [this, isRetry, sentToken](const ApiResponse &response) {
        m_inner.clear();
        onAnswer(response, isRetry, sentToken);
    });
}

void TokenRenewingReply::onAnswer(const ApiResponse &response, bool wasRetry, const QByteArray &sentToken)
{
    if (wasRetry || !isExpiredToken(response) || !m_session) {
        finish(response);
        return;
    }
    // Another call may have renewed the token meanwhile: then just send again.
    if (m_session->isSignedIn() && !m_session->isRenewing() && m_session->token().toLatin1() != sentToken) {
        qCInfo(lcNet) << "token was renewed meanwhile; sending once more";
        send(true);
        return;
    }
    if (!m_session->renew()) {
        finish(response); // pasted, MFA or signed out: nothing to renew unattended
        return;
    }
    qCInfo(lcNet) << "token refused as expired; renewing once and sending again";
    waitForRenewal(response);
}

void TokenRenewingReply::waitForRenewal(const ApiResponse &firstAnswer)
{
    m_waiting << connect(m_session, &IamSession::signedIn, this, [this] {
        stopWaiting();
        send(true);
    });
    // The renewal's own failure is reported by the session; this call ends with the cloud's refusal.
    m_waiting << connect(m_session, &IamSession::failed, this, [this, firstAnswer] {
        stopWaiting();
        finish(firstAnswer);
    });
    m_waiting << connect(m_session, &IamSession::signedOut, this, [this, firstAnswer] {
        stopWaiting();
        finish(firstAnswer);
    });
    m_waiting << connect(m_session, &QObject::destroyed, this, [this, firstAnswer] {
        stopWaiting();
        finish(firstAnswer);
    });
}

void TokenRenewingReply::stopWaiting()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_waiting))
        disconnect(connection);
    m_waiting.clear();
}

void TokenRenewingReply::cancel()
{
    if (isFinished())
        return;
    if (m_inner) {
        m_inner->cancel(); // its finished() ends this reply as cancelled
        return;
    }
    stopWaiting();
    ApiResponse cancelled;
    cancelled.outcome = ApiResponse::Outcome::Cancelled;
    cancelled.detail = QCoreApplication::translate("EndpointDesk", "Cancelled.");
    finish(cancelled);
}

} // namespace EndpointDesk
