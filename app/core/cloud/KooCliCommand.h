#pragma once

#include "EndpointKey.h"
#include "EndpointSpec.h"

#include <QString>

namespace EndpointDesk {

// The same call as a KooCLI (hcloud) command line, for colleagues who script: KooCLI's own flags carry
// the cli- prefix, the API's path and top-level body parameters are --name=value. Values a POSIX shell
// would change are quoted. Never a secret: KooCLI signs with the named profile of its own.
class KooCliCommand
{
public:
    // hcloud FunctionGraph CreateVpcEndpoint --cli-region=… --project_id=… --vpc_id=… --subnet_id=…
    // [--flavor=…] [--xrole=…] --cli-profile=NAME. Empty values are left out.
    static QString create(const EndpointSpec &spec, const QString &profileName);
    // hcloud FunctionGraph DeleteVpcEndpoint with the path's project_id, vpc_id and subnet_id.
    static QString remove(const EndpointKey &key, const QString &profileName);
    // value as is when the shell leaves it alone, otherwise in single quotes.
    static QString shellWord(const QString &value);
};

} // namespace EndpointDesk
