#include "SandboxRequest.h"

#include <QUrl>

namespace EndpointDesk {

SandboxRequest SandboxRequest::create(const QByteArray &method, const QString &target, const QByteArray &body,
                                      const SandboxHeaderList &headers)
{
    const QUrl url(target);
    SandboxRequest request;
    request.method = method;
    request.path = url.path();
    request.query = QUrlQuery(url);
    request.rawPath = url.path(QUrl::FullyEncoded).toLatin1();
    request.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    request.headers = headers;
    request.body = body;
    return request;
}

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

bool SandboxRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void SandboxRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    removeHeader(name);
    headers.append({name, value});
}

void SandboxRequest::removeHeader(const QByteArray &name)
{
    headers.removeIf([&name](const auto &header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray SandboxRequest::encodedPath() const
{
    if (!rawPath.isEmpty())
        return rawPath;
    QUrl url;
    url.setPath(path);
    return url.path(QUrl::FullyEncoded).toLatin1();
}

QByteArray SandboxRequest::encodedQuery() const
{
    if (!rawQuery.isEmpty())
        return rawQuery;
    return query.query(QUrl::FullyEncoded).toLatin1();
}

} // namespace EndpointDesk
