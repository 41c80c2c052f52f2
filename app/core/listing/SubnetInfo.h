#pragma once

#include <QString>

namespace EndpointDesk {

// One subnet, as GET /v1/{project_id}/subnets lists it. id (not neutron_subnet_id) is what the
// create call takes.
struct SubnetInfo
{
    QString id;
    QString name;
    QString cidr;
    QString vpcId;
    QString neutronSubnetId; // the "IPv4 subnet ID" the console shows; often pasted by mistake
    QString availabilityZone;
    QString status;        // ACTIVE, UNKNOWN, ERROR
    int availableIps = -1; // -1 when the cloud did not say
};

} // namespace EndpointDesk
