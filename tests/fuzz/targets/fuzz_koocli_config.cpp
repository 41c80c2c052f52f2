#include "FuzzSupport.h"
#include "KooCliConfig.h"
#include "ProfileValidator.h"

#include <cstdlib>

using namespace EndpointDesk;

ENDPOINTDESK_FUZZ_INITIALIZE

// KooCLI's configuration file, written by another program: read, never trusted.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QStringList existing = {QStringLiteral("default"), QStringLiteral("default (2)")};
    const KooCliConfig::Result result = KooCliConfig::parse(Fuzz::bytes(data, size), existing);
    // Whatever is kept is a profile the store would save: a failure here is a bug in the mapping.
    for (const KooCliProfile &found : result.profiles) {
        if (!ProfileValidator::validate(found.profile).isEmpty() || existing.contains(found.profile.name))
            std::abort();
        if (!found.missingSecrets.isEmpty() && found.missingReason.isEmpty())
            std::abort();
    }
    return 0;
}
