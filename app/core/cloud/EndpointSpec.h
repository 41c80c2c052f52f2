#pragma once

#include <QMetaType>
#include <QString>

namespace EndpointDesk {

// What the form asks for: one VPC endpoint to create.
struct EndpointSpec
{
    QString region;
    QString projectId;
    QString vpcId;
    QString subnetId;
    QString flavor; // optional; empty lets the cloud choose ("default", the large specification)
    QString agency; // optional; the IAM agency name sent as "xrole"

    // Surrounding white space from copy and paste is never meaningful in an id.
    EndpointSpec trimmed() const;
};

} // namespace EndpointDesk

Q_DECLARE_METATYPE(EndpointDesk::EndpointSpec)
