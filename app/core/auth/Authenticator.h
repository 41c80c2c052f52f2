#pragma once

#include "ApiRequest.h"

#include <QString>

namespace EndpointDesk {

// Adds credentials to a finished request. Signing authenticators sign the exact bytes of
// request.body, so nothing may change the request after authenticate().
class Authenticator
{
public:
    virtual ~Authenticator() = default;
    // Returns false, with a reason a person can act on, when the credentials are incomplete.
    virtual bool authenticate(ApiRequest &request, QString *problem) const = 0;
    // Header names whose values are secret: previews and exports show them as ****.
    virtual QList<QByteArray> secretHeaders() const = 0;
};

} // namespace EndpointDesk
