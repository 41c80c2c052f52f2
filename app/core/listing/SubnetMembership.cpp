#include "SubnetMembership.h"

#include <QCoreApplication>

namespace EndpointDesk {

QString SubnetMembership::check(const QString &untrimmedVpcId, const QString &untrimmedSubnetId,
                                const ListingCache &cache, const ListingKey &scope)
{
    const QString vpcId = untrimmedVpcId.trimmed();
    const QString subnetId = untrimmedSubnetId.trimmed();
    if (vpcId.isEmpty() || subnetId.isEmpty())
        return {};

    ListingKey chosen = scope;
    chosen.kind = ResourceKind::Subnet;
    chosen.vpcId = vpcId;
    const std::optional<ResourceItems> ownSubnets = cache.find(chosen);
    if (ownSubnets) {
        for (const ResourceItem &item : *ownSubnets) {
            if (item.id == subnetId)
                return {};
        }
    }

    const QString otherVpc = cache.vpcOfSubnet(scope, subnetId);
    if (!otherVpc.isEmpty() && otherVpc != vpcId) {
        return QCoreApplication::translate("EndpointDesk", "Subnet %1 belongs to VPC %2, not to the chosen VPC %3.")
            .arg(subnetId, otherVpc, vpcId);
    }
    if (ownSubnets) {
        const int count = int(ownSubnets->size());
        return QCoreApplication::translate("EndpointDesk", "Subnet %1 is not one of the %n subnets listed for VPC %2.",
                                           "a subnet outside the listed subnets of its VPC", count)
            .arg(subnetId, vpcId);
    }
    return {};
}

QString SubnetMembership::checkVpc(const QString &untrimmedVpcId, const ListingCache &cache, const ListingKey &scope)
{
    const QString vpcId = untrimmedVpcId.trimmed();
    if (vpcId.isEmpty())
        return {};
    ListingKey vpcs = scope;
    vpcs.kind = ResourceKind::Vpc;
    vpcs.vpcId.clear();
    const std::optional<ResourceItems> listed = cache.find(vpcs);
    if (!listed)
        return {};
    for (const ResourceItem &item : *listed) {
        if (item.id == vpcId)
            return {};
    }
    return QCoreApplication::translate("EndpointDesk", "VPC %1 is not among the VPCs listed for project %2.")
        .arg(vpcId, scope.projectId);
}

} // namespace EndpointDesk
