#include "ResourceKind.h"

#include <QCoreApplication>

namespace EndpointDesk::ResourceKinds {

QString pluralName(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Project:
        return QCoreApplication::translate("EndpointDesk", "projects");
    case ResourceKind::Vpc:
        return QCoreApplication::translate("EndpointDesk", "VPCs");
    case ResourceKind::Subnet:
        return QCoreApplication::translate("EndpointDesk", "subnets");
    case ResourceKind::Agency:
        return QCoreApplication::translate("EndpointDesk", "agencies");
    }
    return {};
}

bool isProjectScoped(ResourceKind kind)
{
    return kind != ResourceKind::Project;
}

} // namespace EndpointDesk::ResourceKinds
