#include "ApiResponse.h"

namespace EndpointDesk {

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString ApiResponse::requestId() const
{
    QByteArray id = header(QByteArrayLiteral("X-Request-Id"));
    if (id.isEmpty())
        id = header(QByteArrayLiteral("X-IAM-Trace-Id"));
    return QString::fromLatin1(id);
}

EndpointDesk::Outcome ApiResponse::callOutcome() const
{
    switch (outcome) {
    case Outcome::Refused:
        return EndpointDesk::Outcome::NotSent;
    case Outcome::Cancelled:
        return requestSent ? EndpointDesk::Outcome::CancelledAfterSending
                           : EndpointDesk::Outcome::CancelledBeforeSending;
    case Outcome::TlsFailure:
        // The handshake comes before the request is written.
        return EndpointDesk::Outcome::CouldNotConnect;
    case Outcome::Answered:
    case Outcome::TimedOut:
    case Outcome::NetworkFailure:
    case Outcome::TooLarge:
        break;
    }
    // A status is the cloud's answer even when its body was cut off or too large to keep.
    if (httpStatus >= 200 && httpStatus < 300)
        return outcome == Outcome::Answered ? EndpointDesk::Outcome::Succeeded
                                            : EndpointDesk::Outcome::UnreadableSuccess;
    // A gateway timeout says the service behind the gateway did not answer in time, so the call may
    // still have been carried out: no answer, as far as the call is concerned.
    if (httpStatus == 504)
        return EndpointDesk::Outcome::NoAnswer;
    if (httpStatus > 0)
        return EndpointDesk::Outcome::AnsweredError;
    return requestSent ? EndpointDesk::Outcome::NoAnswer : EndpointDesk::Outcome::CouldNotConnect;
}

} // namespace EndpointDesk
