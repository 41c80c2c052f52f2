#include "ListingCache.h"

namespace EndpointDesk {

std::optional<ResourceItems> ListingCache::find(const ListingKey &key) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return *it;
}

void ListingCache::insert(const ListingKey &key, const ResourceItems &items)
{
    m_entries.insert(key, items);
}

void ListingCache::remove(const ListingKey &key)
{
    m_entries.remove(key);
}

QString ListingCache::vpcOfSubnet(const ListingKey &scope, const QString &subnetId) const
{
    for (auto it = m_entries.constBegin(); it != m_entries.constEnd(); ++it) {
        const ListingKey &key = it.key();
        if (key.kind != ResourceKind::Subnet || key.profile != scope.profile || key.region != scope.region
            || key.projectId != scope.projectId)
            continue;
        for (const ResourceItem &item : it.value()) {
            if (item.id == subnetId)
                return item.parentId.isEmpty() ? key.vpcId : item.parentId;
        }
    }
    return {};
}

} // namespace EndpointDesk
