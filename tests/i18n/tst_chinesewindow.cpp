#include "AboutDialog.h"
#include "AccessibleLookup.h"
#include "AppSession.h"
#include "CreateFromFileDialog.h"
#include "MainWindow.h"
#include "ProfileManagerDialog.h"
#include "SandboxServer.h"
#include "SandboxSession.h"
#include "SandboxWindow.h"
#include "ShortcutsDialog.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>

using namespace EndpointDesk;

namespace {

// Words a Chinese window keeps in Latin letters: product names, acronyms, and the two terms Huawei
// Cloud's Chinese documents leave in English (Token, securitytoken).
bool keptInEnglish(const QString &word)
{
    static const QStringList kept = {
        QStringLiteral("Endpoint"),
        QStringLiteral("Desk"),
        QStringLiteral("FunctionGraph"),
        QStringLiteral("KooCLI"),
        QStringLiteral("Terraform"),
        QStringLiteral("Huawei"),
        QStringLiteral("HUAWEI"),
        QStringLiteral("Qt"),
        QStringLiteral("VPC"),
        QStringLiteral("AK"),
        QStringLiteral("SK"),
        QStringLiteral("IAM"),
        QStringLiteral("CIDR"),
        QStringLiteral("ID"),
        QStringLiteral("MFA"),
        QStringLiteral("URL"),
        QStringLiteral("HTTP"),
        QStringLiteral("HTTPS"),
        QStringLiteral("JSON"),
        QStringLiteral("CSV"),
        QStringLiteral("cURL"),
        QStringLiteral("hcloud"),
        QStringLiteral("SDK"),
        QStringLiteral("IP"),
        QStringLiteral("DNS"),
        QStringLiteral("CA"),
        QStringLiteral("PEM"),
        QStringLiteral("DER"),
        QStringLiteral("SHA"),
        QStringLiteral("KiB"),
        QStringLiteral("MiB"),
        QStringLiteral("UTC"),
        QStringLiteral("Ctrl"),
        QStringLiteral("Shift"),
        QStringLiteral("Esc"),
        QStringLiteral("Return"),
        QStringLiteral("Token"),
        QStringLiteral("securitytoken"),
        QStringLiteral("PostgreSQL"),
        QStringLiteral("TLS"),
        QStringLiteral("Unix"),
    };
    return kept.contains(word);
}

// The English words in a text a person reads; ids, addresses and numbers are values, not words.
QStringList englishWords(QString text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    static const QRegularExpression mnemonic(QStringLiteral("\\(&[^&]\\)|&(?=[^&])"));
    static const QRegularExpression values(QStringLiteral("[A-Za-z]+://\\S+"                         // URLs
                                                          "|~?/[A-Za-z0-9_./-]+"                     // paths
                                                          "|[A-Za-z0-9_.:/-]*[0-9][A-Za-z0-9_.:/-]*" // with digits
                                                          "|[A-Za-z]+(?:[-_.:][A-Za-z0-9]+)+"));     // ids, permissions
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    text.remove(mnemonic);
    text.remove(values);
    QStringList words;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString found = it.next().captured();
        if (!keptInEnglish(found))
            words.append(found);
    }
    return words;
}

// Every text a person reads in root: labels, buttons, tabs, menus and actions, group boxes, tool tips
// and placeholders; shown or hidden, since a hidden one shows under another sign-in method or outcome.
QStringList englishIn(const QWidget *root)
{
    QStringList found;
    auto check = [&found](const QString &where, const QString &text) {
        const QStringList words = englishWords(text);
        if (!words.isEmpty())
            found.append(QStringLiteral("%1 \"%2\": %3").arg(where, text, words.join(QLatin1Char(' '))));
    };
    QList<const QWidget *> widgets{root};
    for (const QWidget *child : root->findChildren<QWidget *>())
        widgets.append(child);
    for (const QWidget *widget : widgets) {
        const QString name = QString::fromLatin1(widget->metaObject()->className());
        check(name + QStringLiteral(" tool tip"), widget->toolTip());
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            check(name, label->text());
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            check(name, button->text());
        if (const auto *group = qobject_cast<const QGroupBox *>(widget))
            check(name, group->title());
        if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
            check(name + QStringLiteral(" placeholder"), edit->placeholderText());
        if (const auto *tabs = qobject_cast<const QTabWidget *>(widget)) {
            for (int tab = 0; tab < tabs->count(); ++tab)
                check(QStringLiteral("tab"), tabs->tabText(tab));
        }
    }
    for (const QAction *action : root->findChildren<QAction *>()) {
        check(QStringLiteral("action"), action->text());
        check(QStringLiteral("action tool tip"), action->toolTip());
    }
    return found;
}

} // namespace

// The window and the profile manager in Simplified Chinese, as `endpoint-desk --sandbox` shows them to
// someone whose system speaks zh_CN: no English left, apart from names, acronyms and values.
class TestChineseWindow : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *find(const QWidget *root, const QString &accessibleName)
    {
        return TestSupport::findByAccessibleName<T>(root, accessibleName);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Translations::install(QLocale(QLocale::Chinese, QLocale::China)));
        QCOMPARE(Translations::language(), QStringLiteral("zh_CN"));
        // Qt's own catalogue: the dialogs' standard buttons.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    }

    void cleanupTestCase() { Translations::install(QLocale(QLocale::English)); }

    void theSystemLocaleFindsTheCatalogue()
    {
        // What main() passes for LANG=zh_CN.UTF-8.
        QVERIFY(Translations::install(QLocale(QStringLiteral("zh_CN"))));
        QCOMPARE(Translations::language(), QStringLiteral("zh_CN"));
        QVERIFY(!Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        QVERIFY(Translations::install(QLocale(QLocale::Chinese, QLocale::China)));
    }

    void mainWindowSpeaksChinese()
    {
        TestSupport::SandboxWindow sandbox;
        QString error;
        QVERIFY2(sandbox.open(&error), qPrintable(error));
        MainWindow &window = sandbox.window();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!find<QLineEdit>(&window, QStringLiteral("Token"))->text().isEmpty());

        // The accessible names (CONTRIBUTING.md) stay English for screen readers' scripts and the tests.
        for (const char *name :
             {"Profile",         "Region",         "Endpoint override", "Auth method",     "Token",
              "Account name",    "IAM user name",  "Password",          "MFA code",        "Access key",
              "Secret key",      "Security token", "Project ID",        "VPC ID",          "Subnet ID",
              "Flavor",          "Agency",         "Sign in",           "Create endpoint", "Cancel",
              "Delete endpoint", "Endpoint IPs",   "Domain name",       "Error",           "Request ID"})
            QVERIFY2(find<QWidget>(&window, QString::fromLatin1(name)), name);
        QStringList english = englishIn(&window);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
        const auto *region = find<QComboBox>(&window, QStringLiteral("Region"));
        QVERIFY(region);
        QVERIFY2(region->findText(QStringLiteral("华北-北京四 (cn-north-4)")) >= 0, qPrintable(region->itemText(0)));

        // The sign-in status line of every method.
        auto *method = find<QComboBox>(&window, QStringLiteral("Auth method"));
        for (int index = 0; index < method->count(); ++index) {
            method->setCurrentIndex(index);
            english = englishIn(&window);
            QVERIFY2(english.isEmpty(),
                     qPrintable(method->currentText() + QLatin1Char('\n') + english.join(QLatin1Char('\n'))));
        }
        method->setCurrentIndex(0);

        // A result, and the Endpoints tab that lists it.
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("Create endpoint")), Qt::LeftButton);
        auto *ips = find<QListWidget>(&window, QStringLiteral("Endpoint IPs"));
        QTRY_VERIFY(ips->isVisible() && ips->count() > 0);
        auto *tabs = window.findChild<QTabWidget *>();
        tabs->setCurrentIndex(tabs->count() - 1);
        english = englishIn(&window);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    }

    // The start panel of a first start, and the sandbox's banner, Help menu and shortcuts list.
    void firstStartSpeaksChinese()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("EndpointDesk"),
                                QStringLiteral("EndpointDesk"))
                          .fileName());
        AppSession session;
        QVERIFY(session.start(AppSession::Mode::User));
        QVERIFY(QTest::qWaitForWindowExposed(session.window()));
        QVERIFY(find<QPushButton>(session.window(), QStringLiteral("Try the sandbox"))->isVisible());
        QStringList english = englishIn(session.window());
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));

        QVERIFY(session.start(AppSession::Mode::Sandbox));
        QVERIFY(find<QPushButton>(session.window(), QStringLiteral("Leave the sandbox")));
        english = englishIn(session.window());
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
        ShortcutsDialog shortcuts(session.window());
        for (const auto &row : ShortcutsDialog::shortcutsOf(session.window()))
            english += englishWords(row.first);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
        english = englishIn(&shortcuts);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    }

    void aboutSpeaksChinese()
    {
        AboutDialog dialog;
        const QStringList english = englishIn(&dialog);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    }

    void createFromFileSpeaksChinese()
    {
        TestSupport::SandboxWindow sandbox;
        QVERIFY(sandbox.open());
        auto *action = sandbox.window().findChild<QAction *>(QStringLiteral("createFromFileAction"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("从文件创建(&F)…"));
        action->trigger();
        auto *dialog = sandbox.window().findChild<CreateFromFileDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QStringList english = englishIn(dialog);
        // The table's column headers too.
        const QAbstractItemModel *rows = find<QTableView>(dialog, QStringLiteral("Rows"))->model();
        for (int column = 0; column < rows->columnCount(); ++column) {
            const QString header = rows->headerData(column, Qt::Horizontal).toString();
            if (!englishWords(header).isEmpty())
                english.append(QStringLiteral("header \"%1\"").arg(header));
        }
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
        dialog->close();
    }

    void profileManagerSpeaksChinese()
    {
        SandboxSession session;
        QVERIFY(session.start());
        ProfileManagerDialog dialog(&session.profiles());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList english = englishIn(&dialog);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestChineseWindow)
#include "tst_chinesewindow.moc"
