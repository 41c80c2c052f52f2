#pragma once

#include "SandboxCloud.h"

#include <QAbstractHttpServer>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace EndpointDesk {

// Serves SandboxCloud over HTTP on 127.0.0.1. The HTTP plumbing stays here; the cloud's rules live in SandboxCloud.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxSeedOptions options = {}, QObject *parent = nullptr);

    // Listens on 127.0.0.1 only; port 0 picks a free port.
    bool start(quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT, no trailing slash

    SandboxCloud &cloud();

Q_SIGNALS:
    // status is 0 when the connection was dropped without an answer.
    void requestHandled(const QByteArray &method, const QString &path, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static SandboxRequest toSandboxRequest(const QHttpServerRequest &request);
    // Writes the answer by hand so that faults can bend HTTP (short bodies, closed connections).
    static void write(QTcpSocket *socket, const SandboxResponse &response);

    SandboxCloud m_cloud;
    quint16 m_port = 0;
};

} // namespace EndpointDesk
