#pragma once

#include "EndpointKey.h"
#include "EndpointNames.h"
#include "EndpointResult.h"
#include "EndpointSpec.h"
#include "HistoryRecord.h"
#include "InventoryEntry.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace EndpointDesk {

// The history of every create and delete, and the inventory of endpoints created, in SQLite.
// The cloud cannot list endpoints, so this is the only record of them: WAL, synchronous=FULL and
// one transaction per record, so that a crash loses at most the record being written. A create
// is recorded before it is sent; one that never settles is shown as "may exist", and one refused because
// the cloud already has that endpoint lists it as existing, with nothing else known of it.
class HistoryStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int SchemaVersion = 4;

    // history.sqlite in the application data folder.
    static QString defaultPath();

    // Opens (creating or migrating) the file; ":memory:" keeps everything for this run only. A
    // damaged file is moved aside to PATH.damaged-TIMESTAMP and a new one started; notices() says so.
    explicit HistoryStore(const QString &path = defaultPath(), QObject *parent = nullptr);
    ~HistoryStore() override;

    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    // The Qt SQL connection this store uses (one per instance).
    QString connectionName() const { return m_connectionName; }
    // What the user should know about the file: moved aside, unwritable, made by a newer version.
    QStringList notices() const { return m_notices; }

    // Each returns the request's record id, or -1 when nothing could be written.
    // names: what the listings called the project, VPC and subnet, kept beside their ids when known.
    qint64 recordCreateStarted(const QString &profile, const EndpointSpec &spec, const EndpointNames &names = {});
    qint64 recordDeleteStarted(const QString &profile, const EndpointKey &key, const EndpointNames &names = {});
    // Settles a started record and updates the inventory from the outcome.
    bool recordFinished(qint64 id, const EndpointResult &result);

    // Lists an endpoint made elsewhere as adopted, with a history row saying when and by which profile,
    // so that it can be deleted here. A place the record lists already (and not as deleted) is left as is.
    enum class AdoptResult { Added, AlreadyListed, Failed };
    AdoptResult recordAdopted(const QString &profile, const EndpointKey &key, const EndpointNames &names = {});
    // Adds the entries (another record's export) whose place this record does not list yet, all in one
    // transaction: how many were added, or -1 when nothing could be written.
    int mergeInventory(const QList<InventoryEntry> &entries);

    QList<InventoryEntry> inventory() const; // newest first
    std::optional<InventoryEntry> endpoint(const EndpointKey &key) const;
    QList<HistoryRecord> history(int limit = -1) const; // newest first
    std::optional<HistoryRecord> record(qint64 id) const;

Q_SIGNALS:
    // The inventory or the history changed.
    void changed();
    // A record could not be written.
    void storageProblem(const QString &message);

private:
    enum class OpenResult { Opened, Damaged, Failed };
    OpenResult open(QString *error);
    bool migrate(int from, QString *error);
    void closeConnection();
    bool moveAside(QString *movedTo);
    void recoverUnsettled();
    qint64 insertStarted(const HistoryRecord &record);
    void reportProblem(const QString &what, const QString &detail);

    QString m_path;
    QString m_connectionName;
    QStringList m_notices;
    bool m_open = false;
};

} // namespace EndpointDesk
