// Two operators' programs on one shared record (a throwaway PostgreSQL server): a create made in one
// window appears in the other with who made it, two creates of the same place at once send one request,
// and with the server stopped nothing is sent and nothing is lost.
#include "AccessibleLookup.h"
#include "EndpointClient.h"
#include "InventoryModel.h"
#include "MainWindow.h"
#include "PostgresServer.h"
#include "SandboxDemo.h"
#include "SandboxDemoSpec.h"
#include "SandboxFault.h"
#include "TokenWorkspace.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace EndpointDesk;
using TestSupport::TokenWorkspace;

class TestTeamRecord : public QObject
{
    Q_OBJECT

private:
    PostgresServer m_postgres;
    int m_databases = 0;
    RecordServer m_record;

    // An operator's program on the shared record, signed in to a sandbox of its own.
    std::unique_ptr<TokenWorkspace> operatorOn(const QString &operatorName)
    {
        auto session = std::make_unique<TokenWorkspace>();
        session->history().setOperatorName(operatorName);
        if (!session->open(SandboxDemo::token(), m_record))
            return nullptr;
        return session;
    }

    static EndpointSpec demoSpec(TokenWorkspace &session) { return sandboxDemoSpec(session.server()); }

    // Waits for the shared record, then creates the sandbox's demo endpoint and waits for its answer.
    static bool createdOnTheSharedRecord(TokenWorkspace &session)
    {
        if (!QTest::qWaitFor([&session] { return session.history().isAvailable(); }, 5000))
            return false;
        QSignalSpy created(session.workspace().client(), &EndpointClient::createFinished);
        return session.workspace().create(demoSpec(session)) == Workspace::Refusal::None && created.wait(10000);
    }

    static EndpointKey keyOf(const EndpointSpec &spec)
    {
        return {spec.region, spec.projectId, spec.vpcId, spec.subnetId};
    }

    static int createsReceived(TokenWorkspace &session) { return session.server().cloud().endpoints().size(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString())); }

    void init()
    {
        const QString database = QStringLiteral("team_%1").arg(++m_databases);
        QVERIFY2(m_postgres.createDatabase(database), qPrintable(m_postgres.errorString()));
        m_record = m_postgres.tcpServer(database);
    }

    void theProfileChoosesTheSharedRecord()
    {
        const auto alice = operatorOn(QStringLiteral("alice@desk-1"));
        QVERIFY(alice);
        QTRY_VERIFY(alice->history().isShared());
        QTRY_VERIFY2(alice->history().isAvailable(), qPrintable(alice->history().unavailableReason()));
        QCOMPARE(alice->history().server().database, m_record.database);
    }

    void theRecordChangesOnlyOnceARequestOnItsWaySettled()
    {
        const auto alice = operatorOn(QStringLiteral("alice@desk-1"));
        QVERIFY(alice);
        HistoryStore &record = alice->history();
        QTRY_VERIFY(record.isAvailable());
        alice->server().setFault(SandboxFault::delay(1000));
        QSignalSpy created(alice->workspace().client(), &EndpointClient::createFinished);
        QCOMPARE(alice->workspace().create(demoSpec(*alice)), Workspace::Refusal::None);
        // The profile goes back to this computer's record while the create is on its way.
        Q_EMIT alice->workspace().activeProfile()->recordServerChanged(RecordServer());
        QVERIFY(record.isShared());
        QVERIFY(created.wait(10000));
        QTRY_VERIFY(!record.isShared());
        // Settled on the server it started on, where the next start finds it; the local file has none of it.
        QVERIFY(record.isAvailable());
        QVERIFY(record.inventory().isEmpty());
        HistoryStore server(m_record);
        QCOMPARE(server.inventory().size(), 1);
        QCOMPARE(server.inventory().first().state, InventoryEntry::State::Active);
        QVERIFY(!server.claimOn(keyOf(demoSpec(*alice))));
    }

    void aColleaguesEndpointAppearsInTheOtherWindow()
    {
        const auto alice = operatorOn(QStringLiteral("alice@desk-1"));
        const auto bob = operatorOn(QStringLiteral("bob@desk-2"));
        QVERIFY(alice && bob);
        QTRY_VERIFY(alice->history().isAvailable() && bob->history().isAvailable());
        MainWindow bobsWindow(&bob->workspace());
        bobsWindow.show();
        bobsWindow.findChild<QTabWidget *>()->setCurrentIndex(1); // the Endpoints tab in sight
        auto *table = TestSupport::findByAccessibleName<QTableView>(&bobsWindow, QStringLiteral("Endpoints"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 0);

        QSignalSpy created(alice->workspace().client(), &EndpointClient::createFinished);
        QCOMPARE(alice->workspace().create(demoSpec(*alice)), Workspace::Refusal::None);
        QVERIFY(created.wait(10000));

        // Bob's window hears of it, with who created it.
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 5000);
        const QAbstractItemModel *model = table->model();
        QCOMPARE(model->data(model->index(0, InventoryModel::CreatedByColumn)).toString(),
                 QStringLiteral("alice@desk-1"));
        QCOMPARE(model->data(model->index(0, InventoryModel::StateColumn)).toString(),
                 InventoryModel::stateText(InventoryEntry::State::Active));
        auto *status = TestSupport::findByAccessibleName<QLabel>(&bobsWindow, QStringLiteral("Record status"));
        QVERIFY(status && status->isVisible());
        QVERIFY2(status->text().contains(m_record.display()), qPrintable(status->text()));

        // Bob's own only: Alice's endpoint is not among them.
        auto *onlyMine =
            TestSupport::findByAccessibleName<QCheckBox>(&bobsWindow, QStringLiteral("Only endpoints I made"));
        QVERIFY(onlyMine && onlyMine->isVisible());
        onlyMine->setChecked(true);
        QCOMPARE(table->model()->rowCount(), 0);
        onlyMine->setChecked(false);
        QCOMPARE(table->model()->rowCount(), 1);
    }

    void theWindowKeepsItsCopyWhileTheServerIsAway()
    {
        const auto alice = operatorOn(QStringLiteral("alice@desk-1"));
        QVERIFY(alice);
        QVERIFY(createdOnTheSharedRecord(*alice));
        MainWindow window(&alice->workspace());
        window.show();
        window.findChild<QTabWidget *>()->setCurrentIndex(1);
        auto *table = TestSupport::findByAccessibleName<QTableView>(&window, QStringLiteral("Endpoints"));
        QTRY_COMPARE(table->model()->rowCount(), 1);

        QVERIFY2(m_postgres.stop(), qPrintable(m_postgres.errorString()));
        alice->history().inventoryPage(std::nullopt, 1); // the next read finds the server gone
        auto *status = TestSupport::findByAccessibleName<QLabel>(&window, QStringLiteral("Record status"));
        QTRY_VERIFY2(status->text().contains(QStringLiteral("cannot be reached")), qPrintable(status->text()));
        QCOMPARE(table->model()->rowCount(), 1); // the last copy read stays in sight

        // Create pressed in the window: refused, with the reason, and nothing sent.
        window.findChild<QTabWidget *>()->setCurrentIndex(0);
        const EndpointSpec another = demoSpec(*alice);
        for (const auto &[field, value] :
             {std::pair{QStringLiteral("Project ID"), another.projectId},
              std::pair{QStringLiteral("VPC ID"), another.vpcId},
              std::pair{QStringLiteral("Subnet ID"), QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee")}})
            QVERIFY2(TestSupport::typeIntoPicker(&window, field, value), qPrintable(field));
        QTest::mouseClick(TestSupport::findByAccessibleName<QPushButton>(&window, QStringLiteral("Create endpoint")),
                          Qt::LeftButton);
        auto *verdict = TestSupport::findByAccessibleName<QLabel>(&window, QStringLiteral("Status"));
        QVERIFY2(verdict->text().contains(m_record.display()), qPrintable(verdict->text()));
        QCOMPARE(createsReceived(*alice), 1);
        window.findChild<QTabWidget *>()->setCurrentIndex(1);

        QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("updated at")), 15000);
        QCOMPARE(table->model()->rowCount(), 1);
    }

    void twoCreatesOfOnePlaceAtOnceSendOne()
    {
        const auto alice = operatorOn(QStringLiteral("alice@desk-1"));
        const auto bob = operatorOn(QStringLiteral("bob@desk-2"));
        QVERIFY(alice && bob);
        QTRY_VERIFY(alice->history().isAvailable() && bob->history().isAvailable());
        // Both press Create for the same place before either hears back.
        EndpointSpec same = demoSpec(*alice);
        QSignalSpy created(alice->workspace().client(), &EndpointClient::createFinished);
        QCOMPARE(alice->workspace().create(same), Workspace::Refusal::None);
        QCOMPARE(bob->workspace().create(same), Workspace::Refusal::NotRecorded);
        QVERIFY2(bob->workspace().recordRefusal().contains(QStringLiteral("alice@desk-1")),
                 qPrintable(bob->workspace().recordRefusal()));
        QVERIFY(created.wait(10000));
        QCOMPARE(createsReceived(*alice) + createsReceived(*bob), 1);
    }

    void withTheServerAwayNothingIsSentAndNothingLost()
    {
        const auto alice = operatorOn(QStringLiteral("alice@desk-1"));
        QVERIFY(alice);
        QVERIFY(createdOnTheSharedRecord(*alice));

        QVERIFY2(m_postgres.stop(), qPrintable(m_postgres.errorString()));
        EndpointSpec another = demoSpec(*alice);
        another.subnetId = QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
        QCOMPARE(alice->workspace().create(another), Workspace::Refusal::NotRecorded);
        QVERIFY2(alice->workspace().recordRefusal().contains(m_record.display()),
                 qPrintable(alice->workspace().recordRefusal()));
        QCOMPARE(createsReceived(*alice), 1);

        QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(alice->history().isAvailable(), 15000);
        QCOMPARE(alice->history().inventory().size(), 1);
        QCOMPARE(alice->history().inventory().first().createdBy, QStringLiteral("alice@desk-1"));
    }
};

QTEST_MAIN(TestTeamRecord)
#include "tst_teamrecord.moc"
