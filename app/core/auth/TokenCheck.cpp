#include "TokenCheck.h"

#include "ApiResponse.h"
#include "ErrorHints.h"
#include "ErrorParser.h"
#include "IamSession.h"
#include "PendingReply.h"
#include "TokenRequestBuilder.h"
#include "Transport.h"

#include <QCoreApplication>

namespace EndpointDesk {

TokenCheck::TokenCheck(Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
}

bool TokenCheck::start(const ServiceEndpoints &endpoints, const QString &token)
{
    cancel();
    if (token.trimmed().isEmpty())
        return false;
    const quint64 generation = ++m_generation;
    PendingReply *reply = m_transport->send(TokenRequestBuilder(endpoints).tokenValidation(token));
    m_pending = reply;
    connect(reply, &PendingReply::finished, this, [this, generation](const ApiResponse &response) {
        if (generation != m_generation)
            return; // replaced or cancelled meanwhile
        m_pending.clear();
        if (response.callOutcome() == Outcome::Succeeded) {
            const IamSessionInfo info = IamSession::infoOfToken(response.body);
            if (info.isValid()) {
                Q_EMIT checked(info);
                return;
            }
        }
        Q_EMIT failed(errorFor(response));
    });
    return true;
}

void TokenCheck::cancel()
{
    ++m_generation;
    if (m_pending)
        m_pending->cancel();
    m_pending.clear();
}

ApiError TokenCheck::errorFor(const ApiResponse &response)
{
    ApiError error = ErrorParser::parse(response);
    if (response.outcome != ApiResponse::Outcome::Answered) {
        error.hint = ErrorHints::hintForSignIn(error, response.outcome, false);
    } else if (response.httpStatus == 401 || response.httpStatus == 404) {
        // 404: IAM does not know the token (mistyped, revoked or expired); 401: it refuses the token to ask with.
        error.hint = QCoreApplication::translate(
            "EndpointDesk", "IAM does not accept this token: it has expired, was revoked, or was mistyped or cut "
                            "short. Paste a new token (tokens last 24 hours), or sign in with a password.");
    } else if (response.callOutcome() == Outcome::Succeeded) {
        error.hint = QCoreApplication::translate(
            "EndpointDesk", "IAM answered, but did not say whose the token is or when it expires.");
    }
    return error;
}

} // namespace EndpointDesk
