#include "AccessibleLookup.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "SandboxDemo.h"
#include "SandboxDemoSpec.h"
#include "SandboxServer.h"
#include "SecretStore.h"
#include "SecretTestSupport.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace EndpointDesk;
using namespace EndpointDesk::TestSupport;

// The person's answer to "Save the changes first?" when the window closes: Save.
class SavingWindow : public MainWindow
{
public:
    using MainWindow::MainWindow;
    int questions = 0;

protected:
    UnsavedEditsChoice askAboutUnsavedEdits() override
    {
        ++questions;
        return UnsavedEditsChoice::Save;
    }
};

// A secret typed in the window goes to the operating system's keychain, and nowhere else.
// Needs the Secret Service that scripts/run-tests.sh starts; fails, never skips, without one.
class TestWindowSecrets : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *find(QWidget *window, const QString &accessibleName)
    {
        return TestSupport::findByAccessibleName<T>(window, accessibleName);
    }

    QString settingsPath() const
    {
        return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
            .filePath(QStringLiteral("EndpointDesk.conf"));
    }

    QString akSkProfileName() const { return m_profileName + QStringLiteral(" keys"); }

    static void typeInto(QWidget *window, const QString &accessibleName, const QString &text)
    {
        auto *edit = find<QLineEdit>(window, accessibleName);
        QVERIFY2(edit, qPrintable(accessibleName));
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    static void typeIntoCombo(QWidget *window, const QString &accessibleName, const QString &text)
    {
        auto *combo = find<QComboBox>(window, accessibleName);
        QVERIFY2(combo, qPrintable(accessibleName));
        combo->setEditText(text);
    }

    QString m_profileName;

private Q_SLOTS:
    void initTestCase()
    {
        // Settings under ~/.qttest, whatever runs this; the keychain entries have names of their own.
        QStandardPaths::setTestModeEnabled(true);
        MessageLog::install();
        QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation));
        m_profileName = QStringLiteral("Window secrets ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void cleanupTestCase()
    {
        ProfileStore profiles(settingsPath());
        SecretStore secrets(&profiles);
        await([&](QObject *context, SecretStore::Callback done) {
            secrets.removeAll(m_profileName, context, std::move(done));
        });
        await([&](QObject *context, SecretStore::Callback done) {
            secrets.removeAll(akSkProfileName(), context, std::move(done));
        });
        profiles.removeProfile(m_profileName);
        profiles.removeProfile(akSkProfileName());
    }

    void typedSecretIsSavedToTheKeychainOnly()
    {
        const QString secret = QStringLiteral("typed-token-") + QUuid::createUuid().toString(QUuid::Id128);
        {
            ProfileStore profiles(settingsPath());
            SecretStore secrets(&profiles);
            Profile profile;
            profile.name = m_profileName;
            profile.regionId = QStringLiteral("cn-north-4");
            QVERIFY(profiles.saveProfile(profile));

            Workspace workspace(&profiles, &secrets);
            SavingWindow window(&workspace);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openProfile(m_profileName));
            auto *token = find<QLineEdit>(&window, QStringLiteral("Token"));
            QVERIFY(token);
            QTest::keyClicks(token, secret);
            auto *profileCombo = find<QComboBox>(&window, QStringLiteral("Profile"));
            QVERIFY(profileCombo->currentText().endsWith(QLatin1String(" *")));

            // Save, then quit at once, as a person may: only the program's own quit path (QuitGuard)
            // waits for the keychain, so a secret lost at quit is lost here too.
            QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
            window.close();
            QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 30000);
            QVERIFY2(!secrets.hasSessionOnlySecrets(), "the keychain took the secret");
        }

        // A new run: the secret comes back from the keychain.
        ProfileStore profiles(settingsPath());
        SecretStore secrets(&profiles);
        Workspace workspace(&profiles, &secrets);
        MainWindow window(&workspace);
        window.show();
        QVERIFY(window.openProfile(m_profileName));
        QTRY_COMPARE_WITH_TIMEOUT(find<QLineEdit>(&window, QStringLiteral("Token"))->text(), secret, 30000);

        const QStringList leaks = filesContaining(foldersToScan({QFileInfo(settingsPath()).absolutePath()}), secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
        for (const QString &line : MessageLog::lines())
            QVERIFY2(!line.contains(secret), "a log line carries the secret");
    }

    // Type keys, quit, answer Save: the window waits for the keychain, and the next run creates
    // with those keys against a sandbox that checks every signature.
    void keysSavedWhileQuittingSignTheNextRunsCalls()
    {
        SandboxServer server;
        QVERIFY(server.start());
        {
            ProfileStore profiles(settingsPath());
            SecretStore secrets(&profiles);
            Profile profile;
            profile.name = akSkProfileName();
            profile.regionId = SandboxDemo::regionId();
            profile.endpointOverride = server.baseUrl().toString();
            profile.authMethod = AuthMethod::AkSk;
            QVERIFY(profiles.saveProfile(profile));

            Workspace workspace(&profiles, &secrets);
            SavingWindow window(&workspace);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openProfile(profile.name));
            QTRY_VERIFY_WITH_TIMEOUT(!workspace.activeProfile()->isLoadingSecrets(), 30000);
            typeInto(&window, QStringLiteral("Access key"), SandboxDemo::accessKey());
            typeInto(&window, QStringLiteral("Secret key"), SandboxDemo::secretKey());

            QVERIFY2(!window.close(), "the window waits for the keychain before it closes");
            QCOMPARE(window.questions, 1);
            QVERIFY(window.isVisible());
            QVERIFY(find<QLabel>(&window, QStringLiteral("Message"))->text().contains(QStringLiteral("Saving")));
            QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 30000);
            QCOMPARE(secrets.pendingJobs(), 0);
            QVERIFY(!secrets.hasSessionOnlySecrets());
        }

        ProfileStore profiles(settingsPath());
        SecretStore secrets(&profiles);
        Workspace workspace(&profiles, &secrets);
        MainWindow window(&workspace);
        window.show();
        QVERIFY(window.openProfile(akSkProfileName()));
        QTRY_COMPARE_WITH_TIMEOUT(find<QLineEdit>(&window, QStringLiteral("Secret key"))->text(),
                                  SandboxDemo::secretKey(), 30000);
        const EndpointSpec spec = sandboxDemoSpec(server);
        typeIntoCombo(&window, QStringLiteral("Project ID"), spec.projectId);
        typeIntoCombo(&window, QStringLiteral("VPC ID"), spec.vpcId);
        typeIntoCombo(&window, QStringLiteral("Subnet ID"), spec.subnetId);
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("Create endpoint")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(server.cloud().endpoints().size(), 1, 30000);
    }
};

QTEST_MAIN(TestWindowSecrets)
#include "tst_windowsecrets.moc"
