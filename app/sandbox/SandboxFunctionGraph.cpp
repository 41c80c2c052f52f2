#include "SandboxFunctionGraph.h"

#include "SandboxClock.h"
#include "SandboxInventory.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

namespace EndpointDesk {

namespace {

SandboxResponse invalid(const QString &message)
{
    return SandboxResponse::error(400, QStringLiteral("FSS.0400"), message);
}

// Optional strings: absent and null both mean "not given"; anything else must be a string.
bool optionalString(const QJsonObject &object, const QString &key, QString *value)
{
    const QJsonValue field = object.value(key);
    if (field.isUndefined() || field.isNull())
        return true;
    if (!field.isString())
        return false;
    *value = field.toString();
    return true;
}

} // namespace

SandboxFunctionGraph::SandboxFunctionGraph(SandboxInventory &inventory, const SandboxClock &clock)
    : m_inventory(inventory)
    , m_clock(clock)
{
}

bool SandboxFunctionGraph::regionHasVpcEndpoints(const QString &regionId)
{
    // The four regions that the Delete API page and the SDKs name for VPC endpoints.
    static const QStringList regions = {QStringLiteral("cn-north-4"), QStringLiteral("cn-east-3"),
                                        QStringLiteral("cn-east-2"), QStringLiteral("cn-southwest-2")};
    return regions.contains(regionId);
}

SandboxResponse SandboxFunctionGraph::createVpcEndpoint(const SandboxProject &project, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(QStringLiteral("Invalid request body: a JSON object with vpc_id and subnet_id is expected"));
    const QJsonObject object = document.object();

    QString vpcId;
    QString subnetId;
    QString flavor;
    QString xrole;
    if (!optionalString(object, QStringLiteral("vpc_id"), &vpcId) || vpcId.isEmpty())
        return invalid(QStringLiteral("Invalid parameter: vpc_id is required and must be a string"));
    if (!optionalString(object, QStringLiteral("subnet_id"), &subnetId) || subnetId.isEmpty())
        return invalid(QStringLiteral("Invalid parameter: subnet_id is required and must be a string"));
    if (!optionalString(object, QStringLiteral("flavor"), &flavor))
        return invalid(QStringLiteral("Invalid parameter: flavor must be a string"));
    if (!optionalString(object, QStringLiteral("xrole"), &xrole))
        return invalid(QStringLiteral("Invalid parameter: xrole must be a string"));

    if (!m_inventory.vpc(project.id, vpcId))
        return SandboxResponse::error(404, QStringLiteral("FSS.0404"),
                                      QStringLiteral("VPC %1 not found in project %2").arg(vpcId, project.id));
    const SandboxSubnet *subnet = m_inventory.subnet(project.id, subnetId);
    if (!subnet)
        return invalid(QStringLiteral("Invalid parameter: subnet %1 not found in VPC %2").arg(subnetId, vpcId));
    if (subnet->vpcId != vpcId)
        return invalid(QStringLiteral("Invalid parameter: subnet %1 does not belong to VPC %2").arg(subnetId, vpcId));
    if (!flavor.isEmpty() && flavor != QLatin1String("default"))
        return invalid(QStringLiteral("Invalid parameter: flavor %1 is not supported, use \"default\"").arg(flavor));
    if (!xrole.isEmpty() && !m_inventory.agency(xrole))
        return SandboxResponse::error(404, QStringLiteral("FSS.0404"),
                                      QStringLiteral("Agency %1 not found or not trusted by FunctionGraph").arg(xrole));
    if (m_inventory.endpoint(project.id, vpcId, subnetId))
        return SandboxResponse::error(
            409, QStringLiteral("FSS.0409"),
            QStringLiteral("A VPC endpoint already exists for VPC %1 and subnet %2").arg(vpcId, subnetId));

    SandboxEndpoint endpoint;
    endpoint.projectId = project.id;
    endpoint.vpcId = vpcId;
    endpoint.subnetId = subnetId;
    endpoint.flavor = flavor.isEmpty() ? QStringLiteral("default") : flavor;
    endpoint.xrole = xrole;
    endpoint.createdAt = m_clock.now();
    const QByteArray key = (project.id + vpcId + subnetId + endpoint.createdAt.toString(Qt::ISODateWithMs)).toUtf8();
    const QByteArray host = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16);
    endpoint.address = QStringLiteral("https://ep-") + QString::fromLatin1(host) + QStringLiteral(".fgs.")
                       + project.regionId + QStringLiteral(".myhuaweicloud.com");
    const SandboxEndpoint &created = m_inventory.addEndpoint(endpoint, *subnet);

    return SandboxResponse::fromJson(200, QJsonDocument(QJsonObject{
                                              {QStringLiteral("endpoints"), QJsonArray::fromStringList(created.ips)},
                                              {QStringLiteral("address"), created.address},
                                          }));
}

SandboxResponse SandboxFunctionGraph::deleteVpcEndpoint(const SandboxProject &project, const QString &vpcId,
                                                        const QString &subnetId)
{
    if (!m_inventory.removeEndpoint(project.id, vpcId, subnetId))
        return SandboxResponse::error(
            404, QStringLiteral("FSS.0404"),
            QStringLiteral("VPC endpoint for VPC %1 and subnet %2 not found").arg(vpcId, subnetId));
    SandboxResponse response;
    response.status = 204;
    return response;
}

SandboxResponse SandboxFunctionGraph::listAgencies(const SandboxRequest &request) const
{
    // Here the marker is an offset, not an id.
    bool markerOk = true;
    bool limitOk = true;
    const QString markerText = request.query.queryItemValue(QStringLiteral("marker"));
    const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
    const int marker = markerText.isEmpty() ? 0 : markerText.toInt(&markerOk);
    const int limit = limitText.isEmpty() ? 100 : limitText.toInt(&limitOk);
    if (!markerOk || marker < 0)
        return invalid(QStringLiteral("Invalid parameter: marker must be a non-negative integer"));
    if (!limitOk || limit < 1 || limit > 500)
        return invalid(QStringLiteral("Invalid parameter: limit must be an integer from 1 to 500"));

    QJsonArray agencies;
    const QList<SandboxAgency> &all = m_inventory.agencies();
    for (qsizetype i = marker; i < all.size() && agencies.size() < limit; ++i) {
        agencies.append(QJsonObject{{QStringLiteral("name"), all.at(i).name},
                                    {QStringLiteral("expire_time"), all.at(i).expireTime}});
    }
    return SandboxResponse::fromJson(200, QJsonDocument(agencies));
}

} // namespace EndpointDesk
