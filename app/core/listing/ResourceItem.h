#pragma once

#include "AgencyInfo.h"
#include "ProjectInfo.h"
#include "ResourceKind.h"
#include "SubnetInfo.h"
#include "VpcInfo.h"

#include <QMetaType>
#include <QString>
#include <QVector>

namespace EndpointDesk {

// One row of a picker, whatever its kind: the fields every kind shares plus the few that only some
// have, and a lower-case search key computed once so filtering never lower-cases per keystroke.
struct ResourceItem
{
    ResourceKind kind = ResourceKind::Vpc;
    QString id; // what goes into the request; for agencies, the agency name
    QString name;
    QString cidr;
    QString status;
    QString parentId;        // subnets: the VPC they belong to
    QString neutronSubnetId; // subnets: their IPv4 subnet ID, which the create call does not take
    QString availabilityZone;
    int availableIps = -1;
    QString expireTime; // agencies; empty: never expires
    bool enabled = true;
    QString searchKey; // lower-case name, id and CIDR, separated by '\n'

    static ResourceItem from(const ProjectInfo &project);
    static ResourceItem from(const VpcInfo &vpc);
    static ResourceItem from(const SubnetInfo &subnet);
    static ResourceItem from(const AgencyInfo &agency);

    // "name (id) — cidr"-like text for the list, and every field for the tooltip.
    QString displayText() const;
    QString toolTip() const;

    // Whether needle (already lower-case) occurs in the name, id or CIDR.
    bool matches(const QString &lowerNeedle) const { return searchKey.contains(lowerNeedle); }

private:
    void updateSearchKey();
};

using ResourceItems = QVector<ResourceItem>;

} // namespace EndpointDesk

// Only QStrings and plain values: lists of thousands grow by moving memory, not by copying items.
Q_DECLARE_TYPEINFO(EndpointDesk::ResourceItem, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(EndpointDesk::ResourceItem)
