#pragma once

#include <QString>

namespace EndpointDesk {

// Who a request comes from, once its token or AK/SK signature has been accepted.
struct SandboxIdentity
{
    QString userId;
    QString domainId;
    // The project the credentials are good for: the token's scope, or X-Project-Id with AK/SK.
    // Empty for a domain-scoped token.
    QString projectId;
    bool viaAccessKey = false;
};

} // namespace EndpointDesk
