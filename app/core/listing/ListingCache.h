#pragma once

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

private:
    QHash<ListingKey, ResourceItems> m_entries;
};

} // namespace EndpointDesk
