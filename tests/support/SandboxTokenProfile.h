#pragma once

#include "Profile.h"
#include "SandboxDemo.h"
#include "SandboxServer.h"

// A token profile that calls this sandbox, its record on the given server (none: the local file); the
// server's password is left out, as a profile keeps it in the keychain.
inline EndpointDesk::Profile sandboxTokenProfile(const QString &name, EndpointDesk::SandboxServer &server,
                                                 const EndpointDesk::RecordServer &record = {})
{
    EndpointDesk::Profile profile;
    profile.name = name;
    profile.regionId = EndpointDesk::SandboxDemo::regionId();
    profile.endpointOverride = server.baseUrl().toString();
    profile.authMethod = EndpointDesk::AuthMethod::Token;
    profile.recordServer = record;
    profile.recordServer.password.clear();
    return profile;
}
