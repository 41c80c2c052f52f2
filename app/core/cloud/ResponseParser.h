#pragma once

#include "ApiResponse.h"
#include "EndpointResult.h"

namespace EndpointDesk {

// Reads create and delete answers. Anything unexpected becomes an error that keeps the raw body.
class ResponseParser
{
public:
    static EndpointResult parseCreate(const ApiResponse &response);
    static EndpointResult parseDelete(const ApiResponse &response);
};

} // namespace EndpointDesk
