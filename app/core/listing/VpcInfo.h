#pragma once

#include <QString>

namespace EndpointDesk {

// One VPC, as GET /v1/{project_id}/vpcs lists it.
struct VpcInfo
{
    QString id;
    QString name;
    QString cidr;
    QString status; // CREATING, OK
};

} // namespace EndpointDesk
