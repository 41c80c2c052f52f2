#pragma once

#include "SandboxResponse.h"

namespace EndpointDesk {

class SandboxInventory;
struct SandboxProject;

// VPC v1 listings with the cloud's marker paging: a page holds the items after the marker id, in a stable order.
class SandboxVpcService
{
public:
    static constexpr int defaultLimit = 2000;

    explicit SandboxVpcService(const SandboxInventory &inventory);

    SandboxResponse listVpcs(const SandboxProject &project, const SandboxRequest &request) const;
    SandboxResponse listSubnets(const SandboxProject &project, const SandboxRequest &request) const;

private:
    const SandboxInventory &m_inventory;
};

} // namespace EndpointDesk
