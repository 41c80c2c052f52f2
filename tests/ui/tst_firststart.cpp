#include "AccessibleLookup.h"
#include "AppSession.h"
#include "HistoryStore.h"
#include "MainWindow.h"
#include "Profile.h"
#include "ProfileManagerDialog.h"
#include "ProfileStore.h"
#include "ShortcutsDialog.h"
#include "Workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace EndpointDesk;

// A first start as a new user meets it: no settings, no command line. The start panel offers the
// sandbox, and one click there and one on Create endpoint show an endpoint, with nothing typed.
// Leaving the sandbox returns to the user's own profiles as they were.
class TestFirstStart : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *find(QWidget *window, const QString &accessibleName)
    {
        return TestSupport::findByAccessibleName<T>(window, accessibleName);
    }

    // The user's settings file, where the program looks for it (in the test's own folder).
    static QString userSettingsFile()
    {
        return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("EndpointDesk"),
                         QStringLiteral("EndpointDesk"))
            .fileName();
    }

    static void saveOwnProfile()
    {
        ProfileStore profiles;
        Profile mine;
        mine.name = QStringLiteral("Mine");
        mine.regionId = QStringLiteral("cn-east-3");
        mine.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
        QString error;
        QVERIFY2(profiles.saveProfile(mine, &error), qPrintable(error));
    }

    static void waitForSandbox(AppSession &session)
    {
        QTRY_VERIFY(session.mode() == AppSession::Mode::Sandbox && session.window() && session.window()->isVisible());
    }

    static void waitForOwnProfiles(AppSession &session)
    {
        QTRY_VERIFY(session.mode() == AppSession::Mode::User && session.window() && session.window()->isVisible());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EndpointDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("EndpointDesk"));
    }

    void init() { QFile::remove(userSettingsFile()); }

    void theFirstFrameComesBeforeTheHistory()
    {
        AppSession session;
        QVERIFY(session.start(AppSession::Mode::User));
        const HistoryStore *history = session.workspace()->history();
        // Built and shown without SQLite: the history file opens once the window has painted.
        QVERIFY(!history->openAttempted());
        QVERIFY(QTest::qWaitForWindowExposed(session.window()));
        QTRY_VERIFY(history->openAttempted());
        QVERIFY(history->isOpen());
        session.window()->close();
    }

    void newUserCreatesAnEndpointOnTheSandbox()
    {
        AppSession session;
        QString error;
        QVERIFY2(session.start(AppSession::Mode::User, {}, &error), qPrintable(error));
        MainWindow *window = session.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *tryButton = find<QPushButton>(window, QStringLiteral("Try the sandbox"));
        QVERIFY2(tryButton && tryButton->isVisible(), "a first start offers the sandbox");
        QVERIFY2(!find<QPushButton>(window, QStringLiteral("Create endpoint"))->isVisible(),
                 "the empty form waits behind the start panel");

        QTest::mouseClick(tryButton, Qt::LeftButton);
        waitForSandbox(session);
        window = session.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->windowTitle().contains(QStringLiteral("Sandbox")));
        QVERIFY(find<QPushButton>(window, QStringLiteral("Leave the sandbox"))->isVisible());
        QTRY_VERIFY(!find<QLineEdit>(window, QStringLiteral("Token"))->text().isEmpty());

        QTest::mouseClick(find<QPushButton>(window, QStringLiteral("Create endpoint")), Qt::LeftButton);
        auto *ips = find<QListWidget>(window, QStringLiteral("Endpoint IPs"));
        QTRY_VERIFY(ips->isVisible() && ips->count() > 0);
        QVERIFY(!find<QLineEdit>(window, QStringLiteral("Domain name"))->text().isEmpty());
        QVERIFY2(ProfileStore().profileNames().isEmpty(), "the sandbox's profile stays out of the user's settings");
    }

    void leavingTheSandboxShowsTheStartPanelAgain()
    {
        AppSession session;
        QVERIFY(session.start(AppSession::Mode::Sandbox));
        QTest::mouseClick(find<QPushButton>(session.window(), QStringLiteral("Leave the sandbox")), Qt::LeftButton);
        waitForOwnProfiles(session);
        QVERIFY(find<QPushButton>(session.window(), QStringLiteral("Try the sandbox"))->isVisible());
        QVERIFY(session.workspace()->profiles()->profileNames().isEmpty());
    }

    void createAProfileOpensItsDetails()
    {
        AppSession session;
        QVERIFY(session.start(AppSession::Mode::User));
        bool managerShown = false;
        QTimer::singleShot(0, this, [&managerShown] {
            auto *dialog = qobject_cast<ProfileManagerDialog *>(QApplication::activeModalWidget());
            managerShown = dialog != nullptr;
            if (dialog)
                dialog->reject();
        });
        QTest::mouseClick(find<QPushButton>(session.window(), QStringLiteral("Create a profile")), Qt::LeftButton);
        QVERIFY2(managerShown, "the new profile's details are asked for in the profile manager");
        QCOMPARE(session.workspace()->profiles()->profileNames().size(), 1);
        QCOMPARE(find<QComboBox>(session.window(), QStringLiteral("Profile"))->currentText(),
                 session.workspace()->profiles()->profileNames().first());
        QVERIFY(find<QPushButton>(session.window(), QStringLiteral("Create endpoint"))->isVisible());
        QVERIFY(!find<QPushButton>(session.window(), QStringLiteral("Try the sandbox"))->isVisible());
    }

    void ownProfilesComeBackUntouched()
    {
        saveOwnProfile();
        const std::optional<Profile> before = ProfileStore().profile(QStringLiteral("Mine"));
        QVERIFY(before);
        AppSession session;
        QVERIFY(session.start(AppSession::Mode::User));
        QVERIFY2(!find<QPushButton>(session.window(), QStringLiteral("Try the sandbox"))->isVisible(),
                 "whoever has a profile goes straight to the form");
        QVERIFY(find<QPushButton>(session.window(), QStringLiteral("Create endpoint"))->isVisible());

        session.window()->findChild<QAction *>(QStringLiteral("sandboxAction"))->trigger();
        waitForSandbox(session);
        QCOMPARE(find<QComboBox>(session.window(), QStringLiteral("Profile"))->currentText(),
                 QStringLiteral("Sandbox"));
        session.window()->findChild<QAction *>(QStringLiteral("sandboxAction"))->trigger();
        waitForOwnProfiles(session);

        QCOMPARE(find<QComboBox>(session.window(), QStringLiteral("Profile"))->currentText(), QStringLiteral("Mine"));
        QCOMPARE(session.workspace()->profiles()->profileNames(), QStringList{QStringLiteral("Mine")});
        const std::optional<Profile> after = session.workspace()->profiles()->profile(QStringLiteral("Mine"));
        QVERIFY(after);
        QCOMPARE(after->regionId, before->regionId);
        QCOMPARE(after->projectId, before->projectId);
        QCOMPARE(after->endpointOverride, before->endpointOverride);
    }

    void shortcutsAreReadFromTheActions()
    {
        AppSession session;
        QVERIFY(session.start(AppSession::Mode::Sandbox));
        const auto rows = ShortcutsDialog::shortcutsOf(session.window());
        const auto has = [&rows](const char *words, const QKeySequence &keys) {
            return rows.contains({QString::fromLatin1(words), keys.toString(QKeySequence::NativeText)});
        };
        QVERIFY(has("Create endpoint", QKeySequence(Qt::CTRL | Qt::Key_Return)));
        QVERIFY(has("Cancel", QKeySequence(Qt::Key_Escape)));
        QVERIFY(has("Refresh the focused list", QKeySequence(Qt::Key_F5)));
        QVERIFY(has("Save profile", QKeySequence(Qt::CTRL | Qt::Key_S)));
    }

    // The sandbox is a plugin; without it, asking for the sandbox says so and the program goes on with
    // the person's own profiles.
    void sandboxMissingIsSaidAndSurvived()
    {
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        const QByteArray pluginDir = qgetenv("ENDPOINTDESK_SANDBOX_DIR");
        qputenv("ENDPOINTDESK_SANDBOX_DIR", QFile::encodeName(empty.path()));
        const auto restore = qScopeGuard([&pluginDir] { qputenv("ENDPOINTDESK_SANDBOX_DIR", pluginDir); });

        AppSession session;
        QString error;
        QVERIFY(!session.start(AppSession::Mode::Sandbox, {}, &error));
        QVERIFY2(error.contains(QLatin1String("not installed")) && error.contains(empty.path()), qPrintable(error));
        QVERIFY(!session.window());

        // From inside the program: the message box, then the own profiles again.
        QVERIFY(session.start(AppSession::Mode::User));
        QString shown;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&shown] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        closer.start(10);
        session.window()->findChild<QAction *>(QStringLiteral("sandboxAction"))->trigger();
        QTRY_VERIFY(!shown.isEmpty());
        QCOMPARE(shown, error);
        waitForOwnProfiles(session);
    }
};

QTEST_MAIN(TestFirstStart)
#include "tst_firststart.moc"
