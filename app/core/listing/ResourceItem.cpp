#include "ResourceItem.h"

#include <QCoreApplication>
#include <QLocale>

namespace EndpointDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EndpointDesk", text);
}

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
        return name + QLatin1String(" (") + id + QLatin1Char(')') + (enabled ? QString() : dash + tr("disabled"));
    case ResourceKind::Vpc:
    case ResourceKind::Subnet:
        return (name.isEmpty() ? id : name + QLatin1String(" (") + id + QLatin1Char(')'))
               + (cidr.isEmpty() ? QString() : dash + cidr);
    case ResourceKind::Agency:
        return name + dash + (expireTime.isEmpty() ? tr("no expiry") : tr("expires %1").arg(expireTime));
    }
    return id;
}

QString ResourceItem::toolTip() const
{
    QStringList lines;
    addLine(lines, tr("Name"), name);
    if (kind != ResourceKind::Agency)
        addLine(lines, tr("ID"), id);
    addLine(lines, tr("CIDR"), cidr);
    addLine(lines, tr("Status"), status);
    addLine(lines, tr("VPC"), parentId);
    addLine(lines, tr("Availability zone"), availabilityZone);
    if (availableIps >= 0)
        addLine(lines, tr("Free IP addresses"), QLocale().toString(availableIps));
    if (kind == ResourceKind::Agency)
        addLine(lines, tr("Expires"), expireTime.isEmpty() ? tr("never") : expireTime);
    if (kind == ResourceKind::Project)
        addLine(lines, tr("Enabled"), enabled ? tr("yes") : tr("no"));
    return lines.join(QLatin1Char('\n'));
}

} // namespace EndpointDesk
