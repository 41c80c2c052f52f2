#include "FuzzSupport.h"
#include "ProfileJson.h"

using namespace EndpointDesk;

ENDPOINTDESK_FUZZ_INITIALIZE

// A profiles file chosen by the person: checked field by field, never trusted.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QStringList existing = {QStringLiteral("work"), QStringLiteral("work (2)")};
    const ProfileImportResult result = ProfileJson::importProfiles(Fuzz::bytes(data, size), existing);
    // What was kept must export again.
    (void)ProfileJson::exportProfiles(result.profiles);
    return 0;
}
