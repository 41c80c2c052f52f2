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

    // Listings for the pickers. marker: the last id of the previous page (VPCs, subnets), empty for
    // the first page; for agencies an offset.
    ApiRequest listProjects() const;
    ApiRequest listVpcs(const QString &projectId, int limit, const QString &marker) const;
    ApiRequest listSubnets(const QString &projectId, const QString &vpcId, int limit, const QString &marker) const;
    ApiRequest listAgencies(const QString &projectId, int offset, int limit) const;

    // The JSON body of a create call; empty optional fields are left out, as the SDKs do.
    static QByteArray createBody(const EndpointSpec &spec);

private:
    ApiRequest listRequest(ServiceEndpoints::Service service, const QString &projectId, const QString &path,
                           const QList<QPair<QString, QString>> &query) const;
    ApiRequest projectRequest(const QByteArray &method, ServiceEndpoints::Service service, const QString &projectId,
                              const QString &pathAfterProject) const;

    ServiceEndpoints m_endpoints;
};

} // namespace EndpointDesk
