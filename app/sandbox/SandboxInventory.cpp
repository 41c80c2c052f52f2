#include "SandboxInventory.h"

#include "SandboxDemo.h"

#include <QUuid>

#include <algorithm>

namespace EndpointDesk {

namespace {

const QList<SandboxVpc> noVpcs;
const QList<SandboxSubnet> noSubnets;

QString ipv4(quint32 address)
{
    return QString::number(address >> 24) + QLatin1Char('.') + QString::number((address >> 16) & 0xff)
           + QLatin1Char('.') + QString::number((address >> 8) & 0xff) + QLatin1Char('.')
           + QString::number(address & 0xff);
}

quint64 splitmix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

enum IdKind : quint64 { VpcId = 1, SubnetId = 2, NeutronSubnetId = 3 };

quint64 idKey(int project, IdKind kind, int vpc, int subnet = 0)
{
    return (quint64(project) << 56) | (quint64(kind) << 48) | (quint64(vpc) << 8) | quint64(subnet);
}

QString ordinal(int index)
{
    return QString::number(index + 1).rightJustified(4, QLatin1Char('0'));
}

} // namespace

SandboxInventory::SandboxInventory(const SandboxSeedOptions &options)
{
    const QString domain = SandboxDemo::domainId();
    m_projects = {
        {SandboxDemo::projectId(), QStringLiteral("cn-north-4"), QStringLiteral("cn-north-4"), domain},
        {QStringLiteral("1d6e2f3a4b5c46d7a89eaf0b1c2d3e4f"), QStringLiteral("cn-east-3"), QStringLiteral("cn-east-3"),
         domain},
        {QStringLiteral("2e7f3a4b5c6d47e8b9afb01c2d3e4f50"), QStringLiteral("cn-east-2"), QStringLiteral("cn-east-2"),
         domain},
        {QStringLiteral("3f8a4b5c6d7e48f9cab0c12d3e4f5061"), QStringLiteral("cn-southwest-2"),
         QStringLiteral("cn-southwest-2"), domain},
        // FunctionGraph runs here, but VPC endpoints are not documented: the sandbox answers as for an
        // API that is not published there.
        {QStringLiteral("4a9b5c6d7e8f49a0bcd1e23f4a5b6c72"), QStringLiteral("ap-southeast-2"),
         QStringLiteral("ap-southeast-2"), domain},
    };
    const int vpcCount = std::max(0, options.vpcCount);
    const int subnetsPerVpc = std::clamp(options.subnetsPerVpc, 0, SandboxSeedOptions::maxSubnetsPerVpc);
    for (int p = 0; p < m_projects.size(); ++p) {
        if (m_projects.at(p).id == SandboxDemo::projectId())
            seedProject(p, vpcCount, subnetsPerVpc);
        else
            seedProject(p, std::min(vpcCount, 2), std::min(subnetsPerVpc, 2));
    }

    m_agencies = {
        {SandboxDemo::agencyName(), QStringLiteral("null")},
        {QStringLiteral("fgs-default-agency"), QStringLiteral("null")},
        {QStringLiteral("fgs-dns-vpcep-agency"), QStringLiteral("null")},
        {QStringLiteral("fgs-log-agency"), QStringLiteral("2030-12-31T16:00:00Z")},
        {QStringLiteral("fgs-temporary-agency"), QStringLiteral("2027-06-30T16:00:00Z")},
    };
}

void SandboxInventory::seedProject(int projectIndex, int vpcCount, int subnetsPerVpc)
{
    const SandboxProject &project = m_projects.at(projectIndex);
    ProjectData &data = m_data[project.id];
    data.vpcs.reserve(vpcCount);
    data.subnets.reserve(vpcCount * subnetsPerVpc);
    static const char zones[] = {'a', 'b', 'c'};
    for (int i = 0; i < vpcCount; ++i) {
        // Each VPC is a /20 inside 10.0.0.0/8; past 4096 VPCs the ranges repeat, which VPCs may do.
        const quint32 vpcBase = (10u << 24) | (quint32((i / 16) % 256) << 16) | (quint32(i % 16) * 16u << 8);
        SandboxVpc vpc;
        vpc.id = deterministicId(idKey(projectIndex, VpcId, i));
        vpc.name = QStringLiteral("vpc-") + ordinal(i);
        vpc.cidr = ipv4(vpcBase) + QStringLiteral("/20");
        vpc.projectId = project.id;
        data.vpcIndex.insert(vpc.id, int(data.vpcs.size()));
        data.subnetRanges.insert(vpc.id, {int(data.subnets.size()), subnetsPerVpc});

        for (int j = 0; j < subnetsPerVpc; ++j) {
            SandboxSubnet subnet;
            subnet.id = deterministicId(idKey(projectIndex, SubnetId, i, j));
            subnet.neutronSubnetId = deterministicId(idKey(projectIndex, NeutronSubnetId, i, j));
            subnet.name = QStringLiteral("subnet-") + ordinal(i) + QLatin1Char('-') + QLatin1Char(char('a' + j));
            subnet.networkAddress = vpcBase + (quint32(j) << 8);
            subnet.prefixLength = 24;
            subnet.cidr = ipv4(subnet.networkAddress) + QStringLiteral("/24");
            subnet.gatewayIp = ipv4(subnet.networkAddress + 1);
            subnet.vpcId = vpc.id;
            subnet.projectId = project.id;
            subnet.availabilityZone = project.regionId + QLatin1Char(zones[(i + j) % 3]);
            data.subnetIndex.insert(subnet.id, int(data.subnets.size()));
            data.subnets.append(subnet);
        }
        data.vpcs.append(vpc);
    }
}

QString SandboxInventory::deterministicId(quint64 key)
{
    // Looks like the cloud's random (version 4) UUIDs, but the same key gives the same id on every run. A hash
    // mix rather than a name-based UUID keeps seeding thousands of VPCs fast.
    const quint64 high = splitmix64(key);
    const quint64 low = splitmix64(high ^ key);
    const QUuid uuid(uint(high >> 32), ushort(high >> 16), ushort((high & 0x0fff) | 0x4000),
                     uchar(((low >> 56) & 0x3f) | 0x80), uchar(low >> 48), uchar(low >> 40), uchar(low >> 32),
                     uchar(low >> 24), uchar(low >> 16), uchar(low >> 8), uchar(low));
    return uuid.toString(QUuid::WithoutBraces);
}

const QList<SandboxProject> &SandboxInventory::projects() const
{
    return m_projects;
}

const SandboxProject *SandboxInventory::project(const QString &id) const
{
    for (const SandboxProject &project : m_projects) {
        if (project.id == id)
            return &project;
    }
    return nullptr;
}

const SandboxProject *SandboxInventory::projectByName(const QString &name) const
{
    for (const SandboxProject &project : m_projects) {
        if (project.name == name)
            return &project;
    }
    return nullptr;
}

const QList<SandboxVpc> &SandboxInventory::vpcs(const QString &projectId) const
{
    const auto it = m_data.constFind(projectId);
    return it == m_data.cend() ? noVpcs : it->vpcs;
}

int SandboxInventory::vpcIndex(const QString &projectId, const QString &vpcId) const
{
    const auto it = m_data.constFind(projectId);
    return it == m_data.cend() ? -1 : it->vpcIndex.value(vpcId, -1);
}

const SandboxVpc *SandboxInventory::vpc(const QString &projectId, const QString &vpcId) const
{
    const int index = vpcIndex(projectId, vpcId);
    return index < 0 ? nullptr : &m_data.find(projectId)->vpcs.at(index);
}

bool SandboxInventory::renameVpc(const QString &projectId, const QString &vpcId, const QString &name)
{
    const int index = vpcIndex(projectId, vpcId);
    if (index < 0)
        return false;
    m_data[projectId].vpcs[index].name = name;
    return true;
}

const QList<SandboxSubnet> &SandboxInventory::subnets(const QString &projectId) const
{
    const auto it = m_data.constFind(projectId);
    return it == m_data.cend() ? noSubnets : it->subnets;
}

int SandboxInventory::subnetIndex(const QString &projectId, const QString &subnetId) const
{
    const auto it = m_data.constFind(projectId);
    return it == m_data.cend() ? -1 : it->subnetIndex.value(subnetId, -1);
}

const SandboxSubnet *SandboxInventory::subnet(const QString &projectId, const QString &subnetId) const
{
    const int index = subnetIndex(projectId, subnetId);
    return index < 0 ? nullptr : &m_data.find(projectId)->subnets.at(index);
}

QPair<int, int> SandboxInventory::subnetRange(const QString &projectId, const QString &vpcId) const
{
    const auto it = m_data.constFind(projectId);
    return it == m_data.cend() ? QPair<int, int>(0, 0) : it->subnetRanges.value(vpcId, {0, 0});
}

int SandboxInventory::availableIpCount(const SandboxSubnet &subnet) const
{
    // The cloud keeps five addresses of every subnet (network, gateway, two DHCP/DNS, broadcast).
    const int total = 1 << (32 - subnet.prefixLength);
    const SandboxEndpoint *used = endpoint(subnet.projectId, subnet.vpcId, subnet.id);
    return total - 5 - (used ? int(used->ips.size()) : 0);
}

const QList<SandboxAgency> &SandboxInventory::agencies() const
{
    return m_agencies;
}

const SandboxAgency *SandboxInventory::agency(const QString &name) const
{
    for (const SandboxAgency &agency : m_agencies) {
        if (agency.name == name)
            return &agency;
    }
    return nullptr;
}

const QList<SandboxEndpoint> &SandboxInventory::endpoints() const
{
    return m_endpoints;
}

const SandboxEndpoint *SandboxInventory::endpoint(const QString &projectId, const QString &vpcId,
                                                  const QString &subnetId) const
{
    for (const SandboxEndpoint &endpoint : m_endpoints) {
        if (endpoint.projectId == projectId && endpoint.vpcId == vpcId && endpoint.subnetId == subnetId)
            return &endpoint;
    }
    return nullptr;
}

const SandboxEndpoint &SandboxInventory::addEndpoint(SandboxEndpoint endpoint, const SandboxSubnet &subnet)
{
    // Addresses from .10 upwards, moving on each time, so a re-created endpoint gets new ones like in the cloud.
    const int usable = (1 << (32 - subnet.prefixLength)) - 20;
    const int round = m_allocations.value(subnet.id);
    m_allocations.insert(subnet.id, round + 1);
    const quint32 first = subnet.networkAddress + 10 + quint32((round * 2) % usable);
    endpoint.ips = {ipv4(first), ipv4(first + 1)};
    m_endpoints.append(std::move(endpoint));
    return m_endpoints.constLast();
}

bool SandboxInventory::removeEndpoint(const QString &projectId, const QString &vpcId, const QString &subnetId)
{
    return m_endpoints.removeIf([&](const SandboxEndpoint &endpoint) {
        return endpoint.projectId == projectId && endpoint.vpcId == vpcId && endpoint.subnetId == subnetId;
    }) > 0;
}

} // namespace EndpointDesk
