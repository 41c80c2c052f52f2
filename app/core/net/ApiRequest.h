#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace EndpointDesk {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A request as it will go on the wire: sending, the preview and "Copy as cURL" all read this one value.
struct ApiRequest
{
    QByteArray method;
    QUrl url;
    HeaderList headers;
    QByteArray body;

    // Case-insensitive lookup; empty when the header is absent.
    QByteArray header(const QByteArray &name) const;
    // Replaces any header of the same name (case-insensitively).
    void setHeader(const QByteArray &name, const QByteArray &value);
};

} // namespace EndpointDesk
