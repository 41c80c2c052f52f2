#pragma once

#include "ApiRequest.h"

#include <QList>
#include <QString>

namespace EndpointDesk {

// A request as a person reads it before sending: method, URL, each header (secrets as ****) and each
// field of the JSON body, plus the same request as a cURL command for copying.
struct RequestPreview
{
    struct Row
    {
        QString part; // "Method", "URL", "Header", "Body"
        QString name; // the header or body field; empty for the method and URL
        QString value;
    };

    QList<Row> rows;
    QString curl;
    QString problem; // why it is unsigned, when it is

    static RequestPreview of(const ApiRequest &request, const QList<QByteArray> &secretHeaders);
};

} // namespace EndpointDesk
