#include "ListingParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace EndpointDesk {

namespace {

// Optional text fields: a wrong type reads as absent rather than failing the whole page.
QString text(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

std::optional<QString> requiredText(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return std::nullopt;
    return value.toString();
}

// Where each kind keeps its array: agencies are a bare top-level array.
QLatin1String arrayKey(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Project:
        return QLatin1String("projects");
    case ResourceKind::Vpc:
        return QLatin1String("vpcs");
    case ResourceKind::Subnet:
        return QLatin1String("subnets");
    case ResourceKind::Agency:
        break;
    }
    return QLatin1String();
}

std::optional<ResourceItem> item(ResourceKind kind, const QJsonObject &object)
{
    switch (kind) {
    case ResourceKind::Project:
        if (const auto value = ListingParser::project(object))
            return ResourceItem::from(*value);
        break;
    case ResourceKind::Vpc:
        if (const auto value = ListingParser::vpc(object))
            return ResourceItem::from(*value);
        break;
    case ResourceKind::Subnet:
        if (const auto value = ListingParser::subnet(object))
            return ResourceItem::from(*value);
        break;
    case ResourceKind::Agency:
        if (const auto value = ListingParser::agency(object))
            return ResourceItem::from(*value);
        break;
    }
    return std::nullopt;
}

} // namespace

std::optional<ProjectInfo> ListingParser::project(const QJsonObject &object)
{
    const auto id = requiredText(object, QLatin1String("id"));
    if (!id)
        return std::nullopt;
    ProjectInfo project;
    project.id = *id;
    project.name = text(object, QLatin1String("name"));
    const QJsonValue enabled = object.value(QLatin1String("enabled"));
    project.enabled = enabled.isBool() ? enabled.toBool() : true;
    return project;
}

std::optional<VpcInfo> ListingParser::vpc(const QJsonObject &object)
{
    const auto id = requiredText(object, QLatin1String("id"));
    if (!id)
        return std::nullopt;
    VpcInfo vpc;
    vpc.id = *id;
    vpc.name = text(object, QLatin1String("name"));
    vpc.cidr = text(object, QLatin1String("cidr"));
    vpc.status = text(object, QLatin1String("status"));
    return vpc;
}

std::optional<SubnetInfo> ListingParser::subnet(const QJsonObject &object)
{
    const auto id = requiredText(object, QLatin1String("id"));
    if (!id)
        return std::nullopt;
    SubnetInfo subnet;
    subnet.id = *id;
    subnet.name = text(object, QLatin1String("name"));
    subnet.cidr = text(object, QLatin1String("cidr"));
    subnet.vpcId = text(object, QLatin1String("vpc_id"));
    subnet.neutronSubnetId = text(object, QLatin1String("neutron_subnet_id"));
    subnet.availabilityZone = text(object, QLatin1String("availability_zone"));
    subnet.status = text(object, QLatin1String("status"));
    const QJsonValue count = object.value(QLatin1String("available_ip_address_count"));
    subnet.availableIps = count.isDouble() ? count.toInt(-1) : -1;
    return subnet;
}

std::optional<AgencyInfo> ListingParser::agency(const QJsonObject &object)
{
    const auto name = requiredText(object, QLatin1String("name"));
    if (!name)
        return std::nullopt;
    AgencyInfo agency;
    agency.name = *name;
    const QString expiry = text(object, QLatin1String("expire_time")).trimmed();
    // The cloud writes "no expiry" as the string "null"; a JSON null means the same.
    if (expiry.compare(QLatin1String("null"), Qt::CaseInsensitive) != 0)
        agency.expireTime = expiry;
    return agency;
}

ListingPage ListingParser::parse(ResourceKind kind, const QByteArray &body)
{
    ListingPage page;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        page.problem = QCoreApplication::translate("EndpointDesk", "The answer is not valid JSON (%1 at byte %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return page;
    }

    QJsonArray array;
    if (kind == ResourceKind::Agency) {
        if (!document.isArray()) {
            page.problem = QCoreApplication::translate(
                "EndpointDesk", "Expected a list of agencies, but the answer is not a JSON array.");
            return page;
        }
        array = document.array();
    } else {
        const QJsonValue value = document.isObject() ? document.object().value(arrayKey(kind)) : QJsonValue();
        if (!value.isArray()) {
            page.problem =
                QCoreApplication::translate("EndpointDesk", "Expected a \"%1\" list in the answer, but there is none.")
                    .arg(arrayKey(kind));
            return page;
        }
        array = value.toArray();
    }

    page.items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        std::optional<ResourceItem> parsed = value.isObject() ? item(kind, value.toObject()) : std::nullopt;
        if (!parsed) {
            page.items.clear();
            page.problem = QCoreApplication::translate("EndpointDesk", "Entry %1 of the list has no usable %2.")
                               .arg(i + 1)
                               .arg(kind == ResourceKind::Agency ? QStringLiteral("name") : QStringLiteral("id"));
            return page;
        }
        page.items.append(std::move(*parsed));
    }
    return page;
}

} // namespace EndpointDesk
