#pragma once

#include "ApiRequest.h"
#include "EndpointSpec.h"
#include "ServiceEndpoints.h"

namespace EndpointDesk {

// Turns what the user asked for into the exact request to send. Sending, previews and
// "Copy as cURL" all come from here, so they cannot drift apart. Adds no credentials.
class RequestBuilder
{
public:
    explicit RequestBuilder(ServiceEndpoints endpoints);

    const ServiceEndpoints &endpoints() const { return m_endpoints; }

    ApiRequest createEndpoint(const EndpointSpec &spec) const;
    ApiRequest deleteEndpoint(const QString &projectId, const QString &vpcId, const QString &subnetId) const;

    // The JSON body of a create call; empty optional fields are left out, as the SDKs do.
    static QByteArray createBody(const EndpointSpec &spec);

private:
    ApiRequest projectRequest(const QByteArray &method, ServiceEndpoints::Service service, const QString &projectId,
                              const QString &pathAfterProject) const;

    ServiceEndpoints m_endpoints;
};

} // namespace EndpointDesk
