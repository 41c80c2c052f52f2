// Endpoints that enter the record without a create from here: adopted by hand (made in the console,
// KooCLI or Terraform), or merged from a colleague's exported record. Against a real SQLite file.
#include "HistoryExporter.h"
#include "HistoryStore.h"
#include "InventoryImport.h"
#include "InventoryModel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace EndpointDesk;

namespace {

const QString Project = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString Vpc = QStringLiteral("11111111-2222-3333-4444-555555555555");

EndpointKey key(int subnet)
{
    return {QStringLiteral("cn-east-3"), Project, Vpc,
            QStringLiteral("66666666-7777-8888-9999-%1").arg(subnet, 12, 10, QLatin1Char('0'))};
}

EndpointSpec specAt(const EndpointKey &key)
{
    EndpointSpec spec;
    spec.region = key.region;
    spec.projectId = key.projectId;
    spec.vpcId = key.vpcId;
    spec.subnetId = key.subnetId;
    return spec;
}

EndpointResult outcome(Outcome outcome, bool alreadyExists = false)
{
    EndpointResult result;
    result.outcome = outcome;
    result.alreadyExists = alreadyExists;
    result.httpStatus = outcome == Outcome::Succeeded ? 200 : 409;
    return result;
}

QJsonObject entryObject(const EndpointKey &key)
{
    return {{QStringLiteral("state"), QStringLiteral("active")},
            {QStringLiteral("region"), key.region},
            {QStringLiteral("project_id"), key.projectId},
            {QStringLiteral("vpc_id"), key.vpcId},
            {QStringLiteral("subnet_id"), key.subnetId},
            {QStringLiteral("flavor"), QStringLiteral("normal")},
            {QStringLiteral("agency"), QStringLiteral("fgs-agency")},
            {QStringLiteral("ips"), QJsonArray{QStringLiteral("192.168.0.10")}},
            {QStringLiteral("address"), QStringLiteral("ep.example.com")},
            {QStringLiteral("created"), QStringLiteral("2026-11-01T10:00:00.000Z")},
            {QStringLiteral("profile"), QStringLiteral("Colleague")},
            {QStringLiteral("deleted"), QString()},
            {QStringLiteral("vpc_name"), QStringLiteral("vpc-prod")}};
}

QByteArray recordWith(const QJsonArray &endpoints)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), HistoryExporter::formatName()},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("exported"), QStringLiteral("2026-11-30T10:00:00.000Z")},
                                     {QStringLiteral("endpoints"), endpoints},
                                     {QStringLiteral("history"), QJsonArray()}})
        .toJson();
}

} // namespace

class TestInventoryIntake : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void adoptedEndpointIsListedAndKeptAcrossARestart()
    {
        {
            HistoryStore store(path());
            QSignalSpy changed(&store, &HistoryStore::changed);
            QCOMPARE(store.recordAdopted(QStringLiteral("Ops"), key(1), {QString(), QStringLiteral("vpc-prod"), {}}),
                     HistoryStore::AdoptResult::Added);
            QCOMPARE(changed.size(), 1);
        }
        HistoryStore reopened(path());
        const auto entry = reopened.endpoint(key(1));
        QVERIFY(entry.has_value());
        QCOMPARE(entry->state, InventoryEntry::State::Adopted);
        QCOMPARE(entry->profile, QStringLiteral("Ops"));
        QCOMPARE(entry->names.vpc, QStringLiteral("vpc-prod"));
        QVERIFY(!entry->created.isValid()); // not created here
        QVERIFY(entry->mayBeDeleted());
        const QList<HistoryRecord> history = reopened.history();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().operation, HistoryRecord::Operation::Adopt);
        QCOMPARE(history.first().outcome, std::optional<Outcome>(Outcome::Succeeded));

        InventoryModel model(&reopened);
        QCOMPARE(model.data(model.index(0, InventoryModel::StateColumn)).toString(),
                 QStringLiteral("Adopted (not created here)"));
    }

    void adoptingWhatIsListedChangesNothing()
    {
        HistoryStore store(path());
        QVERIFY(store.recordFinished(store.recordCreateStarted(QStringLiteral("Ops"), specAt(key(1))),
                                     outcome(Outcome::Succeeded)));
        QCOMPARE(store.recordAdopted(QStringLiteral("Ops"), key(1)), HistoryStore::AdoptResult::AlreadyListed);
        QCOMPARE(store.endpoint(key(1))->state, InventoryEntry::State::Active);
        QCOMPARE(store.history().size(), 1);
        QCOMPARE(store.recordAdopted(QStringLiteral("Ops"), key(2)), HistoryStore::AdoptResult::Added);
        QCOMPARE(store.recordAdopted(QStringLiteral("Ops"), key(2)), HistoryStore::AdoptResult::AlreadyListed);
    }

    void deletedPlaceCanBeAdoptedAgain()
    {
        HistoryStore store(path());
        QCOMPARE(store.recordAdopted(QStringLiteral("Ops"), key(1)), HistoryStore::AdoptResult::Added);
        QVERIFY(store.recordFinished(store.recordDeleteStarted(QStringLiteral("Ops"), key(1)),
                                     outcome(Outcome::Succeeded)));
        QCOMPARE(store.endpoint(key(1))->state, InventoryEntry::State::Deleted);
        QCOMPARE(store.recordAdopted(QStringLiteral("Ops"), key(1)), HistoryStore::AdoptResult::Added);
        QCOMPARE(store.endpoint(key(1))->state, InventoryEntry::State::Adopted);
        QVERIFY(!store.endpoint(key(1))->deleted.isValid());
    }

    void createRefusedAsExistingKeepsTheAdoption()
    {
        HistoryStore store(path());
        QCOMPARE(store.recordAdopted(QStringLiteral("Ops"), key(1)), HistoryStore::AdoptResult::Added);
        QVERIFY(store.recordFinished(store.recordCreateStarted(QStringLiteral("Ops"), specAt(key(1))),
                                     outcome(Outcome::AnsweredError, true)));
        QCOMPARE(store.endpoint(key(1))->state, InventoryEntry::State::Adopted);
    }

    void exportedRecordMergesWithoutDuplicates()
    {
        const QString exported = m_dir->filePath(QStringLiteral("colleague.json"));
        {
            HistoryStore colleague(m_dir->filePath(QStringLiteral("colleague.sqlite")));
            colleague.setOperatorName(QStringLiteral("chen@desk-9"));
            QVERIFY(colleague.recordFinished(colleague.recordCreateStarted(QStringLiteral("C"), specAt(key(1))),
                                             outcome(Outcome::Succeeded)));
            QCOMPARE(colleague.recordAdopted(QStringLiteral("C"), key(2)), HistoryStore::AdoptResult::Added);
            QVERIFY(colleague.recordFinished(colleague.recordCreateStarted(QStringLiteral("C"), specAt(key(3))),
                                             outcome(Outcome::Succeeded)));
            QVERIFY(HistoryExporter(colleague).writeJson(exported));
        }
        HistoryStore mine(path());
        // Known here already, as deleted: what this record knows of a place stays.
        QVERIFY(mine.recordFinished(mine.recordCreateStarted(QStringLiteral("Me"), specAt(key(3))),
                                    outcome(Outcome::Succeeded)));
        QVERIFY(
            mine.recordFinished(mine.recordDeleteStarted(QStringLiteral("Me"), key(3)), outcome(Outcome::Succeeded)));

        const QString first = InventoryImport::importInto(&mine, exported);
        QVERIFY2(first.contains(QLatin1String("Added 2 endpoint(s)")), qPrintable(first));
        QVERIFY2(first.contains(QLatin1String("Already in this record, and kept as they were: 1.")), qPrintable(first));
        QCOMPARE(mine.inventory().size(), 3);
        QCOMPARE(mine.endpoint(key(1))->state, InventoryEntry::State::Active);
        QCOMPARE(mine.endpoint(key(1))->profile, QStringLiteral("C"));
        QCOMPARE(mine.endpoint(key(1))->createdBy, QStringLiteral("chen@desk-9")); // who, kept across records
        QCOMPARE(mine.endpoint(key(2))->state, InventoryEntry::State::Adopted);
        QCOMPARE(mine.endpoint(key(3))->state, InventoryEntry::State::Deleted);

        const QString again = InventoryImport::importInto(&mine, exported);
        QVERIFY2(again.contains(QLatin1String("Added 0 endpoint(s)")), qPrintable(again));
        QCOMPARE(mine.inventory().size(), 3);
    }

    void badEntriesAreNamedAndLeftOut_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("region with a path") << QStringLiteral("region") << QJsonValue(QStringLiteral("../cn-east-3"));
        QTest::newRow("project id with a newline") << QStringLiteral("project_id") << QJsonValue(Project + u'\n');
        QTest::newRow("vpc not an id") << QStringLiteral("vpc_id") << QJsonValue(QStringLiteral("vpc-prod"));
        QTest::newRow("subnet missing") << QStringLiteral("subnet_id") << QJsonValue();
        QTest::newRow("ips not a list") << QStringLiteral("ips") << QJsonValue(QStringLiteral("192.168.0.1"));
        QTest::newRow("ip not an address") << QStringLiteral("ips") << QJsonValue(QJsonArray{QStringLiteral("x")});
        QTest::newRow("time not ISO") << QStringLiteral("created") << QJsonValue(QStringLiteral("yesterday"));
        QTest::newRow("name with CR/LF") << QStringLiteral("vpc_name") << QJsonValue(QStringLiteral("a\r\nb"));
        QTest::newRow("name too long") << QStringLiteral("profile") << QJsonValue(QString(300, u'p'));
        QTest::newRow("flavor of wrong type") << QStringLiteral("flavor") << QJsonValue(7);
        QTest::newRow("agency with a slash") << QStringLiteral("agency") << QJsonValue(QStringLiteral("a/b"));
    }

    void badEntriesAreNamedAndLeftOut()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject bad = entryObject(key(2));
        if (value.isUndefined())
            bad.remove(field);
        else
            bad.insert(field, value);
        const InventoryImport::Result result = InventoryImport::read(recordWith({entryObject(key(1)), bad}));
        QVERIFY(result.readable);
        QCOMPARE(result.entries.size(), 1);
        QCOMPARE(result.entries.first().key, key(1));
        QCOMPARE(result.refused, 1);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.first().startsWith(QLatin1String("Endpoint 2: ")),
                 qPrintable(result.problems.first()));
    }

    void aPlaceListedTwiceIsTakenOnce()
    {
        const InventoryImport::Result result =
            InventoryImport::read(recordWith({entryObject(key(1)), entryObject(key(1))}));
        QCOMPARE(result.entries.size(), 1);
        QCOMPARE(result.refused, 0);
    }

    void newerStatesAreReadAsMayExist()
    {
        QJsonObject entry = entryObject(key(1));
        entry.insert(QStringLiteral("state"), QStringLiteral("migrating"));
        const InventoryImport::Result result = InventoryImport::read(recordWith({entry}));
        QCOMPARE(result.entries.first().state, InventoryEntry::State::Unknown);
    }

    void otherFilesAreRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("garbage") << QByteArray("\x00\xff{{", 4);
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("profiles export") << QByteArray(
            R"({"format":"endpointdesk-profiles","version":1,"profiles":[]})");
        QTest::newRow("endpoints not a list") << QByteArray(R"({"format":"endpointdesk-record","endpoints":{}})");
    }

    void otherFilesAreRefusedWhole()
    {
        QFETCH(QByteArray, bytes);
        const InventoryImport::Result result = InventoryImport::read(bytes);
        QVERIFY(!result.readable);
        QVERIFY(result.entries.isEmpty());
        QCOMPARE(result.problems.size(), 1);

        const QString file = m_dir->filePath(QStringLiteral("other.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        HistoryStore store(path());
        QSignalSpy changed(&store, &HistoryStore::changed);
        QVERIFY(!InventoryImport::importInto(&store, file).isEmpty());
        QCOMPARE(changed.size(), 0);
        QVERIFY(store.inventory().isEmpty());
    }

    void exportsWithoutAFormatNameAreRead()
    {
        QJsonObject root = QJsonDocument::fromJson(recordWith({entryObject(key(1))})).object();
        root.remove(QStringLiteral("format"));
        root.remove(QStringLiteral("version"));
        const InventoryImport::Result result = InventoryImport::read(QJsonDocument(root).toJson());
        QVERIFY(result.readable);
        QCOMPARE(result.entries.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestInventoryIntake)
#include "tst_inventoryintake.moc"
