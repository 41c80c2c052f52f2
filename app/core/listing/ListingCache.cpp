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

QString ListingCache::nameOf(const ListingKey &scope, ResourceKind kind, const QString &id) const
{
    if (id.isEmpty())
        return {};
    for (auto it = m_entries.constBegin(); it != m_entries.constEnd(); ++it) {
        const ListingKey &key = it.key();
        // Projects are listed per region; the rest per project.
        const bool sameProject = kind == ResourceKind::Project || key.projectId == scope.projectId;
        if (key.kind != kind || key.profile != scope.profile || key.region != scope.region || !sameProject)
            continue;
        for (const ResourceItem &item : it.value()) {
            if (item.id == id)
                return item.name;
        }
    }
    return {};
}

EndpointNames ListingCache::namesOf(const QString &profile, const EndpointKey &endpoint) const
{
    ListingKey scope;
    scope.profile = profile;
    scope.region = endpoint.region;
    scope.projectId = endpoint.projectId;
    return {nameOf(scope, ResourceKind::Project, endpoint.projectId), nameOf(scope, ResourceKind::Vpc, endpoint.vpcId),
            nameOf(scope, ResourceKind::Subnet, endpoint.subnetId)};
}

} // namespace EndpointDesk
