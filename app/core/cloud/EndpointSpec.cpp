#include "EndpointSpec.h"

namespace EndpointDesk {

EndpointSpec EndpointSpec::trimmed() const
{
    return {region.trimmed(),   projectId.trimmed(), vpcId.trimmed(),
            subnetId.trimmed(), flavor.trimmed(),    agency.trimmed()};
}

} // namespace EndpointDesk
