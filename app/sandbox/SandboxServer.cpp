#include "SandboxServer.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace EndpointDesk {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace

SandboxServer::SandboxServer(SandboxSeedOptions options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_cloud(options)
{
}

bool SandboxServer::enableHttps(QString *error)
{
    if (m_port != 0) {
        if (error)
            *error = QStringLiteral("HTTPS must be chosen before the sandbox starts listening.");
        return false;
    }
    SandboxCertificate certificate = SandboxCertificate::generate(error);
    if (certificate.isNull())
        return false;
    m_certificate = certificate;
    // Applies to the listener that start() creates.
    sslSetup(m_certificate.certificate(), m_certificate.privateKey());
    return true;
}

bool SandboxServer::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port != 0;
}

quint16 SandboxServer::port() const
{
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(isHttps() ? QLatin1String("https") : QLatin1String("http"))
                    .arg(m_port));
}

SandboxCloud &SandboxServer::cloud()
{
    return m_cloud;
}

void SandboxServer::setFault(const SandboxFault &fault)
{
    m_fault = fault;
}

void SandboxServer::clearFault()
{
    m_fault = {};
}

SandboxFault SandboxServer::fault() const
{
    return m_fault;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const SandboxRequest sandboxRequest = toSandboxRequest(request);
    if (m_fault.appliesTo(sandboxRequest.path)) {
        const SandboxFault fault = m_fault;
        if (m_fault.count > 0 && --m_fault.count == 0)
            clearFault();
        applyFault(fault, sandboxRequest, socket);
        return true;
    }
    const SandboxResponse response = m_cloud.handle(sandboxRequest);
    write(socket, response);
    Q_EMIT requestHandled(sandboxRequest.method, sandboxRequest.path, response.status);
    return true;
}

void SandboxServer::applyFault(const SandboxFault &fault, const SandboxRequest &request, QTcpSocket *socket)
{
    switch (fault.kind) {
    case SandboxFault::Kind::Delay: {
        // The socket may be gone when the timer fires (the client gave up): hold it through a QPointer.
        const SandboxResponse response = m_cloud.handle(request);
        QTimer::singleShot(
            fault.delayMs, this,
            [this, guard = QPointer<QTcpSocket>(socket), response, method = request.method, path = request.path] {
                const bool written = write(guard.data(), response);
                Q_EMIT requestHandled(method, path, written ? response.status : 0);
            });
        return;
    }
    case SandboxFault::Kind::DropConnection:
        socket->disconnectFromHost();
        Q_EMIT requestHandled(request.method, request.path, 0);
        return;
    case SandboxFault::Kind::TruncatedBody: {
        const SandboxResponse response = m_cloud.handle(request);
        write(socket, response, true);
        Q_EMIT requestHandled(request.method, request.path, response.status);
        return;
    }
    case SandboxFault::Kind::None:
        break;
    case SandboxFault::Kind::Status:
    case SandboxFault::Kind::MalformedJson:
    case SandboxFault::Kind::Garbage:
    case SandboxFault::Kind::WrongTypes:
    case SandboxFault::Kind::HugeBody:
    case SandboxFault::Kind::Redirect:
    case SandboxFault::Kind::Throttle: {
        SandboxResponse response = fault.response();
        response.stamp();
        write(socket, response);
        Q_EMIT requestHandled(request.method, request.path, response.status);
        return;
    }
    }
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest() answers everything. Kept for the abstract interface.
    Q_UNUSED(request);
    SandboxResponse response = SandboxResponse::apiNotFound();
    response.stamp();
    write(socket, response);
}

SandboxRequest SandboxServer::toSandboxRequest(const QHttpServerRequest &request)
{
    const QUrl url = request.url();
    SandboxRequest result;
    result.method = methodName(request.method());
    result.path = url.path();
    result.query = QUrlQuery(url);
    result.rawPath = url.path(QUrl::FullyEncoded).toLatin1();
    result.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    result.headers = request.headers();
    result.body = request.body();
    return result;
}

bool SandboxServer::write(QTcpSocket *socket, const SandboxResponse &response, bool truncate)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return false;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &header : response.headers)
        head += header.first + ": " + header.second + "\r\n";
    // A truncated answer must promise at least one byte it never sends, even when the real body is empty.
    const QByteArray body = truncate && response.body.isEmpty() ? QByteArray("{}") : response.body;
    if (truncate || (response.status != 204 && response.status != 304))
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (truncate)
        head += "Connection: close\r\n";
    head += "\r\n";
    socket->write(head);
    socket->write(truncate ? body.left(body.size() / 2) : body);
    if (truncate)
        socket->disconnectFromHost();
    return true;
}

} // namespace EndpointDesk
