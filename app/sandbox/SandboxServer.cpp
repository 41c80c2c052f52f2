#include "SandboxServer.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

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
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

SandboxCloud &SandboxServer::cloud()
{
    return m_cloud;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const SandboxRequest sandboxRequest = toSandboxRequest(request);
    const SandboxResponse response = m_cloud.handle(sandboxRequest);
    write(socket, response);
    Q_EMIT requestHandled(sandboxRequest.method, sandboxRequest.path, response.status);
    return true;
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

void SandboxServer::write(QTcpSocket *socket, const SandboxResponse &response)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &header : response.headers)
        head += header.first + ": " + header.second + "\r\n";
    if (response.status != 204 && response.status != 304)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "\r\n";
    socket->write(head);
    socket->write(response.body);
}

} // namespace EndpointDesk
