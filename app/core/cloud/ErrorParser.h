#pragma once

#include "ApiError.h"
#include "ApiResponse.h"

namespace EndpointDesk {

// Understands every error body shape the cloud's services use, and failures where no answer came.
class ErrorParser
{
public:
    static ApiError parse(const ApiResponse &response);

    // Only the body: code and message (no hint, status or request id).
    static ApiError parseBody(int httpStatus, const QByteArray &body);

    // Longest message kept from a body that is not a known error shape.
    static constexpr qsizetype MaxMessageLength = 300;
};

} // namespace EndpointDesk
