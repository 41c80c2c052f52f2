#pragma once

#include <QString>

namespace EndpointDesk {

// One IAM project, as GET /v3/auth/projects lists it.
struct ProjectInfo
{
    QString id;
    QString name; // a region's default project is named after the region
    bool enabled = true;
};

} // namespace EndpointDesk
