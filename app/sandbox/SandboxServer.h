#pragma once

#include "SandboxCertificate.h"
#include "SandboxCloud.h"
#include "SandboxFault.h"

#include <QAbstractHttpServer>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace EndpointDesk {

// Serves SandboxCloud over HTTP, or HTTPS, on 127.0.0.1. The HTTP plumbing stays here; the cloud's rules live in
// SandboxCloud.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxSeedOptions options = {}, QObject *parent = nullptr);

    // Before start(): serve HTTPS with a self-signed certificate made now (SandboxCertificate). False, with *error
    // set, when no certificate could be made or the server already listens.
    bool enableHttps(QString *error = nullptr);
    bool isHttps() const { return !m_certificate.isNull(); }
    // The certificate HTTPS is served with, for a client to add to its CA certificates; null over plain HTTP.
    const SandboxCertificate &certificate() const { return m_certificate; }

    // Listens on 127.0.0.1 only; port 0 picks a free port.
    bool start(quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT (https:// with enableHttps()), no trailing slash

    SandboxCloud &cloud();

    // Applies to the next fault.count matching requests (every one when count is -1), then clears itself.
    void setFault(const SandboxFault &fault);
    void clearFault();
    SandboxFault fault() const;

Q_SIGNALS:
    // Emitted once an answer has been written; status is 0 when none was: the connection was dropped on purpose,
    // or the client went away while a delayed answer waited.
    void requestHandled(const QByteArray &method, const QString &path, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static SandboxRequest toSandboxRequest(const QHttpServerRequest &request);
    // Writes the answer by hand so that faults can bend HTTP. With truncate, Content-Length announces the whole
    // body, only half of it is sent and the connection closes. Returns false when the socket was gone.
    static bool write(QTcpSocket *socket, const SandboxResponse &response, bool truncate = false);
    void applyFault(const SandboxFault &fault, const SandboxRequest &request, QTcpSocket *socket);

    SandboxCloud m_cloud;
    SandboxFault m_fault;
    SandboxCertificate m_certificate;
    quint16 m_port = 0;
};

} // namespace EndpointDesk
