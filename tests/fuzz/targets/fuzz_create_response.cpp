#include "FuzzSupport.h"
#include "ResponseParser.h"

using namespace EndpointDesk;

ENDPOINTDESK_FUZZ_INITIALIZE

// The create (and delete) answer: any body, with the statuses the cloud answers with.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ApiResponse response;
    response.body = Fuzz::bytes(data, size);
    for (int status : {200, 201, 204, 409}) {
        response.httpStatus = status;
        (void)ResponseParser::parseCreate(response);
        (void)ResponseParser::parseDelete(response);
    }
    return 0;
}
