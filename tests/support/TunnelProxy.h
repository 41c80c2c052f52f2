#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>

// An HTTP proxy on 127.0.0.1 for tests: records the first line of every request it receives ("CONNECT
// host:port HTTP/1.1", or "GET http://..." for plain HTTP). CONNECT to 127.0.0.1 is tunnelled, so a client that
// really goes through the proxy still reaches a local server; anything else is answered 502.
class TunnelProxy : public QObject
{
    Q_OBJECT

public:
    explicit TunnelProxy(QObject *parent = nullptr);

    quint16 port() const { return m_server.serverPort(); }
    const QList<QByteArray> &requestLines() const { return m_requestLines; }
    // From now on a request without "Proxy-Authorization: Basic <user:password>" is answered 407,
    // as an authenticating proxy does.
    void requireCredentials(const QByteArray &user, const QByteArray &password);
    // The Proxy-Authorization header of each request, empty when it had none.
    const QList<QByteArray> &authorizations() const { return m_authorizations; }

Q_SIGNALS:
    void requestLineReceived(const QByteArray &line);

private:
    void onConnection();

    QTcpServer m_server;
    QList<QByteArray> m_requestLines;
    QList<QByteArray> m_authorizations;
    QByteArray m_expectedAuthorization;
};
