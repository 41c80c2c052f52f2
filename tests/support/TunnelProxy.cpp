#include "TunnelProxy.h"

#include <QHostAddress>
#include <QTcpSocket>

TunnelProxy::TunnelProxy(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TunnelProxy::onConnection);
    m_server.listen(QHostAddress::LocalHost);
}

void TunnelProxy::requireCredentials(const QByteArray &user, const QByteArray &password)
{
    m_expectedAuthorization = "Basic " + QByteArray(user + ':' + password).toBase64();
}

void TunnelProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client] {
            if (client->property("tunnel").isValid() || !client->canReadLine())
                return;
            // The request line, then headers up to the empty line; kept on the socket until complete.
            QByteArray head = client->property("head").toByteArray();
            while (!head.endsWith("\r\n\r\n") && client->canReadLine())
                head += client->readLine();
            client->setProperty("head", head);
            if (!head.endsWith("\r\n\r\n"))
                return;
            const QByteArray line = head.left(head.indexOf("\r\n"));
            m_requestLines.append(line);
            QByteArray authorization;
            for (const QByteArray &header : head.split('\n')) {
                if (header.toLower().startsWith("proxy-authorization:"))
                    authorization = header.mid(header.indexOf(':') + 1).trimmed();
            }
            m_authorizations.append(authorization);
            Q_EMIT requestLineReceived(line);
            if (!m_expectedAuthorization.isEmpty() && authorization != m_expectedAuthorization) {
                client->setProperty("head", QByteArray());
                client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                              "Proxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\n\r\n");
                return;
            }

            const QList<QByteArray> parts = line.split(' ');
            const QByteArray authority = parts.value(1);
            const int colon = authority.lastIndexOf(':');
            if (parts.value(0) != "CONNECT" || authority.left(colon) != "127.0.0.1") {
                client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            auto *upstream = new QTcpSocket(client);
            client->setProperty("tunnel", true);
            connect(upstream, &QTcpSocket::connected, client,
                    [client] { client->write("HTTP/1.1 200 Connection established\r\n\r\n"); });
            connect(upstream, &QTcpSocket::readyRead, client,
                    [client, upstream] { client->write(upstream->readAll()); });
            connect(client, &QTcpSocket::readyRead, upstream,
                    [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
            upstream->connectToHost(QHostAddress::LocalHost, authority.mid(colon + 1).toUShort());
        });
    }
}
