#include "BatchCreate.h"
#include "BatchModel.h"
#include "BatchRunner.h"
#include "EndpointClient.h"
#include "HistoryRecord.h"
#include "SandboxDemo.h"
#include "TokenWorkspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace EndpointDesk;
using TestSupport::TokenWorkspace;

// Create all, end to end against the sandbox over HTTP: one create request per ready row and no more,
// Cancel stopping before the next row, an endpoint that exists shown as such, every row in the history
// file, and the results exported.
class TestBatchCreate : public QObject
{
    Q_OBJECT

private:
    // The sandbox's own count of create requests it answered.
    static int createsAnswered(const QList<QList<QVariant>> &handled)
    {
        int count = 0;
        for (const QList<QVariant> &request : handled)
            if (request.at(0).toByteArray() == "POST"
                && request.at(1).toString().endsWith(QLatin1String("/vpc-endpoint")))
                ++count;
        return count;
    }

    // "project,vpc,subnet" and one row for each of the first n subnets of the demo project, by name.
    static QByteArray rows(TokenWorkspace &sandbox, int n)
    {
        QByteArray csv("project,vpc,subnet\r\n");
        const QString project = SandboxDemo::projectId();
        const QList<SandboxSubnet> &subnets = sandbox.server().cloud().subnets(project);
        for (int i = 0; i < n; ++i) {
            const SandboxVpc *vpc = sandbox.server().cloud().inventory().vpc(project, subnets.at(i).vpcId);
            csv += "cn-north-4," + vpc->name.toUtf8() + "," + subnets.at(i).name.toUtf8() + "\r\n";
        }
        return csv;
    }

    static bool load(BatchCreate &batch, const QByteArray &csv)
    {
        QSignalSpy checked(&batch, &BatchCreate::checked);
        return batch.loadData(csv).isEmpty() && checked.wait(10000);
    }

    static int createRecords(HistoryStore &history)
    {
        int count = 0;
        for (const HistoryRecord &record : history.history())
            if (record.operation == HistoryRecord::Operation::Create && !record.isPending())
                ++count;
        return count;
    }

private Q_SLOTS:
    void everyRowOnceAndRecorded()
    {
        TokenWorkspace sandbox(SandboxSeedOptions{3, 3});
        QVERIFY(sandbox.open(SandboxDemo::token()));
        QSignalSpy handled(&sandbox.server(), &SandboxServer::requestHandled);
        BatchCreate batch(&sandbox.workspace());
        const int n = 7;
        QVERIFY(load(batch, rows(sandbox, n)));
        QCOMPARE(batch.model()->count(BatchRow::State::Ready), n);
        const int listingRequests = int(handled.size());

        QSignalSpy finished(&batch, &BatchCreate::finished);
        QSignalSpy progress(&batch, &BatchCreate::progress);
        QCOMPARE(batch.createAll(), QString());
        QVERIFY(batch.isRunning());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(batch.model()->count(BatchRow::State::Created), n);
        QCOMPARE(progress.last().at(0).toInt(), n);
        QCOMPARE(progress.last().at(1).toInt(), n);
        for (const BatchRow &row : batch.model()->rows()) {
            QCOMPARE(row.message, QStringLiteral("Created"));
            QCOMPARE(row.result.endpointIps.size(), 2);
        }

        // Exactly n create requests reached the sandbox, and it holds n endpoints.
        QCOMPARE(createsAnswered(handled.mid(listingRequests)), n);
        QCOMPARE(sandbox.server().cloud().endpoints().size(), n);
        // Every row in the history file, with the names the listings gave.
        QCOMPARE(createRecords(sandbox.history()), n);
        QCOMPARE(sandbox.history().inventory().size(), n);

        // Create all again sends nothing: no row is ready any more.
        QVERIFY(!batch.createAll().isEmpty());
        QTest::qWait(50);
        QCOMPARE(createsAnswered(handled), n);
    }

    void cancelStopsBeforeTheNextRow()
    {
        TokenWorkspace sandbox(SandboxSeedOptions{3, 3});
        QVERIFY(sandbox.open(SandboxDemo::token()));
        BatchCreate batch(&sandbox.workspace());
        QVERIFY(load(batch, rows(sandbox, 6)));
        QSignalSpy handled(&sandbox.server(), &SandboxServer::requestHandled);
        QSignalSpy finished(&batch, &BatchCreate::finished);
        // Cancel as soon as the second row is answered.
        const QMetaObject::Connection cancelling =
            connect(batch.runner(), &BatchRunner::progress, &batch, [&batch](int done) {
                if (done == 2)
                    batch.cancel();
            });
        QVERIFY(batch.createAll().isEmpty());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(createsAnswered(handled), 2);
        QCOMPARE(sandbox.server().cloud().endpoints().size(), 2);
        QCOMPARE(batch.model()->count(BatchRow::State::Created), 2);
        // The others were not sent, say so, and are still ready.
        QCOMPARE(batch.model()->count(BatchRow::State::Ready), 4);
        QCOMPARE(batch.model()->row(5).message, QStringLiteral("Not sent: cancelled"));
        QCOMPARE(createRecords(sandbox.history()), 2);

        // Create all again sends only the rows not sent before.
        disconnect(cancelling);
        finished.clear();
        QVERIFY(batch.createAll().isEmpty());
        QVERIFY(finished.wait(20000));
        QCOMPARE(createsAnswered(handled), 6);
        QCOMPARE(batch.model()->count(BatchRow::State::Created), 6);
        QCOMPARE(createRecords(sandbox.history()), 6);
    }

    void existingEndpointShownAsExisting()
    {
        TokenWorkspace sandbox;
        QVERIFY(sandbox.open(SandboxDemo::token()));
        BatchCreate batch(&sandbox.workspace());
        QVERIFY(load(batch, rows(sandbox, 3)));
        // The second row's endpoint was made elsewhere meanwhile.
        EndpointSpec made = batch.model()->row(1).spec;
        QSignalSpy created(sandbox.workspace().client(), &EndpointClient::createFinished);
        QCOMPARE(sandbox.workspace().create(made), Workspace::Refusal::None);
        QVERIFY(created.wait(5000));

        QSignalSpy finished(&batch, &BatchCreate::finished);
        QVERIFY(batch.createAll().isEmpty());
        QVERIFY(finished.wait(20000));
        QCOMPARE(batch.model()->row(0).state, BatchRow::State::Created);
        QCOMPARE(batch.model()->row(1).state, BatchRow::State::Exists);
        QCOMPARE(batch.model()->row(1).message, QStringLiteral("Exists"));
        QCOMPARE(batch.model()->row(1).result.error.code, QStringLiteral("FSS.0409"));
        QCOMPARE(batch.model()->row(2).state, BatchRow::State::Created);
        QVERIFY(batch.summary().contains(QStringLiteral("1 existed already")));
        QCOMPARE(createRecords(sandbox.history()), 4); // the one made first, and the three rows
    }

    void failedRowDoesNotStopTheOthers()
    {
        TokenWorkspace sandbox;
        QVERIFY(sandbox.open(SandboxDemo::token()));
        BatchCreate batch(&sandbox.workspace());
        QVERIFY(load(batch, rows(sandbox, 3)));
        QSignalSpy handled(&sandbox.server(), &SandboxServer::requestHandled);
        sandbox.server().setFault(SandboxFault::httpStatus(500, 1, QStringLiteral("FSS.0500")));
        QSignalSpy finished(&batch, &BatchCreate::finished);
        QVERIFY(batch.createAll().isEmpty());
        QVERIFY(finished.wait(20000));
        QCOMPARE(batch.model()->row(0).state, BatchRow::State::Failed);
        QVERIFY2(batch.model()->row(0).message.startsWith(QStringLiteral("The cloud refused")),
                 qPrintable(batch.model()->row(0).message));
        QCOMPARE(batch.model()->count(BatchRow::State::Created), 2);
        QCOMPARE(createsAnswered(handled), 3); // the failed row is not sent again
    }

    void exportsResults()
    {
        TokenWorkspace sandbox;
        QVERIFY(sandbox.open(SandboxDemo::token()));
        BatchCreate batch(&sandbox.workspace());
        QVERIFY(load(batch, rows(sandbox, 2) + "cn-north-4,vpc-01,nothing\r\n"));
        QSignalSpy finished(&batch, &BatchCreate::finished);
        QVERIFY(batch.createAll().isEmpty());
        QVERIFY(finished.wait(20000));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("results.csv"));
        QString error;
        QVERIFY2(batch.exportResults(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBFline,region,project,vpc,subnet"));
        QVERIFY(lines.at(1).contains(",Created,"));
        QVERIFY(lines.at(1).contains(sandbox.server().cloud().firstSubnetId().toUtf8()));
        QVERIFY(lines.at(3).contains("nothing"));
        QVERIFY(lines.at(3).contains("Not valid"));

        QVERIFY(!batch.exportResults(dir.filePath(QStringLiteral("missing/results.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("results.csv")));
    }
};

QTEST_GUILESS_MAIN(TestBatchCreate)
#include "tst_batchcreate.moc"
