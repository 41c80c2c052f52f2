#pragma once

#include "ListingCache.h"

namespace EndpointDesk {

// Catches a subnet typed for the wrong VPC before anything is sent, from what the pickers already
// listed. Says nothing when nothing listed settles it: the cloud will then answer.
class SubnetMembership
{
public:
    // scope: profile, region and project of the form (kind and VPC are ignored).
    // Empty when the subnet may be in the VPC; otherwise the message to show next to the subnet field.
    static QString check(const QString &vpcId, const QString &subnetId, const ListingCache &cache,
                         const ListingKey &scope);
    // Empty unless the project's VPCs were listed and this VPC is not among them: then the message to
    // show next to the VPC field. Check it first: a subnet cannot be in a VPC that is not there.
    static QString checkVpc(const QString &vpcId, const ListingCache &cache, const ListingKey &scope);
};

} // namespace EndpointDesk
