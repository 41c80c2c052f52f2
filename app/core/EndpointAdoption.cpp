#include "EndpointAdoption.h"

#include "ActiveProfile.h"
#include "HistoryStore.h"
#include "InventoryImport.h"
#include "ListingCache.h"

#include <QCoreApplication>
#include <QSet>

namespace EndpointDesk {

EndpointAdoption::EndpointAdoption(HistoryStore *history, const ListingCache *listings, const ActiveProfile *active)
    : m_history(history)
    , m_listings(listings)
    , m_active(active)
{
}

QList<FieldProblem> EndpointAdoption::problems(const EndpointKey &key)
{
    EndpointSpec spec;
    spec.region = key.region;
    spec.projectId = key.projectId;
    spec.vpcId = key.vpcId;
    spec.subnetId = key.subnetId;
    // Flavor and agency are the create's business; an adopted endpoint is known by its place alone.
    QList<FieldProblem> found = SpecValidator::validate(spec);
    found.removeIf([](const FieldProblem &problem) {
        return problem.field == SpecField::Flavor || problem.field == SpecField::Agency;
    });
    return found;
}

QString EndpointAdoption::adopt(const EndpointKey &key, bool *added)
{
    if (added)
        *added = false;
    if (const QList<FieldProblem> found = problems(key); !found.isEmpty())
        return found.constFirst().message;
    const QString profile = m_active->name();
    switch (m_history->recordAdopted(profile, key, m_listings->namesOf(profile, key))) {
    case HistoryStore::AdoptResult::Added:
        if (added)
            *added = true;
        return QCoreApplication::translate("EndpointDesk", "Added the endpoint of subnet %1 to the record. Nothing "
                                                           "was sent to the cloud; it can be deleted from here now.")
            .arg(key.subnetId);
    case HistoryStore::AdoptResult::AlreadyListed:
        return QCoreApplication::translate("EndpointDesk",
                                           "The record lists an endpoint in subnet %1 already; nothing was changed.")
            .arg(key.subnetId);
    case HistoryStore::AdoptResult::Failed:
        break;
    }
    return QCoreApplication::translate("EndpointDesk",
                                       "The endpoint could not be added: the record could not be written.");
}

QString EndpointAdoption::importRecord(const QString &path)
{
    return InventoryImport::importInto(m_history, path);
}

QList<ResourceItem> EndpointAdoption::listed(ResourceKind kind, const QString &region, const QString &projectId,
                                             const QString &vpcId) const
{
    QList<ResourceItem> items;
    QSet<QString> seen;
    const QString profile = m_active->name();
    const QList<ListingKey> keys = m_listings->keys();
    for (const ListingKey &key : keys) {
        const bool sameProject = kind == ResourceKind::Project || key.projectId == projectId;
        if (key.kind != kind || key.profile != profile || key.region != region || !sameProject)
            continue;
        for (const ResourceItem &item : m_listings->find(key).value_or(ResourceItems())) {
            const QString parent = item.parentId.isEmpty() ? key.vpcId : item.parentId;
            if (kind == ResourceKind::Subnet && !vpcId.isEmpty() && parent != vpcId)
                continue;
            if (!seen.contains(item.id)) {
                seen.insert(item.id);
                items.append(item);
            }
        }
    }
    return items;
}

} // namespace EndpointDesk
