// The program as a person starts it (AppSession, the user's own settings and keychain) on a profile whose
// record is a team's PostgreSQL server: a create is recorded there, and after quitting and starting again
// the Endpoints tab lists it, read from the server.
#include "AppSession.h"
#include "EndpointClient.h"
#include "HistoryStore.h"
#include "InventoryModel.h"
#include "PostgresServer.h"
#include "ProfileStore.h"
#include "SandboxDemo.h"
#include "SandboxDemoSpec.h"
#include "SandboxServer.h"
#include "SandboxTokenProfile.h"
#include "SecretStore.h"
#include "Workspace.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace EndpointDesk;

class TestTeamSession : public QObject
{
    Q_OBJECT

private:
    PostgresServer m_postgres;
    SandboxServer m_cloud;

    // What the person saves in the profile manager: the profile, its token and the record's password.
    bool saveTeamProfile()
    {
        ProfileStore profiles;
        const RecordServer record = m_postgres.tcpServer(QStringLiteral("team"));
        const Profile team = sandboxTokenProfile(QStringLiteral("Team"), m_cloud, record);
        if (!profiles.saveProfile(team))
            return false;
        SecretStore secrets(&profiles);
        int written = 0;
        bool ok = true;
        const auto done = [&](const SecretResult &result) {
            ok = ok && result.ok;
            ++written;
        };
        secrets.write(team.name, SecretKind::Token, SandboxDemo::token(), this, done);
        secrets.write(team.name, SecretKind::RecordPassword, record.password, this, done);
        return QTest::qWaitFor([&] { return written == 2; }, 10000) && ok;
    }

    static QTableView *endpointsTable(AppSession &session)
    {
        session.window()->findChild<QTabWidget *>()->setCurrentIndex(1);
        for (QTableView *table : session.window()->findChildren<QTableView *>()) {
            if (table->accessibleName() == QLatin1String("Endpoints"))
                return table;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EndpointDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("EndpointDesk"));
        QVERIFY2(m_postgres.start() && m_postgres.createDatabase(QStringLiteral("team")),
                 qPrintable(m_postgres.errorString()));
        QVERIFY(m_cloud.start());
    }

    void aCreateOnTheSharedRecordIsThereAfterARestart()
    {
        QVERIFY(saveTeamProfile());
        {
            AppSession session;
            QString error;
            QVERIFY2(session.start(AppSession::Mode::User, QStringLiteral("Team"), &error), qPrintable(error));
            QVERIFY(QTest::qWaitForWindowExposed(session.window()));
            HistoryStore *record = session.workspace()->history();
            QTRY_VERIFY_WITH_TIMEOUT(record->isShared() && record->isAvailable(), 15000);
            QSignalSpy created(session.workspace()->client(), &EndpointClient::createFinished);
            QCOMPARE(session.workspace()->create(sandboxDemoSpec(m_cloud)), Workspace::Refusal::None);
            QVERIFY(created.wait(10000));
            QSignalSpy finished(&session, &AppSession::finished);
            session.window()->close();
            QTRY_COMPARE(finished.size(), 1);
        }
        // The local file has nothing of it: the record was the team's.
        {
            HistoryStore local(HistoryStore::defaultPath());
            QVERIFY(local.inventory().isEmpty());
        }
        AppSession again;
        QVERIFY(again.start(AppSession::Mode::User, QStringLiteral("Team")));
        QVERIFY(QTest::qWaitForWindowExposed(again.window()));
        QTableView *table = endpointsTable(again);
        QVERIFY(table);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 15000);
        const QAbstractItemModel *model = table->model();
        QCOMPARE(model->data(model->index(0, InventoryModel::CreatedByColumn)).toString(),
                 HistoryStore::currentOperator());
        again.window()->close();
    }
};

QTEST_MAIN(TestTeamSession)
#include "tst_teamsession.moc"
