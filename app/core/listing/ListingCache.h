#pragma once

#include "EndpointKey.h"
#include "EndpointNames.h"
#include "ListingKey.h"
#include "ResourceItem.h"

#include <QHash>

#include <optional>

namespace EndpointDesk {

// Complete listings kept until the user refreshes, one per (profile, region, project, kind[, VPC]).
// Partial listings (cancelled or failed) are never stored, so a hit is always the whole list.
class ListingCache
{
public:
    std::optional<ResourceItems> find(const ListingKey &key) const;
    bool contains(const ListingKey &key) const { return m_entries.contains(key); }
    void insert(const ListingKey &key, const ResourceItems &items);
    void remove(const ListingKey &key);
    void clear() { m_entries.clear(); }
    QList<ListingKey> keys() const { return m_entries.keys(); }

    // Where a subnet id is known to be, from any cached subnet listing in the same profile, region
    // and project as scope: the VPC id, or empty when no cached listing has it.
    QString vpcOfSubnet(const ListingKey &scope, const QString &subnetId) const;
    // What the listings of this profile call the endpoint's project, VPC and subnet; empty where
    // no cached listing names them.
    EndpointNames namesOf(const QString &profile, const EndpointKey &endpoint) const;

private:
    // The name of the item with this id in any cached listing of its kind in the scope's profile,
    // region (and, but for projects, project).
    QString nameOf(const ListingKey &scope, ResourceKind kind, const QString &id) const;

    QHash<ListingKey, ResourceItems> m_entries;
};

} // namespace EndpointDesk
