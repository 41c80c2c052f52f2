#include "ErrorParser.h"
#include "FuzzSupport.h"

using namespace EndpointDesk;

ENDPOINTDESK_FUZZ_INITIALIZE

// Error bodies of every shape; the first byte picks the HTTP status, so the hints for each are read too.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int statuses[] = {400, 401, 403, 404, 409, 429, 500, 502, 503, 504, 200, 0};
    if (size == 0)
        return 0;
    ApiResponse response;
    response.httpStatus = statuses[data[0] % (sizeof(statuses) / sizeof(statuses[0]))];
    response.headers = {{QByteArrayLiteral("X-Request-Id"), QByteArrayLiteral("fuzz")}};
    response.body = Fuzz::bytes(data + 1, size - 1);
    (void)ErrorParser::parse(response);
    (void)ErrorParser::parseBody(response.httpStatus, response.body);
    return 0;
}
