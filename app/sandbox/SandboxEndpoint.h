#pragma once

#include <QDateTime>
#include <QStringList>

namespace EndpointDesk {

// A VPC endpoint created through the sandbox; the cloud knows it by (project, VPC, subnet) only.
struct SandboxEndpoint
{
    QString projectId;
    QString vpcId;
    QString subnetId;
    QString flavor;
    QString xrole;
    QStringList ips;
    QString address;
    QDateTime createdAt;
};

} // namespace EndpointDesk
