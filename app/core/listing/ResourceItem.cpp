#include "ResourceItem.h"

#include <QCoreApplication>
#include <QLocale>

namespace EndpointDesk {

namespace {

void addLine(QStringList &lines, const QString &label, const QString &value)
{
    if (!value.isEmpty())
        lines.append(label + QLatin1String(": ") + value);
}

} // namespace

void ResourceItem::updateSearchKey()
{
    searchKey = (name + QLatin1Char('\n') + id + QLatin1Char('\n') + cidr).toLower();
}

ResourceItem ResourceItem::from(const ProjectInfo &project)
{
    ResourceItem item;
    item.kind = ResourceKind::Project;
    item.id = project.id;
    item.name = project.name;
    item.enabled = project.enabled;
    item.updateSearchKey();
    return item;
}

ResourceItem ResourceItem::from(const VpcInfo &vpc)
{
    ResourceItem item;
    item.kind = ResourceKind::Vpc;
    item.id = vpc.id;
    item.name = vpc.name;
    item.cidr = vpc.cidr;
    item.status = vpc.status;
    item.updateSearchKey();
    return item;
}

ResourceItem ResourceItem::from(const SubnetInfo &subnet)
{
    ResourceItem item;
    item.kind = ResourceKind::Subnet;
    item.id = subnet.id;
    item.name = subnet.name;
    item.cidr = subnet.cidr;
    item.status = subnet.status;
    item.parentId = subnet.vpcId;
    item.neutronSubnetId = subnet.neutronSubnetId;
    item.availabilityZone = subnet.availabilityZone;
    item.availableIps = subnet.availableIps;
    item.updateSearchKey();
    return item;
}

ResourceItem ResourceItem::from(const AgencyInfo &agency)
{
    ResourceItem item;
    item.kind = ResourceKind::Agency;
    item.id = agency.name;
    item.name = agency.name;
    item.expireTime = agency.expireTime;
    item.updateSearchKey();
    return item;
}

QString ResourceItem::displayText() const
{
    static const QString dash = QStringLiteral(" \u2014 ");
    switch (kind) {
    case ResourceKind::Project:
        return name + QLatin1String(" (") + id + QLatin1Char(')')
               + (enabled ? QString() : dash + QCoreApplication::translate("EndpointDesk", "disabled"));
    case ResourceKind::Vpc:
    case ResourceKind::Subnet:
        return (name.isEmpty() ? id : name + QLatin1String(" (") + id + QLatin1Char(')'))
               + (cidr.isEmpty() ? QString() : dash + cidr);
    case ResourceKind::Agency:
        return name + dash
               + (expireTime.isEmpty() ? QCoreApplication::translate("EndpointDesk", "no expiry")
                                       : QCoreApplication::translate("EndpointDesk", "expires %1").arg(expireTime));
    }
    return id;
}

QString ResourceItem::toolTip() const
{
    QStringList lines;
    addLine(lines, QCoreApplication::translate("EndpointDesk", "Name"), name);
    if (kind != ResourceKind::Agency)
        addLine(lines, QCoreApplication::translate("EndpointDesk", "ID"), id);
    addLine(lines, QCoreApplication::translate("EndpointDesk", "CIDR"), cidr);
    addLine(lines, QCoreApplication::translate("EndpointDesk", "Status"), status);
    addLine(lines, QCoreApplication::translate("EndpointDesk", "VPC"), parentId);
    addLine(lines, QCoreApplication::translate("EndpointDesk", "IPv4 subnet ID"), neutronSubnetId);
    addLine(lines, QCoreApplication::translate("EndpointDesk", "Availability zone"), availabilityZone);
    if (availableIps >= 0)
        addLine(lines, QCoreApplication::translate("EndpointDesk", "Free IP addresses"),
                QLocale().toString(availableIps));
    if (kind == ResourceKind::Agency)
        addLine(lines, QCoreApplication::translate("EndpointDesk", "Expires"),
                expireTime.isEmpty() ? QCoreApplication::translate("EndpointDesk", "never") : expireTime);
    if (kind == ResourceKind::Project)
        addLine(lines, QCoreApplication::translate("EndpointDesk", "Enabled"),
                enabled ? QCoreApplication::translate("EndpointDesk", "yes")
                        : QCoreApplication::translate("EndpointDesk", "no"));
    return lines.join(QLatin1Char('\n'));
}

} // namespace EndpointDesk
