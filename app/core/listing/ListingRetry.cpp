#include "ListingRetry.h"

#include <algorithm>

namespace EndpointDesk {

bool ListingRetry::isTransient(const ApiResponse &response)
{
    if (response.outcome == ApiResponse::Outcome::NetworkFailure)
        return true;
    if (response.outcome != ApiResponse::Outcome::Answered)
        return false;
    const int status = response.httpStatus;
    return status == 429 || status == 502 || status == 503 || status == 504;
}

std::chrono::milliseconds ListingRetry::delayBefore(int retry, const ApiResponse &response, const QDateTime &now) const
{
    if (const auto asked = retryAfter(response.header(QByteArrayLiteral("Retry-After")), now))
        return std::min(*asked, maxDelay);
    std::chrono::milliseconds delay = firstDelay;
    for (int i = 1; i < retry && delay < maxDelay; ++i)
        delay *= 2;
    return std::min(delay, maxDelay);
}

std::optional<std::chrono::milliseconds> ListingRetry::retryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    constexpr qint64 aDayMs = 24 * 60 * 60 * 1000;
    if (std::all_of(trimmed.cbegin(), trimmed.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        // Seconds; more than a day (or more than 64 bits) is a day, which the caller caps anyway.
        bool fits = false;
        const qlonglong seconds = trimmed.toLongLong(&fits);
        return std::chrono::milliseconds(fits && seconds < aDayMs / 1000 ? seconds * 1000 : aDayMs);
    }
    // An HTTP date ends in "GMT", which Qt's RFC 2822 reader wants as an offset.
    QString date = QString::fromLatin1(trimmed);
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(3) + QLatin1String("+0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(std::clamp<qint64>(now.msecsTo(when), 0, aDayMs));
}

} // namespace EndpointDesk
