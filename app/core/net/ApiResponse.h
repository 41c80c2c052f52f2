#pragma once

#include "ApiRequest.h"
#include "Outcome.h"

#include <QMetaType>
#include <QString>

namespace EndpointDesk {

// What came back for one request, before any interpretation.
struct ApiResponse
{
    // What the network stack reported, which an error's code and words are chosen by; callOutcome() is what it means.
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
    // Some of the request may have reached the connection (PendingReply says when that counts).
    bool requestSent = false;
    int httpStatus = 0;
    HeaderList headers;
    QByteArray body;
    QString detail; // the network stack's or the program's own words when outcome != Answered

    QByteArray header(const QByteArray &name) const;
    // X-Request-Id, or IAM's X-IAM-Trace-Id.
    QString requestId() const;

    // What came of the call. Any 2xx is Succeeded here; a parser that cannot read it makes it UnreadableSuccess.
    EndpointDesk::Outcome callOutcome() const;
};

} // namespace EndpointDesk

Q_DECLARE_METATYPE(EndpointDesk::ApiResponse)
