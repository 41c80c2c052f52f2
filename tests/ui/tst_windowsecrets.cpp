#include "AccessibleLookup.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "SecretTestSupport.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace EndpointDesk;
using namespace EndpointDesk::TestSupport;

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

    QString m_profileName;

private Q_SLOTS:
    void initTestCase()
    {
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
        profiles.removeProfile(m_profileName);
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

            MainWindow window(&profiles, &secrets);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openProfile(m_profileName));
            auto *token = find<QLineEdit>(&window, QStringLiteral("Token"));
            QVERIFY(token);
            QTest::keyClicks(token, secret);
            auto *profileCombo = find<QComboBox>(&window, QStringLiteral("Profile"));
            QVERIFY(profileCombo->currentText().endsWith(QLatin1String(" *")));

            QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
            QTRY_VERIFY_WITH_TIMEOUT(!profileCombo->currentText().endsWith(QLatin1String(" *")), 30000);
            QTRY_COMPARE_WITH_TIMEOUT(secrets.pendingJobs(), 0, 30000);
            QVERIFY2(!secrets.hasSessionOnlySecrets(), "the keychain took the secret");
        }

        // A new run: the secret comes back from the keychain.
        ProfileStore profiles(settingsPath());
        SecretStore secrets(&profiles);
        MainWindow window(&profiles, &secrets);
        window.show();
        QVERIFY(window.openProfile(m_profileName));
        QTRY_COMPARE_WITH_TIMEOUT(find<QLineEdit>(&window, QStringLiteral("Token"))->text(), secret, 30000);

        const QStringList leaks = filesContaining(foldersToScan({QFileInfo(settingsPath()).absolutePath()}), secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
        for (const QString &line : MessageLog::lines())
            QVERIFY2(!line.contains(secret), "a log line carries the secret");
    }
};

QTEST_MAIN(TestWindowSecrets)
#include "tst_windowsecrets.moc"
