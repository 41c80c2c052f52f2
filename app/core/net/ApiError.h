#pragma once

#include <QByteArray>
#include <QString>

namespace EndpointDesk {

// An error as the user sees it: the cloud's code and message, what to do about it, and what
// support will ask for.
struct ApiError
{
    QString code;       // e.g. "FSS.0409", "APIGW.0301", or the HTTP status when the body had none
    QString message;    // the cloud's own words (or the network's), shortened
    QString hint;       // plain-language advice
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString requestId;
    QByteArray rawBody;

    bool isEmpty() const { return code.isEmpty() && message.isEmpty(); }
};

} // namespace EndpointDesk
