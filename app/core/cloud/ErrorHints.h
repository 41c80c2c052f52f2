#pragma once

#include "ApiError.h"
#include "ApiResponse.h"

#include <QDateTime>

namespace EndpointDesk {

// Plain-language advice for an error: what probably happened and what to do next.
class ErrorHints
{
public:
    static QString hintFor(const ApiError &error, ApiResponse::Outcome outcome = ApiResponse::Outcome::Answered);
    // As above, reading the answer's headers too: its Date shows whether this computer's clock is off.
    // localNow: this computer's time (the current time when invalid).
    static QString hintFor(const ApiError &error, const ApiResponse &response, const QDateTime &localNow = {});
    // Why IAM refused to give a token for a password (and MFA code), in words.
    static QString hintForSignIn(const ApiError &error, ApiResponse::Outcome outcome, bool usedMfa);

    // AK/SK signatures are refused when the clocks differ by more than this.
    static constexpr qint64 MaxClockSkewSeconds = 15 * 60;
    // An HTTP Date header (RFC 7231, "Sun, 06 Nov 1994 08:49:37 GMT") as UTC; invalid when unreadable.
    static QDateTime parseHttpDate(const QByteArray &value);
    // The hint for an HTTP status alone, when the code says nothing more specific.
    static QString hintForStatus(int httpStatus);
};

} // namespace EndpointDesk
