#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace EndpointDesk {

using SandboxHeaderList = QList<QPair<QByteArray, QByteArray>>;

// One request as the emulated cloud sees it: a plain value, no sockets.
struct SandboxRequest
{
    QByteArray method;
    QString path; // decoded path, without the query
    QUrlQuery query;
    SandboxHeaderList headers;
    QByteArray body;
    // The path and query exactly as the client encoded them, for signature checks. When empty, they are
    // derived from path and query.
    QByteArray rawPath;
    QByteArray rawQuery;

    // Builds a request from a target such as "/v1/PROJECT/vpcs?limit=2".
    static SandboxRequest create(const QByteArray &method, const QString &target, const QByteArray &body = {},
                                 const SandboxHeaderList &headers = {});

    // Header names are case-insensitive; the first match wins.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);
    void removeHeader(const QByteArray &name);

    QByteArray encodedPath() const;
    QByteArray encodedQuery() const;
};

} // namespace EndpointDesk
