#pragma once

#include "ApiResponse.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace EndpointDesk {

// One request in flight. Emits finished() exactly once, whatever happens (answer, cancel,
// timeout, network failure), then deletes itself later.
class PendingReply : public QObject
{
    Q_OBJECT

public:
    PendingReply(QNetworkReply *reply, qint64 maxBodyBytes, QObject *parent);
    // A request that is not sent at all (refused by the program).
    static PendingReply *refused(const QString &reason, QObject *parent);

    // Virtual so that a reply standing for several requests (renew the token, then resend) can
    // cancel whichever step is running.
    virtual void cancel();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished(const EndpointDesk::ApiResponse &response);

protected:
    // A reply with no network request of its own; it ends when finish() is called.
    explicit PendingReply(QObject *parent);
    // Emits finished() the first time only, then deletes the reply later.
    void finish(ApiResponse response);

private:
    void readAvailable();
    void onFinished();

    QPointer<QNetworkReply> m_reply;
    qint64 m_maxBodyBytes = 0;
    QByteArray m_body;
    QStringList m_tlsProblems;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    bool m_finished = false;
};

} // namespace EndpointDesk
