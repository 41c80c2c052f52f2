#include "AccessibleLookup.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "SandboxServer.h"
#include "SandboxSession.h"
#include "SandboxWindow.h"
#include "Workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace EndpointDesk;

// What a newcomer meets: `endpoint-desk --sandbox` opens ready, and one click creates an endpoint.
class TestSandboxStart : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *find(QWidget *window, const QString &accessibleName)
    {
        return TestSupport::findByAccessibleName<T>(window, accessibleName);
    }

private Q_SLOTS:
    void oneClickCreatesAnEndpoint()
    {
        TestSupport::SandboxWindow sandbox;
        QString error;
        QVERIFY2(sandbox.open(&error), qPrintable(error));
        SandboxSession &session = sandbox.session();
        MainWindow &window = sandbox.window();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(find<QComboBox>(&window, QStringLiteral("Profile"))->currentText(), session.profileName());
        QTRY_VERIFY(!find<QLineEdit>(&window, QStringLiteral("Token"))->text().isEmpty());
        QVERIFY2(find<QLabel>(&window, QStringLiteral("Message"))->text().isEmpty(), "a clean start says nothing");

        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("Create endpoint")), Qt::LeftButton);
        auto *ips = find<QListWidget>(&window, QStringLiteral("Endpoint IPs"));
        QTRY_VERIFY(ips->isVisible() && ips->count() > 0);
        QCOMPARE(sandbox.server().cloud().endpoints().size(), 1);
        QCOMPARE(ips->item(0)->text(), sandbox.server().cloud().endpoints().first().ips.first());
    }

    void leavesNothingBehind()
    {
        QString settingsFile;
        {
            SandboxSession session;
            QVERIFY(session.start());
            settingsFile = session.profiles().fileName();
            QVERIFY(QFile::exists(settingsFile));
        }
        QVERIFY2(!QFile::exists(settingsFile), "the sandbox's profiles are for one run");
    }
};

QTEST_MAIN(TestSandboxStart)
#include "tst_sandboxstart.moc"
