#pragma once

#include "SandboxAgency.h"
#include "SandboxEndpoint.h"
#include "SandboxProject.h"
#include "SandboxSeedOptions.h"
#include "SandboxSubnet.h"
#include "SandboxVpc.h"

#include <QHash>
#include <QList>

namespace EndpointDesk {

// The cloud's resources: projects, VPCs, subnets and agencies seeded deterministically (the same ids on
// every run), plus the endpoints created since start. Lists keep seeding order, which is the listing order.
class SandboxInventory
{
public:
    explicit SandboxInventory(const SandboxSeedOptions &options);

    const QList<SandboxProject> &projects() const;
    const SandboxProject *project(const QString &id) const;
    const SandboxProject *projectByName(const QString &name) const;

    const QList<SandboxVpc> &vpcs(const QString &projectId) const;
    // Position in vpcs(projectId), or -1.
    int vpcIndex(const QString &projectId, const QString &vpcId) const;
    const SandboxVpc *vpc(const QString &projectId, const QString &vpcId) const;
    // Names need not be unique in the cloud; false for an unknown VPC.
    bool renameVpc(const QString &projectId, const QString &vpcId, const QString &name);

    // Every subnet of a project; the subnets of one VPC are consecutive.
    const QList<SandboxSubnet> &subnets(const QString &projectId) const;
    int subnetIndex(const QString &projectId, const QString &subnetId) const;
    const SandboxSubnet *subnet(const QString &projectId, const QString &subnetId) const;
    // [first, first + count) in subnets(projectId); count is 0 for an unknown VPC.
    QPair<int, int> subnetRange(const QString &projectId, const QString &vpcId) const;
    int availableIpCount(const SandboxSubnet &subnet) const;

    const QList<SandboxAgency> &agencies() const;
    const SandboxAgency *agency(const QString &name) const;

    const QList<SandboxEndpoint> &endpoints() const;
    const SandboxEndpoint *endpoint(const QString &projectId, const QString &vpcId, const QString &subnetId) const;
    // Picks two free addresses in the subnet and records the endpoint.
    const SandboxEndpoint &addEndpoint(SandboxEndpoint endpoint, const SandboxSubnet &subnet);
    bool removeEndpoint(const QString &projectId, const QString &vpcId, const QString &subnetId);

    static QString deterministicId(quint64 key);

private:
    struct ProjectData
    {
        QList<SandboxVpc> vpcs;
        QHash<QString, int> vpcIndex;
        QList<SandboxSubnet> subnets;
        QHash<QString, int> subnetIndex;
        QHash<QString, QPair<int, int>> subnetRanges;
    };

    void seedProject(int projectIndex, int vpcCount, int subnetsPerVpc);

    QList<SandboxProject> m_projects;
    QHash<QString, ProjectData> m_data;
    QList<SandboxAgency> m_agencies;
    QList<SandboxEndpoint> m_endpoints;
    QHash<QString, int> m_allocations; // subnet id -> endpoints ever placed there, to vary addresses
};

} // namespace EndpointDesk
