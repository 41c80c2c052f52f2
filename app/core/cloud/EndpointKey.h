#pragma once

#include <QMetaType>
#include <QString>

namespace EndpointDesk {

// The cloud gives an endpoint no id: it is known only by where it is.
struct EndpointKey
{
    QString region;
    QString projectId;
    QString vpcId;
    QString subnetId;

    bool operator==(const EndpointKey &other) const
    {
        return region == other.region && projectId == other.projectId && vpcId == other.vpcId
               && subnetId == other.subnetId;
    }
};

} // namespace EndpointDesk

Q_DECLARE_METATYPE(EndpointDesk::EndpointKey)
