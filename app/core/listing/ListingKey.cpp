#include "ListingKey.h"

namespace EndpointDesk {

bool ListingKey::isComplete() const
{
    // Without a region there is no cloud to ask.
    if (region.trimmed().isEmpty())
        return false;
    return !ResourceKinds::isProjectScoped(kind) || !projectId.trimmed().isEmpty();
}

QString ListingKey::toString() const
{
    return profile + QLatin1Char('/') + region + QLatin1Char('/') + projectId + QLatin1Char('/')
           + QString::number(static_cast<int>(kind)) + QLatin1Char('/') + vpcId;
}

} // namespace EndpointDesk
