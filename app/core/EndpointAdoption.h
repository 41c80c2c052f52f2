#pragma once

#include "EndpointKey.h"
#include "ResourceItem.h"
#include "ResourceKind.h"
#include "SpecValidator.h"

#include <QList>
#include <QString>

namespace EndpointDesk {

class ActiveProfile;
class HistoryStore;
class ListingCache;

// Endpoints that enter the record without a create from here. Colleagues make endpoints in the
// console, KooCLI or Terraform, and the cloud cannot list them: a person adds one by its place (region,
// project, VPC, subnet; picked from the listings or typed), or merges a colleague's exported record.
// Nothing is sent to the cloud. An adopted endpoint can then be deleted like any other.
class EndpointAdoption
{
public:
    // All must outlive this object.
    EndpointAdoption(HistoryStore *history, const ListingCache *listings, const ActiveProfile *active);

    // What is wrong with a typed place, per field, by the form's rules; empty when it may be added.
    static QList<FieldProblem> problems(const EndpointKey &key);
    // Adds the endpoint to the record as adopted, with the names the listings know, under the active
    // profile's name. The outcome in words; *added says whether the record changed.
    QString adopt(const EndpointKey &key, bool *added = nullptr);
    // Merges the endpoints of another Endpoint Desk's JSON export (InventoryImport); the summary in words.
    QString importRecord(const QString &path);
    // What the active profile's cached listings hold of a kind in that scope, for the pickers of the
    // dialog: projects of the region, VPCs of the project, subnets of the VPC.
    QList<ResourceItem> listed(ResourceKind kind, const QString &region, const QString &projectId = {},
                               const QString &vpcId = {}) const;

private:
    HistoryStore *m_history;
    const ListingCache *m_listings;
    const ActiveProfile *m_active;
};

} // namespace EndpointDesk
