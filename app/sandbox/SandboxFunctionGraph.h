#pragma once

#include "SandboxResponse.h"

namespace EndpointDesk {

class SandboxClock;
class SandboxInventory;
struct SandboxProject;

// FunctionGraph's VPC endpoint calls and agency listing, once the caller and project have been checked.
class SandboxFunctionGraph
{
public:
    SandboxFunctionGraph(SandboxInventory &inventory, const SandboxClock &clock);

    // Only these regions offer VPC endpoints; elsewhere the API gateway knows no such API.
    static bool regionHasVpcEndpoints(const QString &regionId);

    SandboxResponse createVpcEndpoint(const SandboxProject &project, const QByteArray &body);
    SandboxResponse deleteVpcEndpoint(const SandboxProject &project, const QString &vpcId, const QString &subnetId);
    SandboxResponse listAgencies(const SandboxRequest &request) const;

private:
    SandboxInventory &m_inventory;
    const SandboxClock &m_clock;
};

} // namespace EndpointDesk
