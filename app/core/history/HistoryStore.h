#pragma once

#include "EndpointKey.h"
#include "EndpointNames.h"
#include "EndpointResult.h"
#include "EndpointSpec.h"
#include "HistoryRecord.h"
#include "InventoryEntry.h"
#include "RecordServer.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStringList>
#include <QThread>
#include <QVariantList>

#include <optional>

class QTimer;

namespace EndpointDesk {

// The orders the inventory can be read in, each on an index. Attention (inventory()'s): what may exist
// or exists with nothing known of it first, then the newest. Created: by the time it was created.
// Place: by region, project, VPC and subnet (the unique key). CreatedBy: by who created it, then by time.
enum class InventoryOrder { Attention, Created, Place, CreatedBy };
// Which endpoints a page holds, and in which order.
struct InventorySelection
{
    InventoryOrder order = InventoryOrder::Attention;
    // Descending: Attention's needing attention and newest first, the others from the largest down.
    Qt::SortOrder direction = Qt::DescendingOrder;
    QString createdBy; // only those this operator (user@host) created, when set
    // Only those whose project, VPC or subnet id or name, domain name or creator contains it, case aside.
    QString filter;
    // The same endpoints in the opposite order.
    InventorySelection reversed() const;
};

// Who holds an endpoint's place in the record while their create or delete is on its way.
struct Claim
{
    HistoryRecord::Operation operation = HistoryRecord::Operation::Create;
    QString operatorName; // user@host
    QString profile;
    QDateTime since; // UTC
};

// The history of every create and delete, and the inventory of endpoints created, in SQLite.
// The cloud cannot list endpoints, so this is the only record of them: WAL, synchronous=FULL and
// one transaction per record, so that a crash loses at most the record being written. A create
// is recorded before it is sent; one that never settles is shown as "may exist", and one refused because
// the cloud already has that endpoint lists it as existing, with nothing else known of it.
//
// The record lives in one of two back ends with the same schema and migrations: a SQLite file on this
// computer, or a PostgreSQL server a team shares. On a server, every request first claims its endpoint's
// place, so that two operators never send a create or delete for the same place at once; colleagues'
// writes arrive as notifications; and when the server is away, nothing can be started and the views
// keep the last copy they read.
class HistoryStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int SchemaVersion = 6;
    // A claim whose request never settled (its program died) stops holding the place after this long;
    // its endpoint then shows "may exist" until someone checks.
    static constexpr int ClaimLifetimeSeconds = 600;
    // How often a shared record that cannot be reached is tried again.
    static constexpr int ReconnectIntervalMs = 3000;

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
    // A shared record on a PostgreSQL server; with no server set, an in-memory record.
    explicit HistoryStore(const RecordServer &server, Opening opening = Opening::Now, QObject *parent = nullptr);
    ~HistoryStore() override;

    // The record in use from now on: this server's, or (no server set) the file the store was made with.
    // Views read everything again (locationChanged); nothing happens when it is the record in use. A
    // server is connected to off the UI thread: the record is available once it answers.
    void useServer(const RecordServer &server);
    RecordServer server() const { return m_server; }
    bool isShared() const { return m_server.isSet(); }
    // Whether the record can be read and written now: false while a shared record's server is away
    // (views then keep the copy they read at lastReadAt()), or when the file could not be opened.
    bool isAvailable() const;
    QString unavailableReason() const { return m_unavailableReason; }
    // A shared record just chosen (useServer) whose server has not answered yet.
    bool isConnecting() const { return m_connecting; }
    QDateTime lastReadAt() const { return m_lastReadAt; }

    // What a person is told when the shared record's server cannot be reached.
    static QString serverAway(const RecordServer &server, const QString &error);

    // Who is named in the requests recorded from now on; user@host unless set. Set before the record
    // is opened, it is also whose unsettled requests the opening settles (a run of theirs that ended).
    static QString currentOperator();
    void setOperatorName(const QString &name) { m_operator = name; }
    QString operatorName() const { return m_operator; }

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

    // Claims the endpoint's place and records the request as pending, in one transaction, before it is
    // sent. id is -1 when nothing was written: heldBy then names who holds the place, or the store has
    // reported why (storageProblem, isAvailable).
    struct Start
    {
        qint64 id = -1;
        std::optional<Claim> heldBy;
    };
    Start startCreate(const QString &profile, const EndpointSpec &spec, const EndpointNames &names = {});
    Start startDelete(const QString &profile, const EndpointKey &key, const EndpointNames &names = {});
    // Who holds the place, while a claim on it lives.
    std::optional<Claim> claimOn(const EndpointKey &key) const;
    // Settles the requests whose claim expired (their program ended before the answer) as unanswered, their
    // endpoints as "may exist". A shared record does it every AbandonedSweepMs, so that every program sees it.
    void settleAbandonedRequests();
    static constexpr int AbandonedSweepMs = 60 * 1000;

    // As startCreate and startDelete: the request's record id, or -1.
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

    using InventoryOrder = EndpointDesk::InventoryOrder;
    using InventorySelection = EndpointDesk::InventorySelection;
    // Where an endpoint stands in a selection's order: the values of the order's columns, the last of
    // which tells rows with equal values apart (the rowid, or the subnet of the unique key).
    struct InventoryPlace
    {
        QVariantList values;
        bool operator==(const InventoryPlace &other) const { return values == other.values; }
        bool operator!=(const InventoryPlace &other) const { return !(*this == other); }
    };
    struct InventoryRow
    {
        InventoryPlace place;
        InventoryEntry entry;
    };
    // A page of the inventory in the selection's order, read on an index: the first `limit` rows after
    // `after` (a place in the same order; from the top when it is empty).
    QList<InventoryRow> inventoryPage(const std::optional<InventoryPlace> &after, int limit,
                                      const InventorySelection &selection = {}) const;
    // The endpoint's row with its place in the selection's order; none when the selection leaves it out.
    std::optional<InventoryRow> inventoryRow(const EndpointKey &key, const InventorySelection &selection = {}) const;
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
    // Another record is in use (useServer): views drop what they show and read it afresh.
    void locationChanged();
    // The record became reachable, or stopped being so (isAvailable).
    void availabilityChanged(bool available);
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
    int recoverUnsettled(); // how many it settled
    Start insertStarted(HistoryRecord record);
    bool takeClaim(QSqlDatabase &db, const HistoryRecord &record, qint64 id, std::optional<Claim> *heldBy,
                   bool *settledExpired, QString *error);
    bool settleExpiredClaim(QSqlDatabase &db, const EndpointKey &key, bool *settled, QString *error);
    std::optional<Claim> claimIn(QSqlDatabase &db, const EndpointKey &key) const;
    bool settleAsUnanswered(QSqlDatabase &db, qint64 id, QString *error);
    std::optional<HistoryRecord> recordIn(QSqlDatabase &db, qint64 id) const;
    OpenResult openServer(QString *error);
    bool migrateServer(QString *error);
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    // Tells the other programs on a shared record what this transaction changed, once it commits.
    bool notify(QSqlDatabase &db, const QString &kind, qint64 id, const EndpointKey &key, QString *error);
    // Whether a failure was the shared record's server going away: then the record is unavailable until
    // reconnect() reaches it again.
    void checkServer(const QString &failure = {}) const;
    void reconnect();
    void reopen();
    void noteRead() const;
    void reportProblem(const QString &what, const QString &detail);

    QString m_path;
    RecordServer m_server;
    QString m_operator = currentOperator();
    QString m_unavailableReason;
    bool m_connecting = false;
    mutable QDateTime m_lastReadAt;
    QTimer *m_reconnect = nullptr;
    QTimer *m_sweep = nullptr;
    QString m_connectionName;
    QStringList m_notices;
    bool m_open = false;
    bool m_attempted = false;
    bool m_checkLater = false;
    QPointer<QThread> m_checker;
    QPointer<QThread> m_probe; // tries an away server's connection off the UI thread
};

} // namespace EndpointDesk
