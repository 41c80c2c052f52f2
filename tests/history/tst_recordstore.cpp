// The record's behaviour, the same on both back ends: run once on a SQLite file and once on a throwaway
// PostgreSQL server (ENDPOINTDESK_RECORD_BACKEND=postgres), each test on a record of its own. What only a
// shared server does (notifications, the server going away, a writer killed) runs in the second run only.
#include "HistoryStore.h"
#include "InventoryModel.h"
#include "PostgresConnection.h"
#include "PostgresServer.h"
#include "RecordStatus.h"
#include "StallMeter.h"

#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>

using namespace EndpointDesk;

namespace {

bool onPostgres()
{
    return qEnvironmentVariable("ENDPOINTDESK_RECORD_BACKEND") == QLatin1String("postgres");
}

EndpointSpec spec(const QString &subnet = QStringLiteral("66666666-7777-8888-9999-000000000000"))
{
    EndpointSpec spec;
    spec.region = QStringLiteral("cn-north-4");
    spec.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    spec.vpcId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    spec.subnetId = subnet;
    spec.flavor = QStringLiteral("default");
    spec.agency = QStringLiteral("fgs-agency");
    return spec;
}

EndpointKey keyOf(const EndpointSpec &spec)
{
    return {spec.region, spec.projectId, spec.vpcId, spec.subnetId};
}

// Makes every claim older than a claim lives, as if its program had died long ago.
bool ageClaims(const HistoryStore &store)
{
    QSqlQuery age(QSqlDatabase::database(store.connectionName()));
    age.prepare(QStringLiteral("UPDATE claims SET since = :since"));
    age.bindValue(
        QStringLiteral(":since"),
        QDateTime::currentDateTimeUtc().addSecs(-HistoryStore::ClaimLifetimeSeconds - 5).toString(Qt::ISODateWithMs));
    return age.exec();
}

EndpointResult created()
{
    EndpointResult result;
    result.outcome = Outcome::Succeeded;
    result.httpStatus = 200;
    result.endpointIps = {QStringLiteral("192.168.0.10")};
    result.address = QStringLiteral("ep.example");
    return result;
}

// Endpoints that differ in every column an order or the filter reads, with ties in each.
QList<InventoryEntry> variedEntries()
{
    const QStringList regions = {QStringLiteral("cn-north-4"), QStringLiteral("ap-southeast-1"),
                                 QStringLiteral("cn-east-3")};
    const QStringList creators = {QStringLiteral("bob@desk-2"), QStringLiteral("alice@desk-1"),
                                  QStringLiteral("dave@desk-3"), QString()};
    const QList<InventoryEntry::State> states = {InventoryEntry::State::Active, InventoryEntry::State::Unknown,
                                                 InventoryEntry::State::Deleted, InventoryEntry::State::Exists,
                                                 InventoryEntry::State::Adopted};
    QList<InventoryEntry> entries;
    for (int i = 0; i < 23; ++i) {
        InventoryEntry entry;
        entry.key.region = regions.at(i % regions.size());
        entry.key.projectId = QStringLiteral("project%1").arg(i % 2);
        entry.key.vpcId = QStringLiteral("vpc-%1").arg(i % 4);
        entry.key.subnetId = QStringLiteral("subnet-%1").arg(i, 2, 10, QLatin1Char('0'));
        entry.state = states.at(i % states.size());
        // Some at the same time, some never known.
        if (i % 6 != 5)
            entry.created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs((i % 9) * 60);
        entry.createdBy = creators.at(i % creators.size());
        entry.names.vpc = i % 4 == 1 ? QStringLiteral("Alpha-VPC") : QString();
        entry.names.subnet = i % 5 == 2 ? QStringLiteral("alpha subnet %1").arg(i) : QString();
        entry.names.project = i % 7 == 3 ? QStringLiteral("Team project") : QString();
        // Characters LIKE gives a meaning to, taken literally by the filter.
        entry.address = i == 11   ? QStringLiteral("ep_1%.example")
                        : i == 12 ? QStringLiteral("ep-1x1y.example")
                        : i == 13 ? QStringLiteral("ep!x.example")
                                  : QStringLiteral("ep-%1.example").arg(i);
        entries.append(entry);
    }
    return entries;
}

// What the filter means, over a whole entry.
bool matches(const InventoryEntry &entry, const QString &filter)
{
    if (filter.isEmpty())
        return true;
    for (const QString &text : {entry.key.projectId, entry.key.vpcId, entry.key.subnetId, entry.names.project,
                                entry.names.vpc, entry.names.subnet, entry.address, entry.createdBy}) {
        if (text.contains(filter, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// What each order sorts by, ascending; the row number tells equal ones apart.
QStringList sortKey(InventoryOrder order, const InventoryEntry &entry, int rowId)
{
    const QString created = entry.created.isValid() ? entry.created.toString(Qt::ISODateWithMs) : QString();
    const QString row = QStringLiteral("%1").arg(rowId, 8, 10, QLatin1Char('0'));
    const bool attention =
        entry.state == InventoryEntry::State::Unknown || entry.state == InventoryEntry::State::Exists;
    switch (order) {
    case InventoryOrder::Attention:
        return {attention ? QStringLiteral("1") : QStringLiteral("0"), created, row};
    case InventoryOrder::Created:
        return {created, row};
    case InventoryOrder::Place:
        return {entry.key.region, entry.key.projectId, entry.key.vpcId, entry.key.subnetId};
    case InventoryOrder::CreatedBy:
        break;
    }
    return {entry.createdBy, created, row};
}

QStringList keysOf(const QList<InventoryEntry> &entries)
{
    QStringList keys;
    for (const InventoryEntry &entry : entries)
        keys.append(entry.key.subnetId);
    return keys;
}

QStringList keysShown(const InventoryModel &model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys.append(model.entry(row).key.subnetId);
    return keys;
}

// The whole inventory in the order the model is sorted by, read afresh.
QStringList keysRead(HistoryStore &store, int column, Qt::SortOrder direction)
{
    InventoryModel fresh(&store);
    fresh.sort(column, direction);
    while (fresh.canFetchMore())
        fresh.fetchMore();
    return keysShown(fresh);
}

} // namespace

// Where each test's record lives: a new file, or a new database on one server for the whole run.
class RecordPlace
{
public:
    bool begin(QString *error)
    {
        if (!onPostgres())
            return true;
        m_server = std::make_unique<PostgresServer>();
        if (!m_server->start()) {
            *error = m_server->errorString();
            return false;
        }
        return true;
    }

    bool next(QString *error)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_server)
            return m_dir->isValid();
        if (!m_server->isRunning() && !m_server->start()) { // a test that stopped it failed half-way
            *error = m_server->errorString();
            return false;
        }
        m_database = QStringLiteral("record_%1").arg(++m_count);
        if (!m_server->createDatabase(m_database)) {
            *error = m_server->errorString();
            return false;
        }
        return true;
    }

    std::unique_ptr<HistoryStore> open(const QString &operatorName) const
    {
        const auto opening = HistoryStore::Opening::OnFirstUse; // once the operator is known
        std::unique_ptr<HistoryStore> store =
            m_server ? std::make_unique<HistoryStore>(m_server->server(m_database), opening)
                     : std::make_unique<HistoryStore>(filePath(), opening);
        store->setOperatorName(operatorName);
        return store;
    }

    QString filePath() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    PostgresServer *server() const { return m_server.get(); }
    RecordServer recordServer() const { return m_server->server(m_database); }

private:
    std::unique_ptr<PostgresServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
    int m_count = 0;
};

// Each test on a record of its own.
class RecordTest : public QObject
{
    Q_OBJECT

public:
    explicit RecordTest(RecordPlace *place)
        : m_place(place)
    {
    }

protected:
    RecordPlace *m_place;

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(m_place->next(&error), qPrintable(error));
    }
};

class TestRecordStore : public RecordTest
{
    Q_OBJECT

public:
    using RecordTest::RecordTest;

private Q_SLOTS:

    void recordsWhoSentEachRequest()
    {
        const auto store = m_place->open(QStringLiteral("alice@desk-1"));
        QVERIFY2(store->isOpen(), qPrintable(store->notices().join(QLatin1Char('\n'))));
        QCOMPARE(store->isShared(), onPostgres());
        const HistoryStore::Start start = store->startCreate(QStringLiteral("Team"), spec());
        QVERIFY(start.id > 0);
        QVERIFY(!start.heldBy);
        QVERIFY(store->recordFinished(start.id, created()));
        const HistoryRecord record = *store->record(start.id);
        QCOMPARE(record.operatorName, QStringLiteral("alice@desk-1"));
        QCOMPARE(record.outcome, Outcome::Succeeded);
        const InventoryEntry entry = *store->endpoint(keyOf(spec()));
        QCOMPARE(entry.state, InventoryEntry::State::Active);
        QCOMPARE(entry.createdBy, QStringLiteral("alice@desk-1"));
        QCOMPARE(entry.ips, QStringList{QStringLiteral("192.168.0.10")});
    }

    void twoStoresSeeEachOthersRecords()
    {
        const auto alice = m_place->open(QStringLiteral("alice@desk-1"));
        const auto bob = m_place->open(QStringLiteral("bob@desk-2"));
        const qint64 id = alice->recordCreateStarted(QStringLiteral("Team"), spec());
        QVERIFY(alice->recordFinished(id, created()));
        QCOMPARE(bob->endpoint(keyOf(spec()))->createdBy, QStringLiteral("alice@desk-1"));

        // Bob deletes Alice's endpoint; Alice reads who did.
        const qint64 deleting = bob->recordDeleteStarted(QStringLiteral("Team"), keyOf(spec()));
        QVERIFY(deleting > 0);
        EndpointResult deleted;
        deleted.outcome = Outcome::Succeeded;
        deleted.httpStatus = 204;
        QVERIFY(bob->recordFinished(deleting, deleted));
        const InventoryEntry entry = *alice->endpoint(keyOf(spec()));
        QCOMPARE(entry.state, InventoryEntry::State::Deleted);
        QCOMPARE(entry.createdBy, QStringLiteral("alice@desk-1"));
        QCOMPARE(entry.deletedBy, QStringLiteral("bob@desk-2"));
        QCOMPARE(alice->history().size(), 2);
    }

    void aHeldPlaceNamesWhoHoldsIt()
    {
        const auto alice = m_place->open(QStringLiteral("alice@desk-1"));
        const auto bob = m_place->open(QStringLiteral("bob@desk-2"));
        const qint64 id = alice->startCreate(QStringLiteral("Team"), spec()).id;
        QVERIFY(id > 0);
        const int before = bob->history().size();

        const HistoryStore::Start refused = bob->startCreate(QStringLiteral("Other"), spec());
        QCOMPARE(refused.id, qint64(-1));
        QVERIFY(refused.heldBy.has_value());
        QCOMPARE(refused.heldBy->operatorName, QStringLiteral("alice@desk-1"));
        QCOMPARE(refused.heldBy->profile, QStringLiteral("Team"));
        QCOMPARE(refused.heldBy->operation, HistoryRecord::Operation::Create);
        QVERIFY(qAbs(refused.heldBy->since.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(bob->history().size(), before); // nothing written
        // A delete of the same place waits too; another place does not.
        QVERIFY(bob->startDelete(QStringLiteral("Other"), keyOf(spec())).heldBy.has_value());
        QVERIFY(bob->startCreate(QStringLiteral("Other"), spec(QStringLiteral("another-subnet"))).id > 0);

        // Settled, the place is free.
        QVERIFY(alice->recordFinished(id, created()));
        QVERIFY(!bob->claimOn(keyOf(spec())));
        QVERIFY(bob->startDelete(QStringLiteral("Other"), keyOf(spec())).id > 0);
    }

    void anExpiredClaimLeavesTheEndpointMayExist()
    {
        const auto alice = m_place->open(QStringLiteral("alice@desk-1"));
        const auto bob = m_place->open(QStringLiteral("bob@desk-2"));
        const qint64 abandoned = alice->startCreate(QStringLiteral("Team"), spec()).id;
        QVERIFY(abandoned > 0);
        // Alice's program died long ago: her claim is older than a claim lives.
        QVERIFY(ageClaims(*alice));
        QVERIFY(!bob->claimOn(keyOf(spec())));
        const HistoryStore::Start next = bob->startCreate(QStringLiteral("Other"), spec());
        QVERIFY(next.id > 0);
        QCOMPARE(bob->record(abandoned)->outcome, Outcome::NoAnswer);
        QCOMPARE(bob->endpoint(keyOf(spec()))->state, InventoryEntry::State::Unknown);
        QCOMPARE(bob->claimOn(keyOf(spec()))->operatorName, QStringLiteral("bob@desk-2"));
    }

    void aRunningProgramSeesAnAbandonedRequestAsMayExist()
    {
        const auto alice = m_place->open(QStringLiteral("alice@desk-1"));
        const auto bob = m_place->open(QStringLiteral("bob@desk-2"));
        QVERIFY(bob->isOpen());
        const qint64 abandoned = alice->startCreate(QStringLiteral("Team"), spec()).id;
        QVERIFY(abandoned > 0);
        bob->settleAbandonedRequests(); // a live claim: left alone
        QVERIFY(bob->record(abandoned)->isPending());
        QVERIFY(ageClaims(*alice));
        QSignalSpy replaced(bob.get(), &HistoryStore::replaced);
        bob->settleAbandonedRequests();
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(bob->record(abandoned)->outcome, Outcome::NoAnswer);
        QCOMPARE(bob->endpoint(keyOf(spec()))->state, InventoryEntry::State::Unknown);
        QVERIFY(!bob->claimOn(keyOf(spec())));
    }

    void aColleaguesRequestInFlightIsNotSettledAtOpening()
    {
        const auto alice = m_place->open(QStringLiteral("alice@desk-1"));
        const qint64 flying = alice->startCreate(QStringLiteral("Team"), spec()).id;
        // Bob starts his program now: Alice's request is on its way, not abandoned.
        const auto bob = m_place->open(QStringLiteral("bob@desk-2"));
        QVERIFY(bob->isOpen());
        QVERIFY(bob->record(flying)->isPending());
        // Alice's own next start (her program restarted) settles what her last run left.
        const auto aliceAgain = m_place->open(QStringLiteral("alice@desk-1"));
        QVERIFY(aliceAgain->isOpen());
        QCOMPARE(aliceAgain->record(flying)->outcome, Outcome::NoAnswer);
        QVERIFY(!aliceAgain->claimOn(keyOf(spec())));
    }

    void simultaneousClaimsAdmitOne()
    {
        m_place->open(QStringLiteral("setup@desk"))->isOpen(); // the schema, made once
        constexpr int Racers = 4;
        QSemaphore ready;
        QSemaphore go;
        QList<qint64> ids(Racers, -2);
        QList<QThread *> threads;
        for (int i = 0; i < Racers; ++i) {
            threads.append(QThread::create([&, i] {
                const auto store = m_place->open(QStringLiteral("racer%1@desk").arg(i));
                store->isOpen();
                ready.release();
                go.acquire();
                ids[i] = store->startCreate(QStringLiteral("Team"), spec()).id;
            }));
            threads.last()->start();
        }
        ready.acquire(Racers);
        go.release(Racers);
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(30000));
            delete thread;
        }
        QCOMPARE(std::count_if(ids.cbegin(), ids.cend(), [](qint64 id) { return id > 0; }), 1);
        QCOMPARE(std::count(ids.cbegin(), ids.cend(), qint64(-1)), Racers - 1);
        QCOMPARE(m_place->open(QStringLiteral("check@desk"))->history().size(), 1);
    }

    void programsStartingTogetherMigrateOnce()
    {
        constexpr int Starters = 4;
        QSemaphore go;
        QList<int> opened(Starters, -1);
        QList<QThread *> threads;
        for (int i = 0; i < Starters; ++i) {
            threads.append(QThread::create([&, i] {
                go.acquire();
                opened[i] = m_place->open(QStringLiteral("starter%1@desk").arg(i))->isOpen() ? 1 : 0;
            }));
            threads.last()->start();
        }
        go.release(Starters);
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(30000));
            delete thread;
        }
        QCOMPARE(opened, QList<int>(Starters, 1));
        const auto store = m_place->open(QStringLiteral("check@desk"));
        QVERIFY(store->isOpen());
        QSqlQuery version(QSqlDatabase::database(store->connectionName()));
        QVERIFY(version.exec(onPostgres() ? QStringLiteral("SELECT count(*), max(version) FROM schema_version")
                                          : QStringLiteral("SELECT 1, user_version FROM pragma_user_version")));
        QVERIFY(version.next());
        QCOMPARE(version.value(0).toInt(), 1);
        QCOMPARE(version.value(1).toInt(), HistoryStore::SchemaVersion);
        QVERIFY(store->recordCreateStarted(QStringLiteral("Team"), spec()) > 0);
    }

    void pagesComeInTheInventorysOrder()
    {
        const auto store = m_place->open(QStringLiteral("alice@desk-1"));
        QList<InventoryEntry> entries;
        for (int i = 0; i < 30; ++i) {
            InventoryEntry entry;
            entry.key = keyOf(spec(QStringLiteral("subnet-%1").arg(i, 2, 10, QLatin1Char('0'))));
            entry.state = i % 7 == 0 ? InventoryEntry::State::Unknown : InventoryEntry::State::Active;
            entry.created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 60);
            entry.createdBy = QStringLiteral("bob@desk-2");
            entries.append(entry);
        }
        QCOMPARE(store->mergeInventory(entries), 30);
        QCOMPARE(store->mergeInventory(entries), 0);
        QList<HistoryStore::InventoryRow> all;
        std::optional<HistoryStore::InventoryPlace> after;
        for (;;) {
            const QList<HistoryStore::InventoryRow> page = store->inventoryPage(after, 7);
            if (page.isEmpty())
                break;
            all.append(page);
            after = page.last().place;
        }
        QCOMPARE(all.size(), 30);
        const QList<InventoryEntry> inOrder = store->inventory();
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i).entry.key, inOrder.at(i).key);
        QCOMPARE(all.first().entry.state, InventoryEntry::State::Unknown);
        QCOMPARE(all.first().entry.createdBy, QStringLiteral("bob@desk-2"));
    }

    // Each order a person can sort by, both ways, with and without the filter and the creator, read a
    // page at a time: the same endpoints in the same order as sorting and filtering the whole inventory.
    void pagesComeInEachOrderAndThroughEachFilter()
    {
        const auto store = m_place->open(QStringLiteral("alice@desk-1"));
        const QList<InventoryEntry> entries = variedEntries();
        QCOMPARE(store->mergeInventory(entries), entries.size());
        // Added in this order, each gets the next row number: the order's last resort.
        QHash<QString, int> rowIds;
        for (int i = 0; i < entries.size(); ++i)
            rowIds.insert(entries.at(i).key.subnetId, i + 1);
        const QList<InventoryEntry> inventory = store->inventory();
        QCOMPARE(inventory.size(), entries.size());

        const QStringList filters = {QString(),
                                     QStringLiteral("ALPHA"),
                                     QStringLiteral("_1%"),
                                     QStringLiteral("desk-3"),
                                     QStringLiteral("ep-2"),
                                     QStringLiteral("!x"),
                                     QStringLiteral("nothing-has-this")};
        int compared = 0;
        for (const InventoryOrder order :
             {InventoryOrder::Attention, InventoryOrder::Created, InventoryOrder::Place, InventoryOrder::CreatedBy}) {
            for (const Qt::SortOrder direction : {Qt::DescendingOrder, Qt::AscendingOrder}) {
                for (const QString &creator : {QString(), QStringLiteral("bob@desk-2")}) {
                    for (const QString &filter : filters) {
                        InventorySelection selection;
                        selection.order = order;
                        selection.direction = direction;
                        selection.createdBy = creator;
                        selection.filter = filter;
                        const QString what = QStringLiteral("order %1, %2, creator '%3', filter '%4'")
                                                 .arg(int(order))
                                                 .arg(direction == Qt::DescendingOrder ? QLatin1String("descending")
                                                                                       : QLatin1String("ascending"))
                                                 .arg(creator, filter);

                        QList<InventoryEntry> expected;
                        for (const InventoryEntry &entry : inventory) {
                            if ((creator.isEmpty() || entry.createdBy == creator) && matches(entry, filter))
                                expected.append(entry);
                        }
                        std::stable_sort(expected.begin(), expected.end(),
                                         [&](const InventoryEntry &a, const InventoryEntry &b) {
                                             const auto ka = sortKey(order, a, rowIds.value(a.key.subnetId));
                                             const auto kb = sortKey(order, b, rowIds.value(b.key.subnetId));
                                             return direction == Qt::DescendingOrder ? kb < ka : ka < kb;
                                         });

                        QList<InventoryEntry> paged;
                        std::optional<HistoryStore::InventoryPlace> after;
                        for (int pages = 0; pages <= entries.size(); ++pages) {
                            const QList<HistoryStore::InventoryRow> page = store->inventoryPage(after, 4, selection);
                            QVERIFY2(page.size() <= 4, qPrintable(what));
                            for (const HistoryStore::InventoryRow &row : page)
                                paged.append(row.entry);
                            if (page.size() < 4)
                                break;
                            after = page.last().place;
                        }
                        QCOMPARE(keysOf(paged), keysOf(expected));
                        if (filter == QLatin1String("nothing-has-this"))
                            QVERIFY2(paged.isEmpty(), qPrintable(what));
                        else if (creator.isEmpty())
                            QVERIFY2(!paged.isEmpty(), qPrintable(what)); // each filter finds something
                        // A row read alone has the place its page gave it, or none when the selection leaves it out.
                        for (const InventoryEntry &entry : inventory) {
                            const auto row = store->inventoryRow(entry.key, selection);
                            QCOMPARE(row.has_value(), keysOf(expected).contains(entry.key.subnetId));
                        }
                        ++compared;
                    }
                }
            }
        }
        QCOMPARE(compared, 4 * 2 * 2 * filters.size());
    }

    // The model places a changed row by the current order, as reading it afresh would.
    void aChangedRowTakesItsPlaceInTheChosenOrder()
    {
        const auto store = m_place->open(QStringLiteral("carol@desk-3"));
        QCOMPARE(store->mergeInventory(variedEntries()), variedEntries().size());
        InventoryModel model(store.get());
        for (const int column : {int(InventoryModel::CreatedByColumn), int(InventoryModel::SubnetColumn),
                                 int(InventoryModel::CreatedColumn), int(InventoryModel::StateColumn)}) {
            for (const Qt::SortOrder direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(column, direction);
                model.setFilter(QString());
                while (model.canFetchMore())
                    model.fetchMore();
                // Adopted now by carol: a new row; then created (a row that moves); then deleted.
                const EndpointSpec made = spec(QStringLiteral("subnet-new-%1-%2").arg(column).arg(int(direction)));
                QCOMPARE(store->recordAdopted(QStringLiteral("Team"), keyOf(made)), HistoryStore::AdoptResult::Added);
                QCOMPARE(keysShown(model), keysRead(*store, column, direction));
                const qint64 id = store->recordCreateStarted(QStringLiteral("Team"), made);
                QVERIFY(store->recordFinished(id, created()));
                QCOMPARE(keysShown(model), keysRead(*store, column, direction));
                QCOMPARE(model.sortColumn(), column);
            }
        }
        // Filtered: a change that leaves the filter's rows goes, one that enters them comes.
        model.setFilter(QStringLiteral("subnet-new-"));
        const int shown = model.rowCount();
        QVERIFY(shown > 0);
        const EndpointSpec other = spec(QStringLiteral("other-subnet"));
        QCOMPARE(store->recordAdopted(QStringLiteral("Team"), keyOf(other)), HistoryStore::AdoptResult::Added);
        QCOMPARE(model.rowCount(), shown);
        const EndpointSpec matching = spec(QStringLiteral("SUBNET-NEW-last"));
        QCOMPARE(store->recordAdopted(QStringLiteral("Team"), keyOf(matching)), HistoryStore::AdoptResult::Added);
        QCOMPARE(model.rowCount(), shown + 1);
        // Not sortable: nothing happens.
        model.sort(InventoryModel::AddressColumn, Qt::AscendingOrder);
        QCOMPARE(model.sortColumn(), int(InventoryModel::StateColumn));
    }
};

// What only a record shared on a server does.
class TestSharedRecord : public RecordTest
{
    Q_OBJECT

public:
    using RecordTest::RecordTest;

private Q_SLOTS:
    void colleaguesWritesArriveAsNotifications()
    {
        const auto alice = m_place->open(QStringLiteral("alice@desk-1"));
        const auto bob = m_place->open(QStringLiteral("bob@desk-2"));
        QVERIFY(alice->isOpen() && bob->isOpen()); // Bob's program is running, listening
        QSignalSpy added(bob.get(), &HistoryStore::recordAdded);
        QSignalSpy endpoint(bob.get(), &HistoryStore::endpointChanged);
        QSignalSpy ownAdded(alice.get(), &HistoryStore::recordAdded);
        const qint64 id = alice->recordCreateStarted(QStringLiteral("Team"), spec());
        QTRY_COMPARE(added.size(), 1);
        QCOMPARE(added.first().at(0).toLongLong(), id);
        QVERIFY(alice->recordFinished(id, created()));
        QTRY_COMPARE(endpoint.size(), 1);
        QCOMPARE(endpoint.first().at(0).value<EndpointKey>(), keyOf(spec()));
        QCOMPARE(ownAdded.size(), 1); // its own write is not heard twice
    }

    void whenTheServerIsAwayNothingStartsAndNothingIsLost()
    {
        const auto store = m_place->open(QStringLiteral("alice@desk-1"));
        const qint64 id = store->recordCreateStarted(QStringLiteral("Team"), spec());
        QVERIFY(store->recordFinished(id, created()));
        QSignalSpy availability(store.get(), &HistoryStore::availabilityChanged);

        QSignalSpy noticed(store.get(), &HistoryStore::noticed);
        QVERIFY2(m_place->server()->stop(), qPrintable(m_place->server()->errorString()));
        // A read finds it gone first, and the person is told why.
        QVERIFY(store->inventoryPage(std::nullopt, 10).isEmpty());
        QVERIFY(!store->isAvailable());
        QCOMPARE(noticed.size(), 1);
        const QString notice = noticed.first().at(0).toString();
        QVERIFY2(notice.contains(store->server().display())
                     && !notice.section(QLatin1Char(':'), -1).trimmed().isEmpty(),
                 qPrintable(notice));
        const HistoryStore::Start refused = store->startCreate(QStringLiteral("Team"), spec(QStringLiteral("s2")));
        QCOMPARE(refused.id, qint64(-1));
        QVERIFY(!refused.heldBy);
        QVERIFY(!store->isAvailable());
        QVERIFY(!store->unavailableReason().isEmpty());
        QCOMPARE(availability.size(), 1);
        QCOMPARE(availability.first().at(0).toBool(), false);

        QVERIFY2(m_place->server()->start(), qPrintable(m_place->server()->errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(store->isAvailable(), 15000);
        QCOMPARE(availability.last().at(0).toBool(), true);
        QCOMPARE(store->endpoint(keyOf(spec()))->state, InventoryEntry::State::Active);
        QVERIFY(store->startCreate(QStringLiteral("Team"), spec(QStringLiteral("s2"))).id > 0);
    }

    void opensOverTlsWithTheServersAuthorityOnly()
    {
        PostgresServer tls;
        QVERIFY2(tls.startWithTls() && tls.createDatabase(QStringLiteral("record")), qPrintable(tls.errorString()));
        HistoryStore verified(tls.tlsServer(QStringLiteral("record")));
        QVERIFY2(verified.isAvailable(), qPrintable(verified.notices().join(QLatin1Char('\n'))));
        QVERIFY(verified.recordCreateStarted(QStringLiteral("Team"), spec()) > 0);

        // Signed by some other authority: refused, and said.
        RecordServer other = tls.tlsServer(QStringLiteral("record"));
        other.caFile = QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
        HistoryStore refused(other);
        QVERIFY(!refused.isAvailable());
        QVERIFY(!refused.notices().isEmpty());
        QVERIFY2(refused.notices().first().contains(other.display()), qPrintable(refused.notices().first()));
    }

    void aTeamsMembersShareTheTablesTheFirstOneMade()
    {
        // As docs/TEAM.md has the administrator set it up: a role owning the database, one login each.
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            PostgresConnection::configure(admin, m_place->server()->server());
            QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
            QSqlQuery sql(admin);
            for (const QString &statement :
                 {QStringLiteral("CREATE ROLE endpointdesk NOLOGIN"),
                  QStringLiteral("CREATE DATABASE team OWNER endpointdesk"),
                  QStringLiteral("CREATE ROLE alice LOGIN PASSWORD 'alice-pw' IN ROLE endpointdesk"),
                  QStringLiteral("CREATE ROLE bob LOGIN PASSWORD 'bob-pw' IN ROLE endpointdesk")})
                QVERIFY2(sql.exec(statement), qPrintable(statement + QLatin1Char(' ') + sql.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        const auto member = [this](const QString &user) {
            RecordServer server = m_place->server()->tcpServer(QStringLiteral("team"));
            server.user = user;
            server.password = user + QLatin1String("-pw");
            auto store = std::make_unique<HistoryStore>(server, HistoryStore::Opening::OnFirstUse);
            store->setOperatorName(user + QLatin1String("@desk"));
            return store;
        };
        const auto alice = member(QStringLiteral("alice"));
        QVERIFY2(alice->isAvailable(), qPrintable(alice->notices().join(QLatin1Char('\n'))));
        QVERIFY(alice->recordFinished(alice->recordCreateStarted(QStringLiteral("Team"), spec()), created()));
        // Made by Alice, usable by Bob: the tables belong to the team's role.
        const auto bob = member(QStringLiteral("bob"));
        QVERIFY2(bob->isAvailable(), qPrintable(bob->notices().join(QLatin1Char('\n'))));
        const std::optional<InventoryEntry> alicesEndpoint = bob->endpoint(keyOf(spec()));
        QVERIFY(alicesEndpoint.has_value());
        QCOMPARE(alicesEndpoint->createdBy, QStringLiteral("alice@desk"));
        const qint64 deleting = bob->recordDeleteStarted(QStringLiteral("Team"), keyOf(spec()));
        QVERIFY(deleting > 0);
        QSqlQuery owner(QSqlDatabase::database(bob->connectionName()));
        QVERIFY(owner.exec(QStringLiteral("SELECT tableowner FROM pg_tables WHERE tablename = 'endpoints'")));
        QVERIFY(owner.next());
        QCOMPARE(owner.value(0).toString(), QStringLiteral("endpointdesk"));
    }

    void aServerThatNeverAnswersNeverHoldsUpTheWindow()
    {
        // It takes the connection and says nothing, as a server behind a firewall that drops packets.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        RecordServer server = m_place->recordServer();
        server.host = QStringLiteral("127.0.0.1");
        server.port = silent.serverPort();
        HistoryStore store(QStringLiteral(":memory:"));
        QSignalSpy noticed(&store, &HistoryStore::noticed);
        TestSupport::StallMeter stalls;
        stalls.start();
        store.useServer(server);
        QVERIFY(store.isConnecting());
        QVERIFY(!store.isAvailable());
        QVERIFY2(RecordStatus::describe(store).startsWith(QStringLiteral("Connecting to the shared record on")),
                 qPrintable(RecordStatus::describe(store)));
        QCOMPARE(store.startCreate(QStringLiteral("Team"), spec()).id, qint64(-1)); // nothing unrecorded
        QTRY_VERIFY_WITH_TIMEOUT(!store.isConnecting(), 15000);
        const double worstMs = stalls.stop();
        QVERIFY2(worstMs < 250, qPrintable(QString::number(worstMs)));
        QVERIFY(!store.isAvailable());
        QVERIFY(RecordStatus::describe(store).contains(QStringLiteral("cannot be reached")));
        QCOMPARE(noticed.size(), 1);
        QVERIFY2(noticed.first().at(0).toString().contains(server.display()),
                 qPrintable(noticed.first().at(0).toString()));
    }

    void aKilledWriterLosesNoCommittedRecord()
    {
        m_place->open(QStringLiteral("setup@desk"))->isOpen();
        const RecordServer server = m_place->recordServer();
        QProcess writer;
        writer.start(
            QStringLiteral(ENDPOINTDESK_CRASHER),
            {QStringLiteral("--server"), server.host, QString::number(server.port), server.database, server.user});
        QVERIFY(writer.waitForStarted());
        QList<qint64> committed;
        while (committed.size() < 25) {
            QVERIFY2(writer.waitForReadyRead(30000), qPrintable(QString::fromUtf8(writer.readAllStandardError())));
            while (writer.canReadLine())
                committed.append(writer.readLine().trimmed().toLongLong());
        }
        writer.kill(); // SIGKILL, in the middle of its next write
        QVERIFY(writer.waitForFinished(30000));
        committed.append(0); // whatever was on its way
        committed.removeAll(0);

        const auto store = m_place->open(QStringLiteral("check@desk"));
        for (const qint64 id : std::as_const(committed)) {
            const std::optional<HistoryRecord> record = store->record(id);
            QVERIFY2(record.has_value(), qPrintable(QString::number(id)));
            QCOMPARE(record->outcome, Outcome::Succeeded);
        }
        QVERIFY(store->inventory().size() >= committed.size());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    RecordPlace place;
    QString error;
    if (!place.begin(&error)) {
        qCritical("The throwaway PostgreSQL server did not start: %s", qPrintable(error));
        return 1;
    }
    TestRecordStore common(&place);
    int failures = QTest::qExec(&common, argc, argv);
    if (onPostgres()) {
        TestSharedRecord shared(&place);
        failures += QTest::qExec(&shared, argc, argv);
    }
    return failures;
}

#include "tst_recordstore.moc"
