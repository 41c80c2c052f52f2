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
};

} // namespace EndpointDesk
