#pragma once

#include "ApiError.h"
#include "ApiResponse.h"

namespace EndpointDesk {

// Plain-language advice for an error: what probably happened and what to do next.
class ErrorHints
{
public:
    static QString hintFor(const ApiError &error, ApiResponse::Outcome outcome = ApiResponse::Outcome::Answered);
    // The hint for an HTTP status alone, when the code says nothing more specific.
    static QString hintForStatus(int httpStatus);
};

} // namespace EndpointDesk
