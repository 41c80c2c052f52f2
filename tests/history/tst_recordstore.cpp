// The record's behaviour, the same on both back ends: run once on a SQLite file and once on a throwaway
// PostgreSQL server (ENDPOINTDESK_RECORD_BACKEND=postgres), each test on a record of its own. What only a
// shared server does (notifications, the server going away, a writer killed) runs in the second run only.
#include "HistoryStore.h"
#include "PostgresServer.h"
#include "StallMeter.h"

#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

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

EndpointResult created()
{
    EndpointResult result;
    result.outcome = Outcome::Succeeded;
    result.httpStatus = 200;
    result.endpointIps = {QStringLiteral("192.168.0.10")};
    result.address = QStringLiteral("ep.example");
    return result;
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
        {
            QSqlQuery age(QSqlDatabase::database(alice->connectionName()));
            age.prepare(QStringLiteral("UPDATE claims SET since = :since"));
            age.bindValue(QStringLiteral(":since"), QDateTime::currentDateTimeUtc()
                                                        .addSecs(-HistoryStore::ClaimLifetimeSeconds - 5)
                                                        .toString(Qt::ISODateWithMs));
            QVERIFY(age.exec());
        }
        QVERIFY(!bob->claimOn(keyOf(spec())));
        const HistoryStore::Start next = bob->startCreate(QStringLiteral("Other"), spec());
        QVERIFY(next.id > 0);
        QCOMPARE(bob->record(abandoned)->outcome, Outcome::NoAnswer);
        QCOMPARE(bob->endpoint(keyOf(spec()))->state, InventoryEntry::State::Unknown);
        QCOMPARE(bob->claimOn(keyOf(spec()))->operatorName, QStringLiteral("bob@desk-2"));
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
        QVERIFY(all.first().place.needsAttention);
        QCOMPARE(all.first().entry.createdBy, QStringLiteral("bob@desk-2"));
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
        QCOMPARE(store.startCreate(QStringLiteral("Team"), spec()).id, qint64(-1)); // nothing unrecorded
        QTRY_VERIFY_WITH_TIMEOUT(!store.isConnecting(), 15000);
        const double worstMs = stalls.stop();
        QVERIFY2(worstMs < 250, qPrintable(QString::number(worstMs)));
        QVERIFY(!store.isAvailable());
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
