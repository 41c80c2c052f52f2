#include "AccessibleLookup.h"
#include "AppSession.h"
#include "LanguagePreference.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "Translations.h"
#include "UserSettingsFile.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace EndpointDesk;

// The language chosen in Preferences is kept in the user's settings file and used from the next start.
class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EndpointDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("EndpointDesk"));
    }

    void init()
    {
        QFile::remove(userSettingsFile());
        Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void cleanupTestCase() { Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void chineseFromTheNextStart()
    {
        {
            AppSession session;
            QVERIFY(session.start(AppSession::Mode::User));
            QAction *preferences = session.window()->findChild<QAction *>(QStringLiteral("preferencesAction"));
            QVERIFY(preferences);
            QVERIFY(!preferences->shortcut().isEmpty());

            LanguagePreference language;
            PreferencesDialog dialog(&language, session.window());
            auto *combo = TestSupport::findByAccessibleName<QComboBox>(&dialog, QStringLiteral("Language"));
            QCOMPARE(combo->currentData().toString(), QString());
            QVERIFY(combo->findText(QStringLiteral("简体中文")) >= 0);
            combo->setCurrentIndex(combo->findText(QStringLiteral("简体中文")));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            // Taken at the next start, not now.
            QCOMPARE(session.window()->menuBar()->actions().first()->text(), QStringLiteral("&File"));
        }
        QCOMPARE(LanguagePreference().language(), QStringLiteral("zh_CN"));

        // The next start, as main() makes it.
        Translations::installPreferred();
        QCOMPARE(Translations::language(), QStringLiteral("zh_CN"));
        AppSession session;
        QVERIFY(session.start(AppSession::Mode::User));
        QCOMPARE(session.window()->menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
        auto *tryButton =
            TestSupport::findByAccessibleName<QPushButton>(session.window(), QStringLiteral("Try the sandbox"));
        QCOMPARE(tryButton->text(), QStringLiteral("试用沙箱(&T)"));
    }

    void englishOverridesTheSystem()
    {
        QVERIFY(LanguagePreference().setLanguage(QStringLiteral("en")));
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        Translations::installPreferred();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(Translations::language(), QString());
    }

    void systemDefaultFollowsTheSystem()
    {
        QVERIFY(LanguagePreference().setLanguage(QStringLiteral("zh_CN")));
        QVERIFY(LanguagePreference().setLanguage(QString()));
        QCOMPARE(LanguagePreference().language(), QString());
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        Translations::installPreferred();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(Translations::language(), QStringLiteral("zh_CN"));
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
