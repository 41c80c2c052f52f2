#include "AgencyPermissions.h"

#include <QCoreApplication>

namespace EndpointDesk {

QStringList AgencyPermissions::required()
{
    return {QStringLiteral("vpc:zone:get"),
            QStringLiteral("vpc:subnets:get"),
            QStringLiteral("vpc:vpcs:get"),
            QStringLiteral("vpc:securityGroups:get"),
            QStringLiteral("vpc:securityGroups:list"),
            QStringLiteral("vpcep:endpoints:create"),
            QStringLiteral("vpcep:endpoints:delete"),
            QStringLiteral("vpcep:endpoints:get"),
            QStringLiteral("dns:zone:create"),
            QStringLiteral("dns:zone:delete"),
            QStringLiteral("dns:zone:get"),
            QStringLiteral("dns:recordset:create"),
            QStringLiteral("dns:recordset:update"),
            QStringLiteral("dns:recordset:list")};
}

QString AgencyPermissions::explanation()
{
    return QCoreApplication::translate("EndpointDesk", "The agency (or you, without one) needs these permissions: %1")
        .arg(required().join(QLatin1String(", ")));
}

} // namespace EndpointDesk
