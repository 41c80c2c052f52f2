#pragma once

#include "ApiResponse.h"

#include <QObject>
#include <QPointer>

#include <chrono>

class QNetworkReply;

namespace EndpointDesk {

class OneShotBody;

// One request in flight. Emits finished() exactly once, whatever happens (answer, cancel,
// timeout, network failure), then deletes itself later.
class PendingReply : public QObject
{
    Q_OBJECT

public:
    // upload: the request's body, when it has one (it tells when the request may have gone out).
    PendingReply(QNetworkReply *reply, const OneShotBody *upload, qint64 maxBodyBytes, QObject *parent);
    // A request that is not sent at all (refused by the program).
    static PendingReply *refused(const QString &reason, QObject *parent);

    // Virtual so that a reply standing for several requests (renew the token, then resend) can
    // cancel whichever step is running.
    virtual void cancel();
    bool isFinished() const { return m_finished; }

    // Gives up, as TimedOut, when a connection this request opens is not made within timeout: the clock starts
    // when the socket starts connecting and stops once the request is written (plain HTTP), the TLS handshake
    // is done, or an answer begins. A request on a connection already open has nothing to wait for; the read
    // timeout (QNetworkRequest::transferTimeout) covers everything after.
    void setConnectTimeout(std::chrono::milliseconds timeout);

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
    void connectTimedOut();
    bool mayHaveSent() const;

    QPointer<QNetworkReply> m_reply;
    QPointer<const OneShotBody> m_upload;
    qint64 m_maxBodyBytes = 0;
    QByteArray m_body;
    QStringList m_tlsProblems;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    bool m_connectTimedOut = false;
    bool m_requestSent = false; // the network stack said it wrote the request
    std::chrono::milliseconds m_connectTimeout{0};
    bool m_finished = false;
};

} // namespace EndpointDesk
