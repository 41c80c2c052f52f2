#pragma once

#include "ApiRequest.h"

#include <QMetaType>
#include <QString>

namespace EndpointDesk {

// What came back for one request, before any interpretation.
struct ApiResponse
{
    enum class Outcome {
        Answered,       // an HTTP status arrived (any status, including errors)
        Cancelled,      // the user cancelled
        TimedOut,       // no complete answer within the timeout
        NetworkFailure, // refused, unreachable, dropped, name not resolved
        TlsFailure,     // the server's certificate was not trusted
        TooLarge,       // the body passed the size cap and was cut off
        Refused,        // not sent: the program refused it (plain http, redirect with credentials)
    };

    Outcome outcome = Outcome::Answered;
    int httpStatus = 0;
    HeaderList headers;
    QByteArray body;
    QString detail; // the network stack's or the program's own words when outcome != Answered

    QByteArray header(const QByteArray &name) const;
    // X-Request-Id, or IAM's X-IAM-Trace-Id.
    QString requestId() const;
};

} // namespace EndpointDesk

Q_DECLARE_METATYPE(EndpointDesk::ApiResponse)
