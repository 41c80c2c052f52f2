#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>

// A scripted HTTP/1.1 server on 127.0.0.1 for unit tests: records each request and answers
// with what the test queued (or what the handler returns). One request per connection.
class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };
    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool hold = false; // never answer: the client waits until it gives up or cancels
    };
    using Handler = std::function<Response(const Request &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);

    QUrl baseUrl() const;
    // Answers in order; when the queue is empty, the handler answers (or 500).
    void enqueue(const Response &response) { m_queue.append(response); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }

    static Response json(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {});

Q_SIGNALS:
    void requestReceived();

private:
    void onConnection();

    QTcpServer m_server;
    QList<Response> m_queue;
    Handler m_handler;
    QList<Request> m_requests;
};
