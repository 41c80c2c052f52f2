#include "SandboxVpcService.h"

#include "SandboxInventory.h"

#include <QJsonArray>
#include <QJsonObject>

namespace EndpointDesk {

namespace {

SandboxResponse invalid(const QString &message)
{
    return SandboxResponse::vpcError(400, QStringLiteral("VPC.0002"), message);
}

// Reads limit; returns false for anything but a whole number from 1 to defaultLimit.
bool readLimit(const SandboxRequest &request, int *limit)
{
    const QString text = request.query.queryItemValue(QStringLiteral("limit"));
    if (text.isEmpty()) {
        *limit = SandboxVpcService::defaultLimit;
        return true;
    }
    bool ok = false;
    *limit = text.toInt(&ok);
    return ok && *limit >= 1 && *limit <= SandboxVpcService::defaultLimit;
}

} // namespace

SandboxVpcService::SandboxVpcService(const SandboxInventory &inventory)
    : m_inventory(inventory)
{
}

SandboxResponse SandboxVpcService::listVpcs(const SandboxProject &project, const SandboxRequest &request) const
{
    int limit = 0;
    if (!readLimit(request, &limit))
        return invalid(QStringLiteral("Invalid limit: a whole number from 1 to %1 is expected").arg(defaultLimit));
    int start = 0;
    const QString marker = request.query.queryItemValue(QStringLiteral("marker"));
    if (!marker.isEmpty()) {
        const int index = m_inventory.vpcIndex(project.id, marker);
        if (index < 0)
            return invalid(QStringLiteral("Invalid marker: VPC %1 does not exist").arg(marker));
        start = index + 1;
    }

    const QList<SandboxVpc> &vpcs = m_inventory.vpcs(project.id);
    QJsonArray page;
    for (qsizetype i = start; i < vpcs.size() && page.size() < limit; ++i) {
        const SandboxVpc &vpc = vpcs.at(i);
        page.append(QJsonObject{
            {QStringLiteral("id"), vpc.id},
            {QStringLiteral("name"), vpc.name},
            {QStringLiteral("description"), QString()},
            {QStringLiteral("cidr"), vpc.cidr},
            {QStringLiteral("status"), QStringLiteral("OK")},
            {QStringLiteral("routes"), QJsonArray()},
            {QStringLiteral("enterprise_project_id"), QStringLiteral("0")},
        });
    }
    return SandboxResponse::fromJson(200, QJsonDocument(QJsonObject{{QStringLiteral("vpcs"), page}}));
}

SandboxResponse SandboxVpcService::listSubnets(const SandboxProject &project, const SandboxRequest &request) const
{
    int limit = 0;
    if (!readLimit(request, &limit))
        return invalid(QStringLiteral("Invalid limit: a whole number from 1 to %1 is expected").arg(defaultLimit));

    const QList<SandboxSubnet> &subnets = m_inventory.subnets(project.id);
    // Without vpc_id every subnet of the project is listed; an unknown vpc_id lists none, as the cloud does.
    int first = 0;
    int end = int(subnets.size());
    const QString vpcId = request.query.queryItemValue(QStringLiteral("vpc_id"));
    if (!vpcId.isEmpty()) {
        const QPair<int, int> range = m_inventory.subnetRange(project.id, vpcId);
        first = range.first;
        end = range.first + range.second;
    }
    int start = first;
    const QString marker = request.query.queryItemValue(QStringLiteral("marker"));
    if (!marker.isEmpty()) {
        const int index = m_inventory.subnetIndex(project.id, marker);
        if (index < first || index >= end)
            return invalid(QStringLiteral("Invalid marker: subnet %1 does not exist in this listing").arg(marker));
        start = index + 1;
    }

    QJsonArray page;
    for (int i = start; i < end && page.size() < limit; ++i) {
        const SandboxSubnet &subnet = subnets.at(i);
        page.append(QJsonObject{
            {QStringLiteral("id"), subnet.id},
            {QStringLiteral("name"), subnet.name},
            {QStringLiteral("description"), QString()},
            {QStringLiteral("cidr"), subnet.cidr},
            {QStringLiteral("gateway_ip"), subnet.gatewayIp},
            {QStringLiteral("ipv6_enable"), false},
            {QStringLiteral("dhcp_enable"), true},
            {QStringLiteral("primary_dns"), QStringLiteral("100.125.1.250")},
            {QStringLiteral("secondary_dns"), QStringLiteral("100.125.129.250")},
            {QStringLiteral("availability_zone"), subnet.availabilityZone},
            {QStringLiteral("vpc_id"), subnet.vpcId},
            {QStringLiteral("status"), QStringLiteral("ACTIVE")},
            {QStringLiteral("available_ip_address_count"), m_inventory.availableIpCount(subnet)},
            {QStringLiteral("neutron_subnet_id"), subnet.neutronSubnetId},
            {QStringLiteral("neutron_network_id"), subnet.id}, // the cloud uses the same id for both
            {QStringLiteral("tenant_id"), project.id},
        });
    }
    return SandboxResponse::fromJson(200, QJsonDocument(QJsonObject{{QStringLiteral("subnets"), page}}));
}

} // namespace EndpointDesk
