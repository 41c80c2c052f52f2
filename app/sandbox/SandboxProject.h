#pragma once

#include <QString>

namespace EndpointDesk {

// An IAM project; a region's default project is named after the region.
struct SandboxProject
{
    QString id;
    QString name;
    QString regionId;
    QString domainId;
};

} // namespace EndpointDesk
