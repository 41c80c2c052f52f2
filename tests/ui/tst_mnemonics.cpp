#include "AccessibleLookup.h"
#include "ActiveProfile.h"
#include "CreateFromFileDialog.h"
#include "MainWindow.h"
#include "ProfileManagerDialog.h"
#include "ProfileStore.h"
#include "RequestPreview.h"
#include "RequestPreviewDialog.h"
#include "ResultsPanel.h"
#include "SecretStore.h"
#include "Translations.h"
#include "Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace EndpointDesk;

namespace {

// The letter Alt reaches in a text ("Re&gion" -> 'g'); none for "&&" or no '&'.
QChar mnemonicOf(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Every letter the window answers to now, with what answers: labels with a buddy, buttons and
// check boxes, group boxes, tabs and menu titles that are shown.
QMultiMap<QChar, QString> lettersOf(QWidget *window)
{
    QMultiMap<QChar, QString> letters;
    const auto add = [&letters](const QString &text) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            letters.insert(letter, text);
    };
    const auto shown = [window](const QWidget *widget) { return widget->isVisibleTo(window); };
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy() && shown(label))
            add(label->text());
    }
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (shown(button))
            add(button->text());
    }
    for (const QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (shown(box))
            add(box->title());
    }
    for (const QTabBar *bar : window->findChildren<QTabBar *>()) {
        for (int tab = 0; shown(bar) && tab < bar->count(); ++tab)
            add(bar->tabText(tab));
    }
    for (const QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        for (const QAction *menu : bar->actions()) {
            if (menu->isVisible())
                add(menu->text());
        }
    }
    return letters;
}

// "g: Re&gion, Agen&gy" for each letter that reaches more than one control; empty when none does.
QString clashesIn(QWidget *window)
{
    const QMultiMap<QChar, QString> letters = lettersOf(window);
    QStringList clashes;
    for (const QChar letter : letters.uniqueKeys()) {
        const QStringList users = letters.values(letter);
        if (users.size() > 1)
            clashes.append(QStringLiteral("%1: %2").arg(letter, users.join(QStringLiteral(", "))));
    }
    return clashes.join(QStringLiteral("; "));
}

} // namespace

// Alt+letter reaches one control in each window of the program, menu bar included, in English and
// in Chinese (whose texts carry the same letters as "(&X)").
class TestMnemonics : public QObject
{
    Q_OBJECT

private:
    // Opens the window's question that action leads to, hands it to check, and closes it with Escape.
    void withQuestion(const std::function<void()> &action, const std::function<void(QWidget *)> &check)
    {
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            QWidget *box = QApplication::activeModalWidget();
            if (!box)
                return;
            seen = true;
            check(box);
            QTest::keyClick(box, Qt::Key_Escape);
        });
        action();
        QVERIFY(seen);
    }

    void chooseEachAuthMethod(QWidget *window, const std::function<void()> &check)
    {
        auto *methods = TestSupport::findByAccessibleName<QComboBox>(window, QStringLiteral("Auth method"));
        QVERIFY(methods);
        for (int index = 0; index < methods->count(); ++index) {
            methods->setCurrentIndex(index);
            check();
        }
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Workspace> m_workspace;

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en_US");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
    }

    void init()
    {
        QFETCH_GLOBAL(QString, language);
        Translations::install(QLocale(language));
        m_dir = std::make_unique<QTemporaryDir>();
        m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("EndpointDesk.conf")));
        QVERIFY(ActiveProfile::ensureProfileExists(m_profiles.get()));
        m_secrets = std::make_unique<SecretStore>(m_profiles.get(), SecretStore::Backend::Unavailable);
        m_workspace = std::make_unique<Workspace>(m_profiles.get(), m_secrets.get());
    }

    void cleanup()
    {
        m_workspace.reset();
        m_secrets.reset();
        m_profiles.reset();
        m_dir.reset();
    }

    void mainWindow()
    {
        MainWindow window(m_workspace.get());
        window.show();
        window.openStartupProfile({});
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        auto *results = window.findChild<ResultsPanel *>();
        QVERIFY(tabs && results);

        EndpointResult created;
        created.outcome = Outcome::Succeeded;
        created.endpointIps = {QStringLiteral("192.168.0.10")};
        created.address = QStringLiteral("example.internal");
        created.requestId = QStringLiteral("request");
        EndpointResult refused;
        refused.outcome = Outcome::AnsweredError;
        refused.error.code = QStringLiteral("FSS.0409");
        refused.error.message = QStringLiteral("refused");
        refused.requestId = QStringLiteral("request");
        chooseEachAuthMethod(&window, [&] {
            for (const EndpointResult &result : {created, refused}) {
                result.succeeded() ? results->showCreated(result) : results->showFailure(result);
                QVERIFY2(clashesIn(&window).isEmpty(), qPrintable(clashesIn(&window)));
            }
        });
        tabs->setCurrentIndex(1);
        QVERIFY2(clashesIn(&window).isEmpty(), qPrintable(clashesIn(&window)));
    }

    void profileManager()
    {
        ProfileManagerDialog dialog(m_profiles.get());
        dialog.show();
        auto *proxy = TestSupport::findByAccessibleName<QComboBox>(&dialog, QStringLiteral("Proxy"));
        QVERIFY(proxy);
        chooseEachAuthMethod(&dialog, [&] {
            for (int mode = 0; mode < proxy->count(); ++mode) {
                proxy->setCurrentIndex(mode);
                QVERIFY2(clashesIn(&dialog).isEmpty(), qPrintable(clashesIn(&dialog)));
            }
        });
    }

    void requestPreview()
    {
        RequestPreview preview;
        preview.rows = {{QStringLiteral("Method"), {}, QStringLiteral("POST")},
                        {QStringLiteral("URL"), {}, QStringLiteral("https://example.com")}};
        preview.curl = QStringLiteral("curl https://example.com");
        preview.problem = QStringLiteral("unsigned");
        RequestPreviewDialog dialog(preview);
        dialog.show();
        QVERIFY2(clashesIn(&dialog).isEmpty(), qPrintable(clashesIn(&dialog)));
    }

    void createFromFile()
    {
        CreateFromFileDialog dialog(m_workspace.get());
        dialog.show();
        QVERIFY2(clashesIn(&dialog).isEmpty(), qPrintable(clashesIn(&dialog)));
    }

    void requestMenu()
    {
        // The menu's own items: Alt+R, then one letter each.
        MainWindow window(m_workspace.get());
        auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("requestMenu"));
        QVERIFY(menu);
        QMultiMap<QChar, QString> letters;
        for (const QAction *action : menu->actions()) {
            if (const QChar letter = mnemonicOf(action->text()); !letter.isNull())
                letters.insert(letter, action->text());
        }
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("createFromFileAction")));
        for (const QChar letter : letters.uniqueKeys())
            QVERIFY2(letters.values(letter).size() == 1, qPrintable(letters.values(letter).join(QStringLiteral(", "))));
    }

    void questions()
    {
        MainWindow window(m_workspace.get());
        window.show();
        window.openStartupProfile({});
        const auto check = [](QWidget *box) { QVERIFY2(clashesIn(box).isEmpty(), qPrintable(clashesIn(box))); };
        // The quit question: unsaved edits.
        auto *override = TestSupport::findByAccessibleName<QLineEdit>(&window, QStringLiteral("Endpoint override"));
        QVERIFY(override);
        QTest::keyClicks(override, QStringLiteral("https://example.com"));
        QVERIFY(m_workspace->activeProfile()->isModified());
        withQuestion([&] { window.close(); }, check);
        QVERIFY(window.isVisible()); // Escape: stay
        // The region question: a project is chosen.
        m_workspace->editProjectId(QStringLiteral("0123456789abcdef0123456789abcdef"));
        auto *region = TestSupport::findByAccessibleName<QComboBox>(&window, QStringLiteral("Region"));
        withQuestion([&] { region->setCurrentIndex((region->currentIndex() + 1) % region->count()); }, check);
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
