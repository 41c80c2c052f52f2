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

    void cancel();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished(const EndpointDesk::ApiResponse &response);

private:
    explicit PendingReply(QObject *parent);
    void readAvailable();
    void onFinished();
    void finish(ApiResponse response);

    QPointer<QNetworkReply> m_reply;
    qint64 m_maxBodyBytes = 0;
    QByteArray m_body;
    QStringList m_tlsProblems;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    bool m_finished = false;
};

} // namespace EndpointDesk
