#pragma once

#include "BatchRow.h"
#include "ListingKey.h"
#include "ResourceItem.h"
#include "SpecValidator.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace EndpointDesk {

class CloudConnection;
class ListingCache;
class ResourceLister;
struct ApiError;

// Turns the rows of a file into specs ready to send: project, VPC and subnet given by name are looked
// up in the listings (ResourceLister, through the cache the pickers share), then every row is checked
// with the form's own rules. A name that matches no resource, or more than one, is an error on its row;
// so is a row for another region than the profile's, and a row repeating an earlier one.
class BatchResolver : public QObject
{
    Q_OBJECT

public:
    // The form's checks for a spec (Workspace::problems: SpecValidator and what the listings know).
    using Validator = std::function<QList<FieldProblem>(const EndpointSpec &spec)>;

    // The connection and the cache must outlive the resolver.
    BatchResolver(CloudConnection *connection, ListingCache *cache, QObject *parent = nullptr);

    // Starts checking the rows in the profile's region; finished() gives them back. Restarts when called
    // while busy.
    void resolve(const QList<BatchInput> &inputs, const QString &profile, const QString &region, Validator validate);
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void finished(const QList<EndpointDesk::BatchRow> &rows);

private:
    void listNext();
    void onListed();
    void onListingFailed(const ApiError &error);
    void resolveProjects();
    void finish();
    // The id the text names among items: the text itself when it is an id there, else the only item with
    // that name. Empty with *problem when none or several are named so.
    QString pick(ResourceKind kind, const QString &text, const ListingKey &key, const QString &parentId,
                 QString *problem) const;

    CloudConnection *m_connection;
    ListingCache *m_cache;
    ResourceLister *m_lister;
    QList<BatchRow> m_rows;
    QString m_profile;
    QString m_region;
    Validator m_validate;
    QList<ListingKey> m_queue;
    QHash<ListingKey, QString> m_failures; // why a listing could not be had
    bool m_projectsDone = false;
    bool m_busy = false;
};

} // namespace EndpointDesk
