#pragma once

#include <QString>
#include <QtGlobal>

namespace EndpointDesk {

struct SandboxSubnet
{
    QString id;
    QString neutronSubnetId;
    QString name;
    QString cidr;
    QString gatewayIp;
    QString vpcId;
    QString projectId;
    QString availabilityZone;
    quint32 networkAddress = 0; // first address of cidr, host order
    int prefixLength = 24;
};

} // namespace EndpointDesk
