#pragma once

#include "ApiRequest.h"
#include "Credentials.h"
#include "ServiceEndpoints.h"

namespace EndpointDesk {

// Builds IAM's "get a token with a password" call (POST /v3/auth/tokens?nocatalog=true), with
// virtual MFA when a code is given. The body holds the password: it is never previewed or logged.
class TokenRequestBuilder
{
public:
    explicit TokenRequestBuilder(ServiceEndpoints endpoints);

    // Scoped to projectId, or, when it is empty, to the project named after the region (every
    // region's default project carries the region id as its name).
    ApiRequest passwordToken(const Credentials &credentials, const QString &projectId) const;

    // IAM's "validate a token" call (GET /v3/auth/tokens): the token asks about itself, sent as both
    // X-Auth-Token and X-Subject-Token. Never previewed or logged with its headers.
    ApiRequest tokenValidation(const QString &token) const;

    static QByteArray body(const Credentials &credentials, const QString &projectId, const QString &projectName);

    // Empty when the credentials are enough to ask for a token; otherwise what is missing, in words.
    static QString check(const Credentials &credentials);
    static bool usesMfa(const Credentials &credentials);

private:
    QUrl tokensUrl() const;

    ServiceEndpoints m_endpoints;
};

} // namespace EndpointDesk
