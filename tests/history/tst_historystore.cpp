#include "HistoryModel.h"
#include "HistoryStore.h"
#include "InventoryModel.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace EndpointDesk;

Q_DECLARE_METATYPE(EndpointDesk::InventoryEntry::State)

class TestHistoryStore : public QObject
{
    Q_OBJECT

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }

    static EndpointSpec spec(const QString &vpc = QStringLiteral("11111111-2222-3333-4444-555555555555"))
    {
        EndpointSpec spec;
        spec.region = QStringLiteral("cn-north-4");
        spec.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
        spec.vpcId = vpc;
        spec.subnetId = QStringLiteral("66666666-7777-8888-9999-000000000000");
        spec.flavor = QStringLiteral("default");
        spec.agency = QStringLiteral("fgs-agency");
        return spec;
    }

    static EndpointKey keyOf(const EndpointSpec &spec)
    {
        return {spec.region, spec.projectId, spec.vpcId, spec.subnetId};
    }

    static EndpointResult created()
    {
        EndpointResult result;
        result.outcome = Outcome::Succeeded;
        result.endpointIps = {QStringLiteral("192.168.0.10"), QStringLiteral("192.168.0.11")};
        result.address = QStringLiteral("https://fgs.example.com");
        result.httpStatus = 200;
        result.requestId = QStringLiteral("req-created");
        return result;
    }

    static EndpointResult failure(Outcome outcome, const QString &code, int http)
    {
        EndpointResult result;
        result.outcome = outcome;
        result.error.outcome = outcome;
        result.error.code = code;
        result.error.message = QStringLiteral("went wrong");
        result.httpStatus = http;
        result.requestId = QStringLiteral("req-failed");
        return result;
    }

    // The cloud's answer when an endpoint is already there (FSS.0409), as the response parser reads it.
    static EndpointResult alreadyExists()
    {
        EndpointResult result = failure(Outcome::AnsweredError, QStringLiteral("FSS.0409"), 409);
        result.alreadyExists = true;
        return result;
    }

    static QString pragma(const QString &connection, const QString &name)
    {
        QSqlQuery query(QSqlDatabase::database(connection, false));
        if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
            return QStringLiteral("<error>");
        return query.value(0).toString();
    }

    // A second, independent connection to a file, as another program would read it.
    static QString pragmaFromOutside(const QString &file, const QString &name)
    {
        QString value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("outside"));
            db.setDatabaseName(file);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("PRAGMA ") + name) && query.next())
                    value = query.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("outside"));
        return value;
    }

    // Opens a copy of the file version `version` of the schema wrote (tests/unit/data); *opened is set only when
    // it was migrated to the current version without a word.
    void openFixture(int version, std::unique_ptr<HistoryStore> *opened) const
    {
        QVERIFY(QFile::copy(QStringLiteral(ENDPOINTDESK_TEST_DATA_DIR "/history-v%1.sqlite").arg(version), path()));
        QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(pragmaFromOutside(path(), QStringLiteral("user_version")), QString::number(version));
        auto store = std::make_unique<HistoryStore>(path());
        QVERIFY(store->isOpen());
        QVERIFY2(store->notices().isEmpty(), qPrintable(store->notices().join(QLatin1Char('\n'))));
        QCOMPARE(pragma(store->connectionName(), QStringLiteral("user_version")),
                 QString::number(HistoryStore::SchemaVersion));
        *opened = std::move(store);
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void roundTrip()
    {
        {
            HistoryStore store(path());
            QVERIFY(store.isOpen());
            QVERIFY(store.notices().isEmpty());
            QSignalSpy changed(&store, &HistoryStore::changed);
            const qint64 id = store.recordCreateStarted(QStringLiteral("Production"), spec());
            QVERIFY(id > 0);
            QVERIFY(store.recordFinished(id, created()));
            QCOMPARE(changed.size(), 2);
        }
        HistoryStore reopened(path());
        const QList<InventoryEntry> entries = reopened.inventory();
        QCOMPARE(entries.size(), 1);
        const InventoryEntry &entry = entries.first();
        QCOMPARE(entry.key, keyOf(spec()));
        QCOMPARE(entry.state, InventoryEntry::State::Active);
        QCOMPARE(entry.ips, created().endpointIps);
        QCOMPARE(entry.address, created().address);
        QCOMPARE(entry.flavor, QStringLiteral("default"));
        QCOMPARE(entry.agency, QStringLiteral("fgs-agency"));
        QCOMPARE(entry.profile, QStringLiteral("Production"));
        QVERIFY(entry.created.isValid());
        QCOMPARE(entry.created.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(entry.created.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        const QList<HistoryRecord> history = reopened.history();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().operation, HistoryRecord::Operation::Create);
        QCOMPARE(history.first().outcome, Outcome::Succeeded);
        QCOMPARE(history.first().httpStatus, 200);
        QCOMPARE(history.first().requestId, QStringLiteral("req-created"));
        QCOMPARE(history.first().vpcId, spec().vpcId);
    }

    void openingOnFirstUseTouchesNothingBefore()
    {
        HistoryStore store(path(), HistoryStore::Opening::OnFirstUse);
        QSignalSpy opened(&store, &HistoryStore::opened);
        QVERIFY(!store.openAttempted());
        QVERIFY(!QFile::exists(path()));
        QVERIFY(!QSqlDatabase::contains(store.connectionName()));
        // The first read opens it, once.
        QVERIFY(store.inventory().isEmpty());
        QVERIFY(store.openAttempted());
        QVERIFY(store.isOpen());
        QVERIFY(QFile::exists(path()));
        QCOMPARE(opened.size(), 1);
        store.openNow();
        QVERIFY(store.recordCreateStarted(QStringLiteral("P"), spec()) > 0);
        QCOMPARE(opened.size(), 1);
    }

    void damageFoundOnFirstUseIsToldThen()
    {
        {
            QFile file(path());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
        }
        HistoryStore store(path(), HistoryStore::Opening::OnFirstUse);
        QSignalSpy opened(&store, &HistoryStore::opened);
        QVERIFY(store.notices().isEmpty());
        store.openNow();
        QCOMPARE(opened.size(), 1);
        QVERIFY(store.isOpen());
        QCOMPARE(store.notices().size(), 1);
        QVERIFY(store.notices().first().contains(QStringLiteral("damaged")));
    }

    // n endpoints in one transaction, every third of them in need of attention, all created at the same
    // moment in pairs, so that the order's every key (attention, time, row) decides somewhere.
    static QList<InventoryEntry> manyEntries(int n)
    {
        QList<InventoryEntry> entries;
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
        for (int i = 0; i < n; ++i) {
            InventoryEntry entry;
            entry.key = {QStringLiteral("cn-north-4"), QStringLiteral("p"), QStringLiteral("vpc"),
                         QStringLiteral("subnet-%1").arg(i)};
            entry.state = i % 3 == 0 ? InventoryEntry::State::Unknown : InventoryEntry::State::Active;
            entry.created = start.addSecs(i / 2);
            entries.append(entry);
        }
        return entries;
    }

    void aColleaguesRecordHeardLateTakesItsPlace()
    {
        HistoryStore mine(path());
        HistoryStore colleague(path());
        HistoryModel model(&mine);
        EndpointSpec theirs = spec();
        theirs.subnetId = QStringLiteral("subnet-theirs");
        const qint64 older = colleague.recordCreateStarted(QStringLiteral("P"), theirs);
        const qint64 newer = mine.recordCreateStarted(QStringLiteral("P"), spec());
        QVERIFY(older > 0 && newer > older);
        QCOMPARE(model.rowCount(), 1); // its own, heard at once
        // The colleague's, heard after (as a shared record's notification may be): below the newer one.
        Q_EMIT mine.recordAdded(older);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.record(0).id, newer);
        QCOMPARE(model.record(1).id, older);
        Q_EMIT mine.recordAdded(older); // heard twice: listed once
        QCOMPARE(model.rowCount(), 2);
    }

    void historyModelReadsPagesAsScrolled()
    {
        HistoryStore store(QStringLiteral(":memory:"));
        const int count = HistoryModel::PageSize * 2 + 50;
        for (int i = 0; i < count; ++i) {
            // Each in a place of its own: a place is claimed while its request is pending.
            EndpointSpec each = spec();
            each.subnetId = QStringLiteral("subnet-%1").arg(i);
            QVERIFY(store.recordCreateStarted(QStringLiteral("P"), each) > 0);
        }
        HistoryModel model(&store);
        QCOMPARE(model.rowCount(), HistoryModel::PageSize);
        while (model.canFetchMore())
            model.fetchMore();
        QCOMPARE(model.rowCount(), count);
        const QList<HistoryRecord> all = store.history();
        for (int row = 0; row < count; ++row)
            QCOMPARE(model.record(row).id, all.at(row).id);
    }

    void inventoryModelReadsPagesInTheStoresOrder()
    {
        HistoryStore store(QStringLiteral(":memory:"));
        const int count = InventoryModel::PageSize * 2 + 50;
        QCOMPARE(store.mergeInventory(manyEntries(count)), count);
        InventoryModel model(&store);
        QCOMPARE(model.rowCount(), InventoryModel::PageSize);
        while (model.canFetchMore())
            model.fetchMore();
        const QList<InventoryEntry> all = store.inventory();
        QCOMPARE(model.rowCount(), all.size());
        for (int row = 0; row < all.size(); ++row)
            QCOMPARE(model.entry(row).key, all.at(row).key);
        QCOMPARE(model.entry(0).state, InventoryEntry::State::Unknown); // what needs attention first
    }

    void aWriteChangesOneRowOfTheModels()
    {
        HistoryStore store(QStringLiteral(":memory:"));
        QCOMPARE(store.mergeInventory(manyEntries(InventoryModel::PageSize + 10)), InventoryModel::PageSize + 10);
        InventoryModel inventory(&store);
        HistoryModel history(&store);
        QSignalSpy inventoryResets(&inventory, &QAbstractItemModel::modelReset);
        QSignalSpy historyResets(&history, &QAbstractItemModel::modelReset);
        QSignalSpy inventoryInserts(&inventory, &QAbstractItemModel::rowsInserted);
        QSignalSpy historyInserts(&history, &QAbstractItemModel::rowsInserted);
        QSignalSpy historyChanges(&history, &QAbstractItemModel::dataChanged);
        QSignalSpy inventoryChanges(&inventory, &QAbstractItemModel::dataChanged);

        const qint64 id = store.recordCreateStarted(QStringLiteral("P"), spec());
        QCOMPARE(historyInserts.size(), 1);
        QCOMPARE(history.rowCount(), 1);
        QVERIFY(store.recordFinished(id, created()));
        QCOMPARE(historyChanges.size(), 1);
        QCOMPARE(history.record(0).outcome, Outcome::Succeeded);
        // Created now: on top of the active endpoints, below those in need of attention.
        QCOMPARE(inventoryInserts.size(), 1);
        const int row = inventory.rowOf(keyOf(spec()));
        QVERIFY(row > 0);
        QCOMPARE(inventory.entry(row - 1).state, InventoryEntry::State::Unknown);
        QCOMPARE(inventory.entry(row + 1).state, InventoryEntry::State::Active);
        QCOMPARE(inventory.rowCount(), InventoryModel::PageSize + 1);

        // Deleted: the same row, changed where it is.
        const qint64 removal = store.recordDeleteStarted(QStringLiteral("P"), keyOf(spec()));
        EndpointResult deleted;
        deleted.outcome = Outcome::Succeeded;
        QVERIFY(store.recordFinished(removal, deleted));
        QCOMPARE(inventoryChanges.size(), 1);
        QCOMPARE(inventory.rowOf(keyOf(spec())), row);
        QCOMPARE(inventory.entry(row).state, InventoryEntry::State::Deleted);
        QCOMPARE(history.rowCount(), 2);
        QCOMPARE(inventoryResets.size(), 0);
        QCOMPARE(historyResets.size(), 0);
    }

    void damageInsideTheFileIsFoundAfterOpening()
    {
        {
            HistoryStore store(path());
            QCOMPARE(store.mergeInventory(manyEntries(2000)), 2000);
        }
        {
            // A page in the middle of the file, past the header and the schema, overwritten.
            QFile file(path());
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 16 * 4096);
            QVERIFY(file.seek(file.size() / 2 / 4096 * 4096));
            file.write(QByteArray(4096, '\xff'));
        }
        HistoryStore store(path(), HistoryStore::Opening::OnFirstUse);
        QSignalSpy noticed(&store, &HistoryStore::noticed);
        QSignalSpy replaced(&store, &HistoryStore::replaced);
        // Opened without reading every page on this thread; the check on a worker finds the damage.
        store.openNow();
        QVERIFY(store.isOpen());
        QTRY_COMPARE(noticed.size(), 1);
        QVERIFY(noticed.first().first().toString().contains(QStringLiteral("damaged")));
        QCOMPARE(replaced.size(), 1);
        QVERIFY(store.isOpen());
        QVERIFY(store.inventory().isEmpty()); // a new, empty history
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("history.sqlite.damaged-*")}, QDir::Files).size(), 1);
        QVERIFY(store.recordCreateStarted(QStringLiteral("P"), spec()) > 0);
    }

    void createIsPendingUntilItsOutcome()
    {
        HistoryStore store(path());
        const qint64 id = store.recordCreateStarted(QStringLiteral("P"), spec());
        QVERIFY(store.record(id)->isPending());
        // Nothing claims the endpoint exists before the cloud has said so.
        QVERIFY(store.inventory().isEmpty());
        QVERIFY(store.recordFinished(id, created()));
        QCOMPARE(store.record(id)->outcome, Outcome::Succeeded);
    }

    void createOutcomes_data()
    {
        QTest::addColumn<EndpointResult>("result");
        QTest::addColumn<bool>("listed");
        QTest::addColumn<InventoryEntry::State>("state");

        QTest::newRow("created") << created() << true << InventoryEntry::State::Active;
        QTest::newRow("refused 400") << failure(Outcome::AnsweredError, QStringLiteral("FSS.0400"), 400) << false
                                     << InventoryEntry::State::Unknown;
        QTest::newRow("401") << failure(Outcome::AnsweredError, QStringLiteral("APIGW.0301"), 401) << false
                             << InventoryEntry::State::Unknown;
        QTest::newRow("not sent: plain http")
            << failure(Outcome::NotSent, QStringLiteral("REFUSED"), 0) << false << InventoryEntry::State::Unknown;
        QTest::newRow("could not connect") << failure(Outcome::CouldNotConnect, QStringLiteral("NETWORK"), 0) << false
                                           << InventoryEntry::State::Unknown;
        QTest::newRow("timeout") << failure(Outcome::NoAnswer, QStringLiteral("TIMEOUT"), 0) << true
                                 << InventoryEntry::State::Unknown;
        QTest::newRow("dropped") << failure(Outcome::NoAnswer, QStringLiteral("NETWORK"), 0) << true
                                 << InventoryEntry::State::Unknown;
        QTest::newRow("unreadable success")
            << failure(Outcome::UnreadableSuccess, QStringLiteral("UNEXPECTED_RESPONSE"), 200) << true
            << InventoryEntry::State::Unknown;
        // An error status is an answer: the cloud says it did not act.
        QTest::newRow("500") << failure(Outcome::AnsweredError, QStringLiteral("FSS.0500"), 500) << false
                             << InventoryEntry::State::Unknown;
        QTest::newRow("cancelled after sending")
            << failure(Outcome::CancelledAfterSending, QStringLiteral("CANCELLED"), 0) << true
            << InventoryEntry::State::Unknown;
        QTest::newRow("cancelled before sending")
            << failure(Outcome::CancelledBeforeSending, QStringLiteral("CANCELLED"), 0) << false
            << InventoryEntry::State::Unknown;
        QTest::newRow("already exists") << alreadyExists() << true << InventoryEntry::State::Exists;
        QTest::newRow("conflict not about the endpoint")
            << failure(Outcome::AnsweredError, QStringLiteral("409"), 409) << false << InventoryEntry::State::Unknown;
    }

    void createOutcomes()
    {
        QFETCH(EndpointResult, result);
        QFETCH(bool, listed);
        QFETCH(InventoryEntry::State, state);

        HistoryStore store(path());
        const qint64 id = store.recordCreateStarted(QStringLiteral("P"), spec());
        QVERIFY(store.recordFinished(id, result));
        const HistoryRecord record = *store.record(id);
        QCOMPARE(record.outcome, std::optional<Outcome>(result.outcome));
        QCOMPARE(record.errorCode, result.error.code);
        QCOMPARE(record.httpStatus, result.httpStatus);
        QCOMPARE(record.requestId, result.requestId);
        const auto entry = store.endpoint(keyOf(spec()));
        QCOMPARE(entry.has_value(), listed);
        if (listed)
            QCOMPARE(entry->state, state);
    }

    void uncertainCreateKeepsAKnownEndpoint()
    {
        HistoryStore store(path());
        QVERIFY(store.recordFinished(store.recordCreateStarted({}, spec()), created()));
        QVERIFY(store.recordFinished(store.recordCreateStarted({}, spec()),
                                     failure(Outcome::NoAnswer, QStringLiteral("TIMEOUT"), 0)));
        const auto entry = store.endpoint(keyOf(spec()));
        QCOMPARE(entry->state, InventoryEntry::State::Active);
        QCOMPARE(entry->ips, created().endpointIps);
    }

    void alreadyExisting_data()
    {
        // What the store knew of the endpoint before a create of it was refused as a duplicate.
        QTest::addColumn<QList<EndpointResult>>("before");
        QTest::addColumn<InventoryEntry::State>("state");

        EndpointResult deleted;
        deleted.outcome = Outcome::Succeeded;
        deleted.httpStatus = 204;
        const EndpointResult timeout = failure(Outcome::NoAnswer, QStringLiteral("TIMEOUT"), 0);
        QTest::newRow("nothing") << QList<EndpointResult>() << InventoryEntry::State::Exists;
        QTest::newRow("created here") << QList<EndpointResult>{created()} << InventoryEntry::State::Active;
        QTest::newRow("create unanswered") << QList<EndpointResult>{timeout} << InventoryEntry::State::Exists;
        QTest::newRow("deleted") << QList<EndpointResult>{created(), deleted} << InventoryEntry::State::Exists;
        QTest::newRow("already listed as existing")
            << QList<EndpointResult>{alreadyExists()} << InventoryEntry::State::Exists;
    }

    void alreadyExisting()
    {
        QFETCH(QList<EndpointResult>, before);
        QFETCH(InventoryEntry::State, state);

        {
            HistoryStore store(path());
            for (const EndpointResult &result : before) {
                const bool isDelete = result.httpStatus == 204; // only a delete is answered with 204
                const qint64 id = isDelete ? store.recordDeleteStarted(QStringLiteral("P"), keyOf(spec()))
                                           : store.recordCreateStarted(QStringLiteral("P"), spec());
                QVERIFY(store.recordFinished(id, result));
            }
            QVERIFY(store.recordFinished(store.recordCreateStarted(QStringLiteral("Other"), spec()), alreadyExists()));
            QCOMPARE(store.history().first().outcome, Outcome::AnsweredError);
            QCOMPARE(store.history().first().errorCode, QStringLiteral("FSS.0409"));
        }
        HistoryStore reopened(path());
        QCOMPARE(reopened.inventory().size(), 1);
        const InventoryEntry entry = reopened.inventory().first();
        QCOMPARE(entry.key, keyOf(spec()));
        QCOMPARE(entry.state, state);
        if (state == InventoryEntry::State::Active) {
            // What this program created stays as it was.
            QCOMPARE(entry.ips, created().endpointIps);
            QCOMPARE(entry.address, created().address);
            QCOMPARE(entry.flavor, QStringLiteral("default"));
            QCOMPARE(entry.profile, QStringLiteral("P"));
            return;
        }
        // Nothing is claimed but its place: the refused request's flavor and agency are not the endpoint's.
        QVERIFY(entry.ips.isEmpty());
        QVERIFY(entry.address.isEmpty());
        QVERIFY(entry.flavor.isEmpty());
        QVERIFY(entry.agency.isEmpty());
        QVERIFY(!entry.created.isValid());
        QVERIFY(!entry.deleted.isValid());
        QCOMPARE(entry.profile, QStringLiteral("Other")); // whose credentials reach it
    }

    void existingStaysWhenACreateGetsNoAnswer_data()
    {
        QTest::addColumn<EndpointResult>("result");
        QTest::newRow("timeout") << failure(Outcome::NoAnswer, QStringLiteral("TIMEOUT"), 0);
        QTest::newRow("cancelled") << failure(Outcome::CancelledAfterSending, QStringLiteral("CANCELLED"), 0);
    }

    void existingStaysWhenACreateGetsNoAnswer()
    {
        QFETCH(EndpointResult, result);
        HistoryStore store(path());
        QVERIFY(store.recordFinished(store.recordCreateStarted({}, spec()), alreadyExists()));
        const qint64 id = store.recordCreateStarted({}, spec());
        QVERIFY(store.recordFinished(id, result));
        QCOMPARE(store.record(id)->outcome, std::optional<Outcome>(result.outcome));
        // The cloud said it is there; a create that went unanswered cannot have removed it.
        QCOMPARE(store.endpoint(keyOf(spec()))->state, InventoryEntry::State::Exists);
    }

    void existingEndpointsAreListedFirst()
    {
        HistoryStore store(path());
        const EndpointSpec other = spec(QStringLiteral("aaaaaaaa-2222-3333-4444-555555555555"));
        QVERIFY(store.recordFinished(store.recordCreateStarted({}, other), alreadyExists()));
        QVERIFY(store.recordFinished(store.recordCreateStarted({}, spec()), created()));
        const QList<InventoryEntry> entries = store.inventory();
        QCOMPARE(entries.size(), 2);
        // Nothing is known of it but that it is there: it needs a look before those created here.
        QCOMPARE(entries.first().key, keyOf(other));
        QCOMPARE(entries.first().state, InventoryEntry::State::Exists);
    }

    void deleteOutcomes_data()
    {
        // How the endpoint came to be listed: created here, or refused as already existing.
        QTest::addColumn<EndpointResult>("listedBy");
        QTest::addColumn<EndpointResult>("result");
        QTest::addColumn<InventoryEntry::State>("state");

        EndpointResult deleted;
        deleted.outcome = Outcome::Succeeded;
        deleted.httpStatus = 204;
        EndpointResult gone = deleted;
        gone.httpStatus = 404;
        gone.wasAlreadyGone = true;
        const EndpointResult forbidden = failure(Outcome::AnsweredError, QStringLiteral("FSS.0403"), 403);
        const EndpointResult timeout = failure(Outcome::NoAnswer, QStringLiteral("TIMEOUT"), 0);
        QTest::newRow("deleted") << created() << deleted << InventoryEntry::State::Deleted;
        QTest::newRow("already gone") << created() << gone << InventoryEntry::State::Deleted;
        QTest::newRow("forbidden") << created() << forbidden << InventoryEntry::State::Active;
        QTest::newRow("timeout") << created() << timeout << InventoryEntry::State::Unknown;
        QTest::newRow("could not connect")
            << created() << failure(Outcome::CouldNotConnect, QStringLiteral("NETWORK"), 0)
            << InventoryEntry::State::Active;
        QTest::newRow("cancelled before sending")
            << created() << failure(Outcome::CancelledBeforeSending, QStringLiteral("CANCELLED"), 0)
            << InventoryEntry::State::Active;
        QTest::newRow("cancelled after sending")
            << created() << failure(Outcome::CancelledAfterSending, QStringLiteral("CANCELLED"), 0)
            << InventoryEntry::State::Unknown;
        QTest::newRow("existing, deleted") << alreadyExists() << deleted << InventoryEntry::State::Deleted;
        QTest::newRow("existing, already gone") << alreadyExists() << gone << InventoryEntry::State::Deleted;
        QTest::newRow("existing, forbidden") << alreadyExists() << forbidden << InventoryEntry::State::Exists;
        QTest::newRow("existing, timeout") << alreadyExists() << timeout << InventoryEntry::State::Unknown;
    }

    void deleteOutcomes()
    {
        QFETCH(EndpointResult, listedBy);
        QFETCH(EndpointResult, result);
        QFETCH(InventoryEntry::State, state);

        HistoryStore store(path());
        QVERIFY(store.recordFinished(store.recordCreateStarted(QStringLiteral("P"), spec()), listedBy));
        const qint64 id = store.recordDeleteStarted(QStringLiteral("P"), keyOf(spec()));
        QCOMPARE(store.record(id)->operation, HistoryRecord::Operation::Delete);
        // The delete names the flavor known of the endpoint: none when it was not created here.
        QCOMPARE(store.record(id)->flavor, listedBy.succeeded() ? QStringLiteral("default") : QString());
        QVERIFY(store.recordFinished(id, result));
        const auto entry = store.endpoint(keyOf(spec()));
        QCOMPARE(entry->state, state);
        QCOMPARE(entry->deleted.isValid(), state == InventoryEntry::State::Deleted);
        QCOMPARE(store.history().size(), 2);
        QCOMPARE(store.history().first().id, id); // newest first
    }

    void walAndFullSync()
    {
        HistoryStore store(path());
        QVERIFY(store.recordCreateStarted({}, spec()) > 0);
        QCOMPARE(pragma(store.connectionName(), QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(store.connectionName(), QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
        QCOMPARE(pragmaFromOutside(path(), QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragmaFromOutside(path(), QStringLiteral("user_version")),
                 QString::number(HistoryStore::SchemaVersion));
    }

    void storesPerInstanceConnections()
    {
        HistoryStore first(path());
        HistoryStore second(m_dir->filePath(QStringLiteral("other.sqlite")));
        QVERIFY(first.connectionName() != second.connectionName());
        QVERIFY(first.recordCreateStarted({}, spec()) > 0);
        QCOMPARE(first.history().size(), 1);
        QCOMPARE(second.history().size(), 0);
    }

    void migratesFromVersion1()
    {
        std::unique_ptr<HistoryStore> migrated;
        openFixture(1, &migrated);
        QVERIFY(migrated);
        HistoryStore &store = *migrated;
        QCOMPARE(pragma(store.connectionName(), QStringLiteral("journal_mode")), QStringLiteral("wal"));
        const QList<InventoryEntry> entries = store.inventory();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().state, InventoryEntry::State::Active); // version 1 listed live endpoints only
        QCOMPARE(entries.first().ips, (QStringList{QStringLiteral("192.168.0.10"), QStringLiteral("192.168.0.11")}));
        QCOMPARE(entries.first().created, QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(store.history().size(), 2);
        QCOMPARE(store.history().first().errorCode, QStringLiteral("FSS.0409"));

        // And it carries on: a delete now keeps the row, marked deleted.
        const EndpointKey key = entries.first().key;
        EndpointResult deleted;
        deleted.outcome = Outcome::Succeeded;
        QVERIFY(store.recordFinished(store.recordDeleteStarted({}, key), deleted));
        QCOMPARE(store.endpoint(key)->state, InventoryEntry::State::Deleted);
    }

    void migratesFromVersion2()
    {
        std::unique_ptr<HistoryStore> migrated;
        openFixture(2, &migrated);
        QVERIFY(migrated);
        HistoryStore &store = *migrated;

        // Each request's outcome, from what version 2 kept of it (the fixture's message says which).
        const QHash<QString, Outcome> expected{
            {QStringLiteral("created"), Outcome::Succeeded},
            {QStringLiteral("refused by the cloud"), Outcome::AnsweredError},
            {QStringLiteral("not sent"), Outcome::NotSent},
            {QStringLiteral("certificate not trusted"), Outcome::CouldNotConnect},
            // Version 2 could not tell whether these had been sent: still "may have acted".
            {QStringLiteral("no answer in time"), Outcome::NoAnswer},
            {QStringLiteral("connection failed"), Outcome::NoAnswer},
            {QStringLiteral("program ended"), Outcome::NoAnswer},
            {QStringLiteral("cancelled"), Outcome::CancelledAfterSending},
            {QStringLiteral("success not understood"), Outcome::UnreadableSuccess},
            {QStringLiteral("success too large"), Outcome::UnreadableSuccess},
            // Version 2 took an error status of 500 or more for no answer; it is the cloud's answer.
            {QStringLiteral("server error"), Outcome::AnsweredError},
            {QStringLiteral("already exists"), Outcome::AnsweredError},
            {QStringLiteral("already gone"), Outcome::Succeeded},
        };
        const QList<HistoryRecord> history = store.history();
        QCOMPARE(history.size(), expected.size() + 1);
        for (const HistoryRecord &record : history) {
            if (record.id == 14) {
                // Pending when the file was last closed: settled now as no answer, like any such request.
                QCOMPARE(record.outcome, Outcome::NoAnswer);
                QCOMPARE(record.errorCode, QStringLiteral("NO_ANSWER"));
                continue;
            }
            QVERIFY2(expected.contains(record.message), qPrintable(record.message));
            QVERIFY2(record.outcome == expected.value(record.message), qPrintable(record.message));
            if (record.message == QLatin1String("server error")) { // codes stay as they were
                QCOMPARE(record.errorCode, QStringLiteral("FSS.0500"));
                QCOMPARE(record.httpStatus, 500);
            }
        }

        // The inventory keeps its states.
        const auto state = [&store](char subnet) {
            const QString id = QStringLiteral("66666666-0000-0000-0000-00000000000") + QLatin1Char(subnet);
            const auto entry =
                store.endpoint({QStringLiteral("cn-north-4"), QStringLiteral("0123456789abcdef0123456789abcdef"),
                                QStringLiteral("11111111-2222-3333-4444-555555555555"), id});
            return entry ? InventoryEntry::stateName(entry->state) : QStringLiteral("none");
        };
        QCOMPARE(state('1'), QStringLiteral("active"));
        QCOMPARE(state('2'), QStringLiteral("none"));
        for (char subnet : {'3', '4', '5', '6', '7', 'a'})
            QCOMPARE(state(subnet), QStringLiteral("unknown"));
        QCOMPARE(state('8'), QStringLiteral("exists"));
        QCOMPARE(state('9'), QStringLiteral("deleted"));

        // A new record is written in the new form.
        QVERIFY(store.recordFinished(store.recordCreateStarted({}, spec()),
                                     failure(Outcome::CouldNotConnect, QStringLiteral("NETWORK"), 0)));
        QCOMPARE(store.history().first().outcome, Outcome::CouldNotConnect);
    }

    void migratesFromVersion3()
    {
        std::unique_ptr<HistoryStore> migrated;
        openFixture(3, &migrated);
        QVERIFY(migrated);
        HistoryStore &store = *migrated;

        // Everything version 3 kept is still there, with no names yet.
        const QList<HistoryRecord> history = store.history();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.last().requestId, QStringLiteral("req-v3-1"));
        QCOMPARE(history.last().outcome, Outcome::Succeeded);
        QCOMPARE(history.at(1).outcome, Outcome::NoAnswer);
        for (const HistoryRecord &record : history)
            QVERIFY(record.names.isEmpty());
        const QList<InventoryEntry> entries = store.inventory();
        QCOMPARE(entries.size(), 3);
        for (const InventoryEntry &entry : entries)
            QVERIFY(entry.names.isEmpty());
        const EndpointKey active{QStringLiteral("cn-north-4"), QStringLiteral("0123456789abcdef0123456789abcdef"),
                                 QStringLiteral("11111111-2222-3333-4444-555555555555"),
                                 QStringLiteral("66666666-0000-0000-0000-000000000001")};
        QCOMPARE(store.endpoint(active)->ips, QStringList{QStringLiteral("192.168.0.10")});

        // And it carries on: a delete names what the listings know, and the endpoint keeps the names.
        EndpointResult deleted;
        deleted.outcome = Outcome::Succeeded;
        const EndpointNames names{QStringLiteral("cn-north-4"), QStringLiteral("vpc-prod"), QString()};
        QVERIFY(store.recordFinished(store.recordDeleteStarted(QStringLiteral("P"), active, names), deleted));
        QCOMPARE(store.history().first().names.vpc, QStringLiteral("vpc-prod"));
        QCOMPARE(store.endpoint(active)->names.vpc, QStringLiteral("vpc-prod"));
        QCOMPARE(store.endpoint(active)->names.project, QStringLiteral("cn-north-4"));
        QVERIFY(store.endpoint(active)->names.subnet.isEmpty());
        QCOMPARE(store.endpoint(active)->state, InventoryEntry::State::Deleted);
    }

    void namesAreKeptBesideTheIds()
    {
        HistoryStore store(path());
        const EndpointNames names{QStringLiteral("production"), QStringLiteral("vpc-prod"),
                                  QStringLiteral("subnet-app")};
        QVERIFY(store.recordFinished(store.recordCreateStarted(QStringLiteral("P"), spec(), names), created()));
        const HistoryRecord record = store.history().first();
        QCOMPARE(record.names.project, names.project);
        QCOMPARE(record.names.vpc, names.vpc);
        QCOMPARE(record.names.subnet, names.subnet);
        QCOMPARE(store.endpoint(keyOf(spec()))->names.subnet, names.subnet);

        // A later request that knows no names (the listings were not loaded) keeps the ones known.
        QVERIFY(store.recordFinished(store.recordCreateStarted(QStringLiteral("P"), spec()), created()));
        QCOMPARE(store.endpoint(keyOf(spec()))->names.vpc, names.vpc);
        QVERIFY(store.history().first().names.isEmpty());

        // The tables show a name beside its id.
        HistoryModel history(&store);
        QCOMPARE(history.data(history.index(1, HistoryModel::VpcColumn)).toString(),
                 QStringLiteral("vpc-prod (%1)").arg(spec().vpcId));
        QCOMPARE(history.data(history.index(1, HistoryModel::ProjectColumn)).toString(),
                 QStringLiteral("production (%1)").arg(spec().projectId));
        QCOMPARE(history.data(history.index(0, HistoryModel::SubnetColumn)).toString(), spec().subnetId);
        InventoryModel inventory(&store);
        QCOMPARE(inventory.data(inventory.index(0, InventoryModel::SubnetColumn)).toString(),
                 QStringLiteral("subnet-app (%1)").arg(spec().subnetId));
    }

    void migratesFromAnEmptyFile()
    {
        QFile empty(path());
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        HistoryStore store(path());
        QVERIFY(store.isOpen());
        QVERIFY(store.notices().isEmpty());
        QCOMPARE(pragma(store.connectionName(), QStringLiteral("user_version")),
                 QString::number(HistoryStore::SchemaVersion));
        QVERIFY(store.recordCreateStarted({}, spec()) > 0);
    }

    void newerFileIsLeftAlone()
    {
        {
            HistoryStore store(path());
            QVERIFY(store.recordCreateStarted({}, spec()) > 0);
            QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 7")));
        }
        HistoryStore store(path());
        QVERIFY(store.isOpen());
        QCOMPARE(store.notices().size(), 1);
        QVERIFY(store.notices().first().contains(QLatin1String("newer version")));
        QCOMPARE(pragma(store.connectionName(), QStringLiteral("user_version")), QStringLiteral("7"));
        QCOMPARE(store.history().size(), 1);
    }

    void damagedFileIsMovedAside_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not a database")
            << QByteArray("this is not an SQLite file, but text that someone saved here\n").repeated(100);
        QByteArray header("SQLite format 3");
        header.append('\0');
        QTest::newRow("header then garbage") << header + QByteArray(8192, '\xa5');
    }

    void damagedFileIsMovedAside()
    {
        QFETCH(QByteArray, bytes);
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();

        HistoryStore store(path());
        QVERIFY(store.isOpen());
        QCOMPARE(store.notices().size(), 1);
        QVERIFY2(store.notices().first().contains(QLatin1String("damaged")), qPrintable(store.notices().first()));
        const QStringList aside =
            QDir(m_dir->path()).entryList({QStringLiteral("history.sqlite.damaged-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QVERIFY(store.notices().first().contains(aside.first()));
        QFile kept(m_dir->filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), bytes);

        // The fresh store works.
        const qint64 id = store.recordCreateStarted({}, spec());
        QVERIFY(store.recordFinished(id, created()));
        QCOMPARE(store.inventory().size(), 1);
    }

    void unwritableFolderIsReportedNotFatal()
    {
        // A path whose folder is a file: nothing can be created there.
        QFile blocker(m_dir->filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        HistoryStore store(m_dir->filePath(QStringLiteral("blocker/history.sqlite")));
        QVERIFY(!store.isOpen());
        QCOMPARE(store.notices().size(), 1);
        QSignalSpy problems(&store, &HistoryStore::storageProblem);
        QCOMPARE(store.recordCreateStarted({}, spec()), qint64(-1));
        QVERIFY(store.inventory().isEmpty());
        QVERIFY(!store.recordFinished(1, created()));
        QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("blocker")))); // nothing moved aside
    }

    void pendingRecordSurvivesACrash()
    {
        QProcess crasher;
        crasher.start(QStringLiteral(ENDPOINTDESK_CRASHER), {path()});
        QVERIFY(crasher.waitForFinished(30000));
        QCOMPARE(crasher.exitCode(), 70);

        HistoryStore store(path());
        const QList<HistoryRecord> history = store.history();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().profile, QStringLiteral("Crashing"));
        QCOMPARE(history.first().outcome, Outcome::NoAnswer);
        QCOMPARE(history.first().errorCode, QStringLiteral("NO_ANSWER"));
        const QList<InventoryEntry> entries = store.inventory();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().state, InventoryEntry::State::Unknown);
        QCOMPARE(entries.first().key.vpcId, QStringLiteral("11111111-2222-3333-4444-555555555555"));
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
