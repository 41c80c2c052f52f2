#include "EndpointSpec.h"

#include "Profile.h"

namespace EndpointDesk {

EndpointSpec EndpointSpec::defaultsFrom(const Profile &profile)
{
    EndpointSpec defaults;
    defaults.region = profile.regionId;
    defaults.projectId = profile.projectId;
    defaults.vpcId = profile.defaultVpcId;
    defaults.subnetId = profile.defaultSubnetId;
    defaults.flavor = profile.defaultFlavor;
    defaults.agency = profile.defaultAgency;
    return defaults;
}

EndpointSpec EndpointSpec::trimmed() const
{
    return {region.trimmed(),   projectId.trimmed(), vpcId.trimmed(),
            subnetId.trimmed(), flavor.trimmed(),    agency.trimmed()};
}

} // namespace EndpointDesk
