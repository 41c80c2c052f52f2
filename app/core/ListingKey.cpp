#include "ListingKey.h"

namespace EndpointDesk {

bool ListingKey::isComplete() const
{
    if (ResourceKinds::isProjectScoped(kind) && projectId.trimmed().isEmpty())
        return false;
    if (kind == ResourceKind::Subnet && vpcId.trimmed().isEmpty())
        return false;
    return true;
}

QString ListingKey::toString() const
{
    return profile + QLatin1Char('/') + region + QLatin1Char('/') + projectId + QLatin1Char('/')
        + QString::number(static_cast<int>(kind)) + QLatin1Char('/') + vpcId;
}

} // namespace EndpointDesk
