#pragma once

#include "EndpointKey.h"
#include "EndpointNames.h"
#include "EndpointResult.h"
#include "EndpointSpec.h"
#include "HistoryRecord.h"
#include "InventoryEntry.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>

#include <optional>
#include <tuple>

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
    // OnFirstUse: the file is opened by openNow() or by the first call that reads or writes it, so
    // that a program can paint its first frame before it loads SQLite; SQLite's check of every page
    // then runs on a worker thread, and damage it finds is handled as at opening, with noticed().
    enum class Opening { Now, OnFirstUse };
    HistoryStore(const QString &path, Opening opening, QObject *parent = nullptr);
    ~HistoryStore() override;

    // Opens the file unless that was done (or tried) already; opened() follows the first time.
    void openNow() const;
    // Whether the file was opened, or tried: nothing of it is read before.
    bool openAttempted() const { return m_attempted; }

    bool isOpen() const
    {
        openNow();
        return m_open;
    }
    QString path() const { return m_path; }
    // The Qt SQL connection this store uses (one per instance).
    QString connectionName() const { return m_connectionName; }
    // What the user should know about the file: moved aside, unwritable, made by a newer version.
    // Empty until the file was opened.
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

    // Where an endpoint stands in the inventory's order (inventory()): what may exist or exists with
    // nothing known of it first, then the newest. Larger sorts first.
    struct InventoryPlace
    {
        bool needsAttention = false;
        QString created; // as stored
        qint64 rowId = 0;
        bool operator<(const InventoryPlace &other) const
        {
            return std::tie(needsAttention, created, rowId)
                   < std::tie(other.needsAttention, other.created, other.rowId);
        }
    };
    struct InventoryRow
    {
        InventoryPlace place;
        InventoryEntry entry;
    };
    // A page of the inventory in its order, read on an index: the first `limit` rows after `after`
    // (from the top when it is empty).
    QList<InventoryRow> inventoryPage(const std::optional<InventoryPlace> &after, int limit) const;
    std::optional<InventoryRow> inventoryRow(const EndpointKey &key) const;
    // A page of the history, newest first: the records older than beforeId (all when it is 0).
    QList<HistoryRecord> historyPage(qint64 beforeId, int limit) const;
    std::optional<InventoryEntry> endpoint(const EndpointKey &key) const;
    QList<HistoryRecord> history(int limit = -1) const; // newest first
    std::optional<HistoryRecord> record(qint64 id) const;

Q_SIGNALS:
    // The file was opened, or could not be; notices() says what the user should know of it.
    void opened();
    // The inventory or the history changed.
    void changed();
    // What changed, besides changed(), for views that update one row rather than read everything again:
    // a request was recorded, a record settled, an endpoint's row was added or changed. Any other
    // change (an import of many) emits replaced().
    void recordAdded(qint64 id);
    void recordChanged(qint64 id);
    void endpointChanged(const EndpointDesk::EndpointKey &key);
    void replaced();
    // Something the person should know of the file, found after it was opened (notices() has it too).
    void noticed(const QString &notice);
    // A record could not be written.
    void storageProblem(const QString &message);

private:
    enum class OpenResult { Opened, Damaged, Failed };
    void openFile();
    void checkInBackground();
    void damageFoundLater();
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
    bool m_attempted = false;
    bool m_checkLater = false;
    QPointer<QThread> m_checker;
};

} // namespace EndpointDesk
