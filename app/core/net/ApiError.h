#pragma once

#include "Outcome.h"

#include <QByteArray>
#include <QLatin1String>
#include <QString>

namespace EndpointDesk {

// An error as the user sees it: what happened, the cloud's code and message, what to do about it, and what
// support will ask for.
struct ApiError
{
    Outcome outcome = Outcome::AnsweredError; // what happened; decisions read this, never `code`
    QString code;       // e.g. "FSS.0409", "APIGW.0301", the HTTP status when the body had none, or an ErrorCodes one
    QString message;    // the cloud's own words (or the network's), shortened
    QString hint;       // plain-language advice
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString requestId;
    QByteArray rawBody;

    bool isEmpty() const { return code.isEmpty() && message.isEmpty(); }
};

// The program's own codes, shown where the cloud gave none. For display (and the history's error column) only.
namespace ErrorCodes {
inline constexpr QLatin1String Refused{"REFUSED"};
inline constexpr QLatin1String Cancelled{"CANCELLED"};
inline constexpr QLatin1String Timeout{"TIMEOUT"};
inline constexpr QLatin1String Network{"NETWORK"};
inline constexpr QLatin1String Tls{"TLS"};
inline constexpr QLatin1String TooLarge{"TOO_LARGE"};
inline constexpr QLatin1String UnexpectedResponse{"UNEXPECTED_RESPONSE"}; // a create or delete's 2xx
inline constexpr QLatin1String BadResponse{"BAD_RESPONSE"};               // a listing's 2xx
inline constexpr QLatin1String Iam{"IAM"};                                // a sign-in's 201 without a token
inline constexpr QLatin1String NoAnswer{"NO_ANSWER"};                     // the program ended while waiting
} // namespace ErrorCodes

} // namespace EndpointDesk
