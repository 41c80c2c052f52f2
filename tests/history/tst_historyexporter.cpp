#include "HistoryExporter.h"
#include "HistoryStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace EndpointDesk;

class TestHistoryExporter : public QObject
{
    Q_OBJECT

private:
    static InventoryEntry activeEntry()
    {
        InventoryEntry entry;
        entry.key = {QStringLiteral("cn-north-4"), QStringLiteral("0123456789abcdef0123456789abcdef"),
                     QStringLiteral("11111111-2222-3333-4444-555555555555"),
                     QStringLiteral("66666666-7777-8888-9999-000000000000")};
        entry.flavor = QStringLiteral("default");
        entry.agency = QStringLiteral("fgs-agency");
        entry.ips = {QStringLiteral("192.168.0.10"), QStringLiteral("192.168.0.11")};
        entry.address = QStringLiteral("https://fgs.example.com");
        entry.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        entry.profile = QStringLiteral("P");
        entry.names = {QStringLiteral("ops"), QStringLiteral("vpc-prod"), QStringLiteral("subnet-a")};
        entry.state = InventoryEntry::State::Active;
        entry.createdBy = QStringLiteral("alice@desk-1");
        return entry;
    }

    static HistoryRecord failedRecord()
    {
        HistoryRecord record;
        record.id = 7;
        record.time = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        record.profile = QStringLiteral("P");
        record.region = QStringLiteral("cn-north-4");
        record.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
        record.vpcId = QStringLiteral("11111111-2222-3333-4444-555555555555");
        record.subnetId = QStringLiteral("66666666-7777-8888-9999-000000000000");
        record.outcome = Outcome::AnsweredError;
        record.httpStatus = 400;
        record.errorCode = QStringLiteral("FSS.0400");
        record.message = QStringLiteral("=HYPERLINK(\"x\"), and a comma");
        record.requestId = QStringLiteral("req-failed");
        return record;
    }

    static QJsonObject jsonOf(const HistoryExporter &exporter)
    {
        return QJsonDocument::fromJson(exporter.json()).object();
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void json()
    {
        const QJsonObject root = jsonOf(HistoryExporter({activeEntry()}, {failedRecord()}));
        QVERIFY(QDateTime::fromString(root.value(QLatin1String("exported")).toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("endpointdesk-record"));
        QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
        const QJsonArray endpoints = root.value(QLatin1String("endpoints")).toArray();
        QCOMPARE(endpoints.size(), 1);
        const QJsonObject endpoint = endpoints.first().toObject();
        QCOMPARE(endpoint.value(QLatin1String("state")).toString(), QStringLiteral("active"));
        QCOMPARE(endpoint.value(QLatin1String("ips")).toArray().size(), 2);
        QCOMPARE(endpoint.value(QLatin1String("vpc_id")).toString(), activeEntry().key.vpcId);
        QCOMPARE(endpoint.value(QLatin1String("created")).toString(), QStringLiteral("2026-01-02T03:04:05.006Z"));
        QCOMPARE(endpoint.value(QLatin1String("deleted")).toString(), QString());
        QCOMPARE(endpoint.value(QLatin1String("vpc_name")).toString(), QStringLiteral("vpc-prod"));
        QCOMPARE(endpoint.value(QLatin1String("created_by")).toString(), QStringLiteral("alice@desk-1"));
        const QJsonArray history = root.value(QLatin1String("history")).toArray();
        QCOMPARE(history.size(), 1);
        const QJsonObject record = history.first().toObject();
        QCOMPARE(record.value(QLatin1String("id")).toInteger(), qint64(7));
        QCOMPARE(record.value(QLatin1String("outcome")).toString(), QStringLiteral("answered-error"));
        QCOMPARE(record.value(QLatin1String("request_id")).toString(), QStringLiteral("req-failed"));
    }

    void csv()
    {
        const QString text = QString::fromUtf8(HistoryExporter({activeEntry()}, {failedRecord()}).csv());
        QVERIFY(text.startsWith(QLatin1String("state,region,project,vpc,subnet,")));
        QVERIFY(text.contains(QLatin1String("\r\n\r\nid,time,profile,")));
        QVERIFY(text.contains(QLatin1String(",192.168.0.10 192.168.0.11,")));
        QVERIFY(text.contains(QLatin1String(",deleted,project_name,vpc_name,subnet_name,created_by,deleted_by\r\n")));
        QVERIFY(text.contains(QLatin1String(",ops,vpc-prod,subnet-a,alice@desk-1,\r\n")));
        QVERIFY(text.contains(QLatin1String(",project_name,vpc_name,subnet_name,operator\r\n")));
        // Quoted, with the formula defused.
        QVERIFY2(text.contains(QLatin1String("\"'=HYPERLINK(\"\"x\"\"), and a comma\"")), qPrintable(text));
    }

    void theExistsStateClaimsNothingMore()
    {
        InventoryEntry entry;
        entry.key = activeEntry().key;
        entry.state = InventoryEntry::State::Exists;
        const HistoryExporter exporter({entry}, {});
        const QJsonObject endpoint = jsonOf(exporter).value(QLatin1String("endpoints")).toArray().first().toObject();
        QCOMPARE(endpoint.value(QLatin1String("state")).toString(), QStringLiteral("exists"));
        QCOMPARE(endpoint.value(QLatin1String("subnet_id")).toString(), entry.key.subnetId);
        QVERIFY(endpoint.value(QLatin1String("ips")).toArray().isEmpty());
        QCOMPARE(endpoint.value(QLatin1String("created")).toString(), QString());

        const QStringList lines = QString::fromUtf8(exporter.csv()).split(QLatin1String("\r\n"));
        QVERIFY2(lines.value(1).startsWith(QLatin1String("exists,cn-north-4,") + entry.key.projectId),
                 qPrintable(lines.value(1)));
    }

    void writesWhatTheStoreHolds()
    {
        HistoryStore store(QStringLiteral(":memory:"));
        EndpointSpec spec;
        spec.region = QStringLiteral("cn-north-4");
        spec.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
        spec.vpcId = QStringLiteral("11111111-2222-3333-4444-555555555555");
        spec.subnetId = QStringLiteral("66666666-7777-8888-9999-000000000000");
        EndpointResult created;
        created.outcome = Outcome::Succeeded;
        created.requestId = QStringLiteral("req-created");
        QVERIFY(store.recordFinished(store.recordCreateStarted(QStringLiteral("P"), spec), created));

        const QString json = m_dir->filePath(QStringLiteral("export.json"));
        const QString csv = m_dir->filePath(QStringLiteral("export.csv"));
        const HistoryExporter exporter(store);
        QString error;
        QVERIFY2(exporter.writeJson(json, &error), qPrintable(error));
        QVERIFY2(exporter.writeCsv(csv, &error), qPrintable(error));

        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(jsonFile.readAll()).object();
        const QJsonObject endpoint = root.value(QLatin1String("endpoints")).toArray().first().toObject();
        QCOMPARE(endpoint.value(QLatin1String("vpc_id")).toString(), spec.vpcId);
        const QJsonObject record = root.value(QLatin1String("history")).toArray().first().toObject();
        QCOMPARE(record.value(QLatin1String("request_id")).toString(), QStringLiteral("req-created"));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll(), exporter.csv());
    }

    void anUnwritablePlaceFails()
    {
        const HistoryExporter exporter({activeEntry()}, {});
        QString error;
        QVERIFY(!exporter.writeJson(m_dir->filePath(QStringLiteral("missing/folder/x.json")), &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!exporter.writeCsv(m_dir->filePath(QStringLiteral("missing/folder/x.csv")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("missing"))));
    }
};

QTEST_GUILESS_MAIN(TestHistoryExporter)
#include "tst_historyexporter.moc"
