#include "ClosedPort.h"
#include "CloudConnection.h"
#include "EndpointClient.h"
#include "EndpointRecorder.h"
#include "HistoryExporter.h"
#include "HistoryModel.h"
#include "HistoryStore.h"
#include "InventoryModel.h"
#include "ResultWords.h"
#include "SandboxDemo.h"
#include "SandboxDemoSpec.h"
#include "SandboxFault.h"
#include "SandboxServer.h"
#include "TokenAuthenticator.h"
#include "Transport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace EndpointDesk;

// The client's calls against the in-process sandbox, recorded into a real history file.
class TestEndpointRecorder : public QObject
{
    Q_OBJECT

private:
    EndpointSpec demoSpec() const { return sandboxDemoSpec(*m_server); }

    EndpointKey demoKey() const
    {
        const EndpointSpec spec = demoSpec();
        return {spec.region, spec.projectId, spec.vpcId, spec.subnetId};
    }

    void useToken(const QString &token) { m_connection->setAuthenticator(std::make_shared<TokenAuthenticator>(token)); }

    bool finishCreate(const EndpointSpec &spec)
    {
        QSignalSpy finished(m_client.get(), &EndpointClient::createFinished);
        return m_recorder->create(spec) && finished.wait(10000);
    }

    QByteArray fileBytes(const QString &path) const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<CloudConnection> m_connection;
    std::unique_ptr<EndpointClient> m_client;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<EndpointRecorder> m_recorder;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->start());
        m_transport = std::make_unique<Transport>();
        m_connection = std::make_unique<CloudConnection>(m_transport.get());
        m_connection->setEndpoints(ServiceEndpoints(SandboxDemo::regionId(), m_server->baseUrl()));
        useToken(SandboxDemo::token());
        m_client = std::make_unique<EndpointClient>(m_connection.get());
        m_store = std::make_unique<HistoryStore>(m_dir->filePath(QStringLiteral("history.sqlite")));
        QVERIFY(m_store->isOpen());
        m_recorder = std::make_unique<EndpointRecorder>(m_client.get(), m_store.get());
        m_recorder->setProfileName(QStringLiteral("Sandbox"));
    }

    void cleanup()
    {
        m_recorder.reset();
        m_store.reset();
        m_client.reset();
        m_connection.reset();
        m_transport.reset();
        m_server.reset();
        m_dir.reset();
    }

    void recordsBeforeSendingThenTheOutcome()
    {
        // Seen from a slot connected after the recorder: the record is there, the cloud has nothing yet.
        bool seenPending = false;
        int endpointsThen = -1;
        connect(m_client.get(), &EndpointClient::createStarted, this, [&] {
            seenPending = m_store->history().value(0).isPending();
            endpointsThen = m_server->cloud().endpoints().size();
        });
        QVERIFY(finishCreate(demoSpec()));
        QVERIFY(seenPending);
        QCOMPARE(endpointsThen, 0);

        const HistoryRecord record = m_store->history().value(0);
        QCOMPARE(record.outcome, Outcome::Succeeded);
        QCOMPARE(record.profile, QStringLiteral("Sandbox"));
        QCOMPARE(record.requestId.size(), 32);
        const auto entry = m_store->endpoint(demoKey());
        QVERIFY(entry);
        QCOMPARE(entry->state, InventoryEntry::State::Active);
        QCOMPARE(entry->ips, m_server->cloud().endpoints().first().ips);
        QCOMPARE(entry->address, m_server->cloud().endpoints().first().address);

        QSignalSpy deleted(m_client.get(), &EndpointClient::deleteFinished);
        QVERIFY(m_recorder->remove(demoKey()));
        QVERIFY(deleted.wait(10000));
        QCOMPARE(m_store->endpoint(demoKey())->state, InventoryEntry::State::Deleted);
        QCOMPARE(m_store->history().size(), 2);
        QCOMPARE(m_store->history().first().operation, HistoryRecord::Operation::Delete);
        QCOMPARE(m_store->history().first().outcome, Outcome::Succeeded);
    }

    void timedOutCreateMayExist()
    {
        m_server->setFault(SandboxFault::delay(30000));
        m_transport->setTimeout(std::chrono::milliseconds(300));
        QVERIFY(finishCreate(demoSpec()));
        QCOMPARE(m_store->history().first().outcome, Outcome::NoAnswer);
        QCOMPARE(m_store->history().first().errorCode, QStringLiteral("TIMEOUT"));
        QCOMPARE(m_store->endpoint(demoKey())->state, InventoryEntry::State::Unknown);
        // And it did: the sandbox acted before its slow answer.
        QCOMPARE(m_server->cloud().endpoints().size(), 1);
    }

    // What each way a create can end is recorded as, in the history and the inventory, over the real transport.
    void createOutcomes_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("shown");    // in the history's outcome column
        QTest::addColumn<QString>("listed");   // the inventory's state, or "" when not listed
        QTest::addColumn<QString>("headline"); // how the result panel's headline begins

        // Nothing reached the cloud: no endpoint can exist.
        QTest::newRow("host name not resolved")
            << QStringLiteral("unresolvable") << Outcome::CouldNotConnect << QStringLiteral("Could not connect")
            << QString() << QStringLiteral("Nothing was sent: the cloud could not be reached");
        QTest::newRow("connection refused")
            << QStringLiteral("closed port") << Outcome::CouldNotConnect << QStringLiteral("Could not connect")
            << QString() << QStringLiteral("Nothing was sent: the cloud could not be reached");
        QTest::newRow("cancelled before sending")
            << QStringLiteral("cancel at once") << Outcome::CancelledBeforeSending
            << QStringLiteral("Cancelled before sending") << QString() << QStringLiteral("Nothing was sent");
        // The cloud answered with an error: it says it did not act.
        QTest::newRow("HTTP 500") << QStringLiteral("500") << Outcome::AnsweredError << QStringLiteral("Failed")
                                  << QString() << QStringLiteral("The cloud refused");
        // Sent, and no clear answer: it may exist.
        QTest::newRow("connection dropped after sending")
            << QStringLiteral("drop") << Outcome::NoAnswer << QStringLiteral("No answer") << QStringLiteral("May exist")
            << QStringLiteral("No answer: the endpoint may exist");
        QTest::newRow("read timeout") << QStringLiteral("slow") << Outcome::NoAnswer << QStringLiteral("No answer")
                                      << QStringLiteral("May exist")
                                      << QStringLiteral("No answer: the endpoint may exist");
        QTest::newRow("cancelled after sending")
            << QStringLiteral("cancel when sent") << Outcome::CancelledAfterSending << QStringLiteral("Cancelled")
            << QStringLiteral("May exist") << QStringLiteral("Cancelled: the endpoint may exist");
        QTest::newRow("2xx not understood")
            << QStringLiteral("malformed") << Outcome::UnreadableSuccess << QStringLiteral("Probably created")
            << QStringLiteral("May exist") << QStringLiteral("Probably created: the answer could not be read");
        // A 2xx whose headers arrived but whose body did not, or not as JSON of the right shape.
        QTest::newRow("2xx cut off") << QStringLiteral("truncated") << Outcome::UnreadableSuccess
                                     << QStringLiteral("Probably created") << QStringLiteral("May exist")
                                     << QStringLiteral("Probably created: the answer could not be read");
        QTest::newRow("2xx with text before the JSON")
            << QStringLiteral("garbage") << Outcome::UnreadableSuccess << QStringLiteral("Probably created")
            << QStringLiteral("May exist") << QStringLiteral("Probably created: the answer could not be read");
        QTest::newRow("2xx with wrong types")
            << QStringLiteral("wrong types") << Outcome::UnreadableSuccess << QStringLiteral("Probably created")
            << QStringLiteral("May exist") << QStringLiteral("Probably created: the answer could not be read");
    }

    void createOutcomes()
    {
        QFETCH(QString, how);
        QFETCH(Outcome, outcome);
        QFETCH(QString, shown);
        QFETCH(QString, listed);
        QFETCH(QString, headline);

        QSignalSpy finished(m_client.get(), &EndpointClient::createFinished);
        if (how == QLatin1String("unresolvable")) {
            // .invalid never resolves (RFC 6761).
            m_connection->setEndpoints(
                ServiceEndpoints(SandboxDemo::regionId(), QUrl(QStringLiteral("https://nonexistent.invalid:1"))));
        } else if (how == QLatin1String("closed port")) {
            const QUrl closed = closedLoopbackUrl();
            QVERIFY(closed.isValid());
            m_connection->setEndpoints(ServiceEndpoints(SandboxDemo::regionId(), closed));
        } else if (how == QLatin1String("500")) {
            m_server->setFault(SandboxFault::httpStatus(500));
        } else if (how == QLatin1String("drop")) {
            m_server->setFault(SandboxFault::dropConnection());
        } else if (how == QLatin1String("slow")) {
            m_server->setFault(SandboxFault::delay(30000));
            m_transport->setTimeout(std::chrono::milliseconds(300));
        } else if (how == QLatin1String("cancel when sent")) {
            m_server->setFault(SandboxFault::delay(30000));
        } else if (how == QLatin1String("malformed")) {
            m_server->setFault(SandboxFault::malformedJson());
        } else if (how == QLatin1String("truncated")) {
            m_server->setFault(SandboxFault::truncatedBody());
        } else if (how == QLatin1String("garbage")) {
            m_server->setFault(SandboxFault::garbage());
        } else if (how == QLatin1String("wrong types")) {
            m_server->setFault(SandboxFault::wrongTypes());
        }

        QVERIFY(m_recorder->create(demoSpec()));
        if (how == QLatin1String("cancel at once")) {
            m_client->cancel();
        } else if (how == QLatin1String("cancel when sent")) {
            QTRY_COMPARE(m_server->cloud().endpoints().size(), 1); // the cloud has it, the answer waits
            m_client->cancel();
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);

        const EndpointResult result = finished.first().at(1).value<EndpointResult>();
        QCOMPARE(result.outcome, outcome);
        QCOMPARE(result.error.outcome, outcome);
        const HistoryRecord record = m_store->history().value(0);
        QCOMPARE(record.outcome, outcome);
        HistoryModel history(m_store.get());
        QCOMPARE(history.data(history.index(0, HistoryModel::OutcomeColumn)).toString(), shown);
        const auto entry = m_store->endpoint(demoKey());
        QCOMPARE(entry ? InventoryModel::stateText(entry->state) : QString(), listed);

        // One story about what happened: the headline, the network's words and the hint agree.
        QCOMPARE(ResultWords::createHeadline(result), headline);
        const QString said = result.error.message + QLatin1Char(' ') + result.error.hint;
        QVERIFY2(!said.contains(QLatin1String("may or may not")), qPrintable(said));
        if (!ResultWords::wasSent(outcome))
            QVERIFY2(!said.contains(QLatin1String("may have")) && !said.contains(QLatin1String("may still")),
                     qPrintable(said));
        else if (Outcomes::mayHaveActed(outcome))
            QVERIFY2(!said.contains(QLatin1String("could not be reached")), qPrintable(said));

        // Whenever an answer's headers arrived, its request ID is kept, for support.
        if (outcome == Outcome::UnreadableSuccess || outcome == Outcome::AnsweredError) {
            QVERIFY(!result.requestId.isEmpty());
            QCOMPARE(result.error.requestId, result.requestId);
            QCOMPARE(record.requestId, result.requestId);
        }
    }

    void createAgainKeepsTheEndpointCreated()
    {
        QVERIFY(finishCreate(demoSpec()));
        QVERIFY(finishCreate(demoSpec()));
        const HistoryRecord refused = m_store->history().first();
        QCOMPARE(refused.outcome, Outcome::AnsweredError);
        QCOMPARE(refused.httpStatus, 409);
        QCOMPARE(refused.errorCode, QStringLiteral("FSS.0409"));
        QCOMPARE(m_store->inventory().size(), 1);
        const auto entry = m_store->endpoint(demoKey());
        QCOMPARE(entry->state, InventoryEntry::State::Active);
        QCOMPARE(entry->ips, m_server->cloud().endpoints().first().ips);
        QCOMPARE(entry->address, m_server->cloud().endpoints().first().address);
        QCOMPARE(m_server->cloud().endpoints().size(), 1);
    }

    void createAgainAfterNoAnswerFindsItExists()
    {
        const std::chrono::milliseconds timeout = m_transport->timeout();
        m_server->setFault(SandboxFault::delay(30000));
        m_transport->setTimeout(std::chrono::milliseconds(300));
        QVERIFY(finishCreate(demoSpec()));
        QCOMPARE(m_store->endpoint(demoKey())->state, InventoryEntry::State::Unknown);

        m_server->clearFault();
        m_transport->setTimeout(timeout);
        QVERIFY(finishCreate(demoSpec()));
        QCOMPARE(m_store->history().first().errorCode, QStringLiteral("FSS.0409"));
        // No longer "may exist": the cloud says it is there.
        QCOMPARE(m_store->endpoint(demoKey())->state, InventoryEntry::State::Exists);
        QCOMPARE(m_store->inventory().size(), 1);
    }

    // Counts the requests that reach the sandbox's endpoint call, from now on.
    std::shared_ptr<int> countEndpointCalls()
    {
        auto calls = std::make_shared<int>(0);
        connect(m_server.get(), &SandboxServer::requestHandled, this,
                [calls](const QByteArray &, const QString &path, int) {
                    if (path.endsWith(QLatin1String("/fgs/vpc-endpoint")))
                        ++*calls;
                });
        return calls;
    }

    void placeHeldByAnotherOperatorIsNotSent()
    {
        // A colleague's create for the same place is on its way: its claim is in the record.
        HistoryStore colleague(m_store->path());
        colleague.setOperatorName(QStringLiteral("alice@desk-2"));
        QVERIFY(colleague.startCreate(QStringLiteral("Team"), demoSpec()).id > 0);
        const int recordsBefore = m_store->history().size();
        const auto calls = countEndpointCalls();

        QVERIFY(!m_recorder->create(demoSpec()));
        QVERIFY2(m_recorder->refusal().contains(QStringLiteral("alice@desk-2")), qPrintable(m_recorder->refusal()));
        QVERIFY(m_recorder->refusal().contains(QStringLiteral("Team")));
        QVERIFY(!m_client->isBusy());
        QCOMPARE(m_store->history().size(), recordsBefore);
        QCOMPARE(*calls, 0);
        QVERIFY(!m_recorder->remove(demoKey()));
        QVERIFY(m_recorder->refusal().contains(QStringLiteral("being created by alice@desk-2")));
        QCOMPARE(*calls, 0);
    }

    void placeIsFreeAgainOnceTheRequestSettled()
    {
        QVERIFY(finishCreate(demoSpec()));
        QVERIFY(!m_store->claimOn(demoKey()));
        QSignalSpy deleted(m_client.get(), &EndpointClient::deleteFinished);
        QVERIFY(m_recorder->remove(demoKey()));
        QVERIFY(m_store->claimOn(demoKey()).has_value());
        QCOMPARE(m_store->claimOn(demoKey())->operation, HistoryRecord::Operation::Delete);
        QVERIFY(deleted.wait(10000));
        QVERIFY(!m_store->claimOn(demoKey()));
    }

    void nothingIsSentWithoutARecord()
    {
        // The record cannot be written (its folder is a file): the request must not leave.
        QFile blocker(m_dir->filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        m_recorder.reset();
        m_store = std::make_unique<HistoryStore>(m_dir->filePath(QStringLiteral("blocker/history.sqlite")));
        QVERIFY(!m_store->isOpen());
        m_recorder = std::make_unique<EndpointRecorder>(m_client.get(), m_store.get());
        const auto calls = countEndpointCalls();
        QVERIFY(!m_recorder->create(demoSpec()));
        QVERIFY(m_recorder->refusal().contains(QStringLiteral("not sent")));
        QCOMPARE(*calls, 0);
        QVERIFY(m_server->cloud().endpoints().isEmpty());
    }

    void endpointMadeElsewhereIsListedAndDeleted()
    {
        // Made with the same credentials but not recorded, as by the console or another tool.
        m_recorder.reset();
        QSignalSpy madeElsewhere(m_client.get(), &EndpointClient::createFinished);
        QVERIFY(m_client->create(demoSpec()));
        QVERIFY(madeElsewhere.wait(10000));
        QCOMPARE(m_server->cloud().endpoints().size(), 1);
        m_recorder = std::make_unique<EndpointRecorder>(m_client.get(), m_store.get());
        m_recorder->setProfileName(QStringLiteral("Sandbox"));
        QVERIFY(m_store->inventory().isEmpty());

        QVERIFY(finishCreate(demoSpec()));
        QCOMPARE(m_store->history().first().httpStatus, 409);
        const QList<InventoryEntry> entries = m_store->inventory();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().key, demoKey());
        QCOMPARE(entries.first().state, InventoryEntry::State::Exists);
        QVERIFY(entries.first().ips.isEmpty());
        QVERIFY(entries.first().address.isEmpty());
        QCOMPARE(entries.first().profile, QStringLiteral("Sandbox"));

        // Deleted like any other.
        QSignalSpy deleted(m_client.get(), &EndpointClient::deleteFinished);
        QVERIFY(m_recorder->remove(demoKey()));
        QVERIFY(deleted.wait(10000));
        QVERIFY(!deleted.first().at(1).value<EndpointResult>().wasAlreadyGone);
        QCOMPARE(m_server->cloud().endpoints().size(), 0);
        QCOMPARE(m_store->endpoint(demoKey())->state, InventoryEntry::State::Deleted);
        QCOMPARE(m_store->history().first().operation, HistoryRecord::Operation::Delete);
        QCOMPARE(m_store->history().first().outcome, Outcome::Succeeded);
    }

    void refusedCreateListsNothing()
    {
        EndpointSpec spec = demoSpec();
        spec.vpcId = QStringLiteral("00000000-0000-0000-0000-000000000000");
        QVERIFY(finishCreate(spec));
        QCOMPARE(m_store->history().first().outcome, Outcome::AnsweredError);
        QCOMPARE(m_store->history().first().httpStatus, 404);
        QVERIFY(m_store->inventory().isEmpty());
    }

    void noSecretInTheHistoryOrItsExports()
    {
        const QByteArray secret = "SECRET-token-that-must-not-be-kept-1234567890";
        QVERIFY(finishCreate(demoSpec())); // with the demo token
        useToken(QString::fromLatin1(secret));
        EndpointSpec other = demoSpec();
        other.subnetId = m_server->cloud().subnetsOfVpc(SandboxDemo::projectId(), other.vpcId).value(1).id;
        QVERIFY(finishCreate(other)); // refused: unknown token
        QCOMPARE(m_store->history().first().errorCode, QStringLiteral("APIGW.0301"));

        const QString csv = m_dir->filePath(QStringLiteral("export.csv"));
        const QString json = m_dir->filePath(QStringLiteral("export.json"));
        QVERIFY(HistoryExporter(*m_store).writeCsv(csv));
        QVERIFY(HistoryExporter(*m_store).writeJson(json));
        const QString db = m_store->path();
        m_recorder.reset();
        m_store.reset(); // checkpoints the WAL into the file
        QByteArray everything = fileBytes(csv) + fileBytes(json) + fileBytes(db);
        for (const QString &side : QDir(m_dir->path()).entryList(QDir::Files))
            everything += fileBytes(m_dir->filePath(side));
        QVERIFY(everything.contains(demoSpec().vpcId.toLatin1())); // the files were read
        for (const QByteArray &token : {secret, SandboxDemo::token().toLatin1()}) {
            QVERIFY2(!everything.contains(token), token.constData());
            QVERIFY(!everything.contains(token.toBase64()));
        }
        QVERIFY(!everything.toLower().contains("x-auth-token"));
    }
};

QTEST_GUILESS_MAIN(TestEndpointRecorder)
#include "tst_endpointrecorder.moc"
