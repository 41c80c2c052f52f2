#pragma once

#include "ApiError.h"
#include "IamSessionInfo.h"
#include "ServiceEndpoints.h"

#include <QObject>
#include <QPointer>

namespace EndpointDesk {

class PendingReply;
class Transport;
struct ApiResponse;

// Asks IAM about a pasted token (GET /v3/auth/tokens): whose it is (user, account, project) and until
// when. An unknown or expired token fails with words that say so. One check at a time; a new one
// replaces the last.
class TokenCheck : public QObject
{
    Q_OBJECT

public:
    explicit TokenCheck(Transport *transport, QObject *parent = nullptr);

    // Starts the check; false, doing nothing, when there is no token.
    bool start(const ServiceEndpoints &endpoints, const QString &token);
    void cancel();
    bool isRunning() const { return !m_pending.isNull(); }

    // What IAM's answer means for the token: its owner, or an error whose hint says what to do.
    static ApiError errorFor(const ApiResponse &response);

Q_SIGNALS:
    void checked(const EndpointDesk::IamSessionInfo &info);
    void failed(const EndpointDesk::ApiError &error);

private:
    Transport *m_transport;
    QPointer<PendingReply> m_pending;
    quint64 m_generation = 0;
};

} // namespace EndpointDesk
