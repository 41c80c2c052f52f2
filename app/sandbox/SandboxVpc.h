#pragma once

#include <QString>

namespace EndpointDesk {

struct SandboxVpc
{
    QString id;
    QString name;
    QString cidr;
    QString projectId;
};

} // namespace EndpointDesk
