#pragma once

#include "ApiResponse.h"

#include <QDateTime>

#include <chrono>
#include <optional>

namespace EndpointDesk {

// When and how soon a listing page is asked for again. Listing only reads, so asking again is safe;
// creates and deletes never come here. Transient: no connection, 429, 502, 503 and 504.
struct ListingRetry
{
    int maxRetries = 3; // per page, after the first request
    std::chrono::milliseconds firstDelay{500};
    // The backoff doubles up to this, and a server's Retry-After is honoured up to this too.
    std::chrono::milliseconds maxDelay{8000};

    static bool isTransient(const ApiResponse &response);
    // The pause before retry number `retry` (1 for the first): the answer's Retry-After when it has
    // one, else firstDelay doubled for each earlier retry; never above maxDelay.
    std::chrono::milliseconds delayBefore(int retry, const ApiResponse &response,
                                          const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Retry-After as seconds or as an HTTP date; nullopt when absent or unreadable.
    static std::optional<std::chrono::milliseconds> retryAfter(const QByteArray &value, const QDateTime &now);
};

} // namespace EndpointDesk
