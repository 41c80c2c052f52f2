#include "FuzzSupport.h"
#include "ListingParser.h"

using namespace EndpointDesk;

ENDPOINTDESK_FUZZ_INITIALIZE

// One listing parser a target: ENDPOINTDESK_FUZZ_KIND names the ResourceKind (see CMakeLists.txt).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)ListingParser::parse(ResourceKind::ENDPOINTDESK_FUZZ_KIND, Fuzz::bytes(data, size));
    return 0;
}
