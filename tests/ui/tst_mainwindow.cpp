#include "AccessibleLookup.h"
#include "HistoryStore.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "ResourceListModel.h"
#include "ResourcePicker.h"
#include "SandboxDemo.h"
#include "SandboxFault.h"
#include "SandboxServer.h"
#include "SecretStore.h"
#include "WindowStateStore.h"
#include "Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace EndpointDesk;

// The window with its one question answered by the test.
class AnsweringWindow : public MainWindow
{
public:
    using MainWindow::MainWindow;
    UnsavedEditsChoice answer = UnsavedEditsChoice::Discard;
    int questions = 0;

protected:
    UnsavedEditsChoice askAboutUnsavedEdits() override
    {
        ++questions;
        return answer;
    }
};

// Drives the window the way a person (or a screen reader) finds it: by accessible names, against
// the sandbox over real HTTP.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    T *find(const QString &accessibleName) const
    {
        return TestSupport::findByAccessibleName<T>(m_window.get(), accessibleName);
    }

    void type(const QString &accessibleName, const QString &text)
    {
        auto *combo = find<QComboBox>(accessibleName);
        QVERIFY2(combo, qPrintable(accessibleName));
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), text);
        // Close a filter popup the typing opened, as a person would with Esc.
        if (QWidget *popup = QApplication::activePopupWidget())
            QTest::keyClick(popup, Qt::Key_Escape);
    }

    void typeLine(const QString &accessibleName, const QString &text)
    {
        auto *edit = find<QLineEdit>(accessibleName);
        QVERIFY2(edit, qPrintable(accessibleName));
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    void fillDemoEndpoint()
    {
        type(QStringLiteral("Project ID"), SandboxDemo::projectId());
        type(QStringLiteral("VPC ID"), m_server->cloud().firstVpcId());
        type(QStringLiteral("Subnet ID"), m_server->cloud().firstSubnetId());
    }

    QStringList shownIps() const
    {
        QStringList ips;
        auto *list = find<QListWidget>(QStringLiteral("Endpoint IPs"));
        for (int row = 0; list && list->isVisible() && row < list->count(); ++row)
            ips.append(list->item(row)->text());
        return ips;
    }

    bool problemShownFor(const QString &field) const
    {
        auto *label = find<QLabel>(field + QStringLiteral(" problem"));
        return label && label->isVisible() && !label->text().isEmpty();
    }

    ResourcePicker *picker(const QString &accessibleName) const
    {
        return qobject_cast<ResourcePicker *>(find<QComboBox>(accessibleName));
    }

    QString authStatus() const { return find<QLabel>(QStringLiteral("Sign-in status"))->text(); }

    Profile sandboxProfile(const QString &name) const
    {
        Profile profile;
        profile.name = name;
        profile.regionId = SandboxDemo::regionId();
        profile.endpointOverride = m_server->baseUrl().toString();
        profile.authMethod = AuthMethod::Token;
        return profile;
    }

    void openWindow(const QString &profile)
    {
        m_workspace = std::make_unique<Workspace>(m_profiles.get(), m_secrets.get());
        m_window = std::make_unique<AnsweringWindow>(m_workspace.get(), m_windowState.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProfile(profile));
    }

    // Closes the window and the stores, so that the settings file can be changed before startOn().
    void closeEverything()
    {
        m_window.reset();
        m_workspace.reset();
        m_secrets.reset();
        m_windowState.reset();
        m_profiles.reset();
    }

    // Starts on the settings file as it is now, as the program does.
    void startOn(const QString &path)
    {
        m_profiles = std::make_unique<ProfileStore>(path);
        QVERIFY(ActiveProfile::ensureProfileExists(m_profiles.get()));
        m_windowState = std::make_unique<WindowStateStore>(*m_profiles);
        m_secrets = std::make_unique<SecretStore>(m_profiles.get(), SecretStore::Backend::Unavailable);
        m_workspace = std::make_unique<Workspace>(m_profiles.get(), m_secrets.get());
        m_window = std::make_unique<AnsweringWindow>(m_workspace.get(), m_windowState.get());
        m_window->openStartupProfile({});
    }

    std::unique_ptr<QTemporaryDir> m_settings;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<WindowStateStore> m_windowState;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AnsweringWindow> m_window;
    int m_creates = 0;

private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->start());
        m_creates = 0;
        connect(m_server.get(), &SandboxServer::requestHandled, this,
                [this](const QByteArray &method, const QString &path) {
                    if (method == "POST" && path.endsWith(QLatin1String("/fgs/vpc-endpoint")))
                        ++m_creates;
                });
        m_profiles = std::make_unique<ProfileStore>(m_settings->filePath(QStringLiteral("EndpointDesk.conf")));
        m_windowState = std::make_unique<WindowStateStore>(*m_profiles);
        // Session-only secrets: this suite is about the window; keychain storage has its own tests.
        m_secrets = std::make_unique<SecretStore>(m_profiles.get(), SecretStore::Backend::Unavailable);
        QVERIFY(m_profiles->saveProfile(sandboxProfile(QStringLiteral("Sandbox"))));
        m_secrets->keepForSession(QStringLiteral("Sandbox"), SecretKind::Token, SandboxDemo::token());
        openWindow(QStringLiteral("Sandbox"));
        QTRY_COMPARE(find<QLineEdit>(QStringLiteral("Token"))->text(), SandboxDemo::token());
    }

    void cleanup()
    {
        closeEverything();
        m_server.reset();
        m_settings.reset();
    }

    void everyInputIsNamed()
    {
        for (const QString &name : {QStringLiteral("Profile"), QStringLiteral("Region"), QStringLiteral("Auth method"),
                                    QStringLiteral("Project ID"), QStringLiteral("VPC ID"), QStringLiteral("Subnet ID"),
                                    QStringLiteral("Flavor"), QStringLiteral("Agency")})
            QVERIFY2(find<QComboBox>(name), qPrintable(name));
        for (const QString &name :
             {QStringLiteral("Endpoint override"), QStringLiteral("Token"), QStringLiteral("Account name"),
              QStringLiteral("IAM user name"), QStringLiteral("Password"), QStringLiteral("MFA code"),
              QStringLiteral("Access key"), QStringLiteral("Secret key"), QStringLiteral("Security token"),
              QStringLiteral("Domain name"), QStringLiteral("Request ID")})
            QVERIFY2(find<QLineEdit>(name), qPrintable(name));
        for (const QString &name :
             {QStringLiteral("Sign in"), QStringLiteral("Create endpoint"), QStringLiteral("Cancel")})
            QVERIFY2(find<QPushButton>(name), qPrintable(name));
        QVERIFY(find<QListWidget>(QStringLiteral("Endpoint IPs")));
        QVERIFY(find<QLabel>(QStringLiteral("Error")));
        // Every input has a label that names it and takes the keyboard to it.
        const auto labels = m_window->findChildren<QLabel *>();
        int buddies = 0;
        for (const QLabel *label : labels)
            buddies += label->buddy() ? 1 : 0;
        QVERIFY(buddies >= 20);
    }

    void createsAnEndpointFromTheForm()
    {
        fillDemoEndpoint();
        auto *create = find<QPushButton>(QStringLiteral("Create endpoint"));
        auto *cancel = find<QPushButton>(QStringLiteral("Cancel"));
        QVERIFY(!cancel->isEnabled());

        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY2(!create->isEnabled(), "no second request while one runs");
        QVERIFY(cancel->isEnabled());

        QTRY_COMPARE(m_server->cloud().endpoints().size(), 1);
        QTRY_VERIFY(!shownIps().isEmpty());
        QCOMPARE(shownIps(), m_server->cloud().endpoints().first().ips);
        QCOMPARE(find<QLineEdit>(QStringLiteral("Domain name"))->text(), m_server->cloud().endpoints().first().address);
        QTRY_VERIFY(create->isEnabled());
        QVERIFY(!cancel->isEnabled());
        QCOMPARE(m_creates, 1);
    }

    void theAnswerIsScrolledIntoViewOnASmallWindow()
    {
        m_window->resize(820, 520);
        fillDemoEndpoint();
        auto *ips = find<QListWidget>(QStringLiteral("Endpoint IPs"));
        QScrollArea *scroll = nullptr;
        for (QWidget *w = ips; w && !scroll; w = w->parentWidget())
            scroll = qobject_cast<QScrollArea *>(w);
        QVERIFY(scroll);
        const auto inSight = [&] {
            const QRect seen(ips->mapTo(scroll->viewport(), QPoint(0, 0)), QSize(1, 1));
            return ips->isVisible() && scroll->viewport()->rect().contains(seen);
        };

        QTest::mouseClick(find<QPushButton>(QStringLiteral("Create endpoint")), Qt::LeftButton);
        QTRY_VERIFY(!shownIps().isEmpty());
        QTRY_VERIFY2(inSight(), "the endpoint IPs are below the visible part of the form");
    }

    void theAnswerIsInViewAtTheDefaultSize()
    {
        // The default size on a 1280x800 screen: the result beside the form, no scrolling needed.
        m_window->resize(1240, 760);
        auto *scroll = m_window->findChild<QScrollArea *>(QStringLiteral("createScroll"));
        QVERIFY(scroll);
        auto *permissions = find<QLabel>(QStringLiteral("Agency permissions"));
        QVERIFY(permissions && !permissions->isVisible()); // folded until asked for
        fillDemoEndpoint();
        QTest::mouseClick(find<QPushButton>(QStringLiteral("Create endpoint")), Qt::LeftButton);
        QTRY_VERIFY(!shownIps().isEmpty());
        for (const QString &name : {QStringLiteral("Endpoint IPs"), QStringLiteral("Domain name")}) {
            auto *widget = find<QWidget>(name);
            QVERIFY2(widget && widget->isVisible(), qPrintable(name));
            const QRect place(widget->mapTo(scroll->viewport(), QPoint(0, 0)), widget->size());
            QVERIFY2(scroll->viewport()->rect().contains(place), qPrintable(name));
        }
        QCOMPARE(scroll->verticalScrollBar()->value(), 0);
        QVERIFY(!scroll->verticalScrollBar()->isVisible());

        auto *toggle = find<QToolButton>(QStringLiteral("Permissions the agency needs"));
        QVERIFY(toggle);
        toggle->click();
        QVERIFY(permissions->isVisible());
    }

    void theWindowOpensInsideTheScreen()
    {
        const QRect available = m_window->screen()->availableGeometry();
        QVERIFY2(m_window->frameGeometry().width() <= available.width()
                     && m_window->frameGeometry().height() <= available.height(),
                 qPrintable(QStringLiteral("%1x%2 in %3x%4, minimum %5x%6")
                                .arg(m_window->frameGeometry().width())
                                .arg(m_window->frameGeometry().height())
                                .arg(available.width())
                                .arg(available.height())
                                .arg(m_window->minimumSizeHint().width())
                                .arg(m_window->minimumSizeHint().height())));
        // A size saved on a larger screen (or at a smaller scale) is brought inside this one.
        QWidget big;
        big.setGeometry(QRect(available.topLeft() + QPoint(300, 200), available.size() * 2));
        QVERIFY(m_windowState->setGeometry(big.saveGeometry()));
        m_window.reset();
        m_workspace.reset();
        openWindow(QStringLiteral("Sandbox"));
        QVERIFY2(available.contains(m_window->frameGeometry()), qPrintable(QStringLiteral("%1x%2+%3+%4 outside %5x%6")
                                                                               .arg(m_window->frameGeometry().width())
                                                                               .arg(m_window->frameGeometry().height())
                                                                               .arg(m_window->frameGeometry().x())
                                                                               .arg(m_window->frameGeometry().y())
                                                                               .arg(available.width())
                                                                               .arg(available.height())));
    }

    void sizeIsRememberedForTheNextStart()
    {
        const QSize chosen(700, 540);
        m_window->resize(chosen);
        QTRY_COMPARE(m_window->size(), chosen);
        QVERIFY(m_window->close());
        m_window.reset();
        m_workspace.reset();

        openWindow(QStringLiteral("Sandbox"));
        QTRY_COMPARE(m_window->size(), chosen);
    }

    void noEmptyTabStops()
    {
        // Tab never stops on the unnamed scroll area or on the tab bar; Ctrl+Tab still switches views.
        auto *scroll = m_window->findChild<QScrollArea *>(QStringLiteral("createScroll"));
        QVERIFY(scroll);
        QCOMPARE(scroll->focusPolicy(), Qt::NoFocus);
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabBar()->focusPolicy(), Qt::NoFocus);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        find<QComboBox>(QStringLiteral("Region"))->setFocus();
        QCOMPARE(tabs->currentIndex(), 0);
        QTest::keyClick(tabs, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1);
    }

    // Changes the region with the keyboard and answers the question that follows with button.
    void chooseNextRegionAnswering(QMessageBox::StandardButton button, int *questions)
    {
        QTimer::singleShot(0, this, [button, questions] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            ++*questions;
            box->button(button)->click();
        });
        auto *region = find<QComboBox>(QStringLiteral("Region"));
        region->setFocus();
        QTest::keyClick(region, Qt::Key_Down);
    }

    void anotherRegionAsksFirstAndClearsTheProjectVpcAndSubnet()
    {
        fillDemoEndpoint();
        auto *region = find<QComboBox>(QStringLiteral("Region"));
        const QString before = region->currentData().toString();
        QCOMPARE(before, SandboxDemo::regionId());
        int questions = 0;
        chooseNextRegionAnswering(QMessageBox::No, &questions);
        QCOMPARE(questions, 1);
        QCOMPARE(region->currentData().toString(), before); // refused: the region goes back
        QCOMPARE(picker(QStringLiteral("Project ID"))->currentId(), SandboxDemo::projectId());
        QCOMPARE(m_workspace->activeProfile()->profile().regionId, before);

        chooseNextRegionAnswering(QMessageBox::Yes, &questions);
        QCOMPARE(questions, 2);
        QVERIFY(region->currentData().toString() != before);
        QCOMPARE(m_workspace->activeProfile()->profile().regionId, region->currentData().toString());
        for (const QString &name :
             {QStringLiteral("Project ID"), QStringLiteral("VPC ID"), QStringLiteral("Subnet ID")})
            QVERIFY2(picker(name)->currentId().isEmpty(), qPrintable(name));

        // With no project chosen there is nothing to lose, and nothing is asked.
        chooseNextRegionAnswering(QMessageBox::No, &questions);
        QCOMPARE(questions, 2);
    }

    void tabFollowsReadingOrder_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("token") << QStringLiteral("Token") << QStringList{QStringLiteral("Token")};
        QTest::newRow("password") << QStringLiteral("IAM password")
                                  << QStringList{QStringLiteral("Account name"), QStringLiteral("IAM user name"),
                                                 QStringLiteral("Password"), QStringLiteral("MFA user ID"),
                                                 QStringLiteral("MFA code")};
        QTest::newRow("aksk") << QStringLiteral("AK/SK")
                              << QStringList{QStringLiteral("Access key"), QStringLiteral("Secret key")};
        QTest::newRow("temporary") << QStringLiteral("Temporary AK/SK")
                                   << QStringList{QStringLiteral("Access key"), QStringLiteral("Secret key"),
                                                  QStringLiteral("Security token")};
    }

    void tabFollowsReadingOrder()
    {
        QFETCH(QString, method);
        QFETCH(QStringList, fields);
        auto *methods = find<QComboBox>(QStringLiteral("Auth method"));
        const int index = methods->findText(method);
        QVERIFY2(index >= 0, qPrintable(method));
        methods->setCurrentIndex(index);
        QVERIFY(m_workspace->saveProfile()); // Save profile is then disabled, and no stop

        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        find<QComboBox>(QStringLiteral("Profile"))->setFocus(Qt::TabFocusReason);
        QStringList stops;
        for (int presses = 0; presses < 40 && !stops.contains(QStringLiteral("Create endpoint")); ++presses) {
            QWidget *focused = QApplication::focusWidget();
            QVERIFY(focused);
            // A combo box is announced by its item; its accessible name is what finds it.
            const QString name = focused->accessibleName();
            QVERIFY2(!name.isEmpty(), focused->metaObject()->className()); // every stop is named
            stops.append(name);
            QTest::keyClick(focused, Qt::Key_Tab);
        }
        const QStringList expected =
            QStringList{QStringLiteral("Profile"), QStringLiteral("Manage profiles"), QStringLiteral("Region"),
                        QStringLiteral("Endpoint override"), QStringLiteral("Auth method")}
            + fields
            + QStringList{QStringLiteral("Sign in"),        QStringLiteral("Project ID"), QStringLiteral("VPC ID"),
                          QStringLiteral("Subnet ID"),      QStringLiteral("Flavor"),     QStringLiteral("Agency"),
                          QStringLiteral("Create endpoint")};
        QCOMPARE(stops.join(QStringLiteral(", ")), expected.join(QStringLiteral(", ")));
    }

    void shortcutCreates()
    {
        fillDemoEndpoint();
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!shownIps().isEmpty());
    }

    void picksEverythingFromTheCloudWithTheKeyboard()
    {
        type(QStringLiteral("Project ID"), SandboxDemo::projectId());
        auto *vpcs = picker(QStringLiteral("VPC ID"));
        QTRY_COMPARE(vpcs->listModel()->rowCount(), m_server->cloud().vpcs(SandboxDemo::projectId()).size());

        // Type part of the second VPC's name, arrow down to it, Enter.
        const auto &secondVpc = m_server->cloud().vpcs(SandboxDemo::projectId()).at(1);
        vpcs->setFocus();
        vpcs->lineEdit()->clear();
        QTest::keyClicks(vpcs->lineEdit(), secondVpc.name);
        QTRY_VERIFY(QApplication::activePopupWidget());
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Return);
        QTRY_COMPARE(vpcs->currentId(), secondVpc.id);

        auto *subnets = picker(QStringLiteral("Subnet ID"));
        const auto expected = m_server->cloud().subnetsOfVpc(SandboxDemo::projectId(), secondVpc.id);
        QTRY_COMPARE(subnets->listModel()->rowCount(), expected.size());
        subnets->setFocus();
        QTest::keyClicks(subnets->lineEdit(), expected.first().name);
        QTRY_VERIFY(QApplication::activePopupWidget());
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Return);
        QTRY_COMPARE(subnets->currentId(), expected.first().id);

        auto *agencies = picker(QStringLiteral("Agency"));
        QTRY_VERIFY(agencies->listModel()->rowCount() > 0);
        agencies->setCurrentId(SandboxDemo::agencyName());

        QTest::mouseClick(find<QPushButton>(QStringLiteral("Create endpoint")), Qt::LeftButton);
        QTRY_COMPARE(m_server->cloud().endpoints().size(), 1);
        QCOMPARE(m_server->cloud().endpoints().first().vpcId, secondVpc.id);
        QCOMPARE(m_server->cloud().endpoints().first().subnetId, expected.first().id);
        QCOMPARE(m_server->cloud().endpoints().first().xrole, SandboxDemo::agencyName());
        QTRY_VERIFY(!shownIps().isEmpty());
    }

    void subnetOfAnotherVpcIsFlaggedBeforeSending()
    {
        const QString projectId = SandboxDemo::projectId();
        type(QStringLiteral("Project ID"), projectId);
        type(QStringLiteral("VPC ID"), m_server->cloud().firstVpcId());
        auto *subnets = picker(QStringLiteral("Subnet ID"));
        QTRY_COMPARE(subnets->listModel()->rowCount(),
                     m_server->cloud().subnetsOfVpc(projectId, m_server->cloud().firstVpcId()).size());
        const QString otherVpc = m_server->cloud().vpcs(projectId).at(1).id;
        type(QStringLiteral("Subnet ID"), m_server->cloud().subnetsOfVpc(projectId, otherVpc).first().id);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("Create endpoint")), Qt::LeftButton);
        QVERIFY(problemShownFor(QStringLiteral("Subnet ID")));
        QCOMPARE(m_creates, 0);
    }

    void problemsAreShownBesideTheFieldsAndNothingIsSent()
    {
        type(QStringLiteral("Project ID"), QStringLiteral("not-a-project"));
        type(QStringLiteral("VPC ID"), m_server->cloud().firstVpcId());
        type(QStringLiteral("Subnet ID"), QStringLiteral("subnet-1"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("Create endpoint")), Qt::LeftButton);

        QVERIFY(problemShownFor(QStringLiteral("Project ID")));
        QVERIFY(!problemShownFor(QStringLiteral("VPC ID")));
        QVERIFY(problemShownFor(QStringLiteral("Subnet ID")));
        QVERIFY(find<QComboBox>(QStringLiteral("Project ID"))->hasFocus());
        QCOMPARE(m_creates, 0);

        // Fixing a field clears its mark.
        type(QStringLiteral("Project ID"), SandboxDemo::projectId());
        QVERIFY(!problemShownFor(QStringLiteral("Project ID")));
    }

    void cloudErrorsAreShownInWords()
    {
        type(QStringLiteral("Project ID"), SandboxDemo::projectId());
        type(QStringLiteral("VPC ID"), QStringLiteral("00000000-0000-0000-0000-000000000000"));
        type(QStringLiteral("Subnet ID"), m_server->cloud().firstSubnetId());
        QTest::mouseClick(find<QPushButton>(QStringLiteral("Create endpoint")), Qt::LeftButton);

        auto *error = find<QLabel>(QStringLiteral("Error"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().startsWith(QLatin1String("FSS.0404 (HTTP 404)")));
        QVERIFY2(error->text().contains(QLatin1String("check the project, VPC and subnet")), qPrintable(error->text()));
        QCOMPARE(find<QLineEdit>(QStringLiteral("Request ID"))->text().size(), 32);
        QVERIFY(shownIps().isEmpty());
    }

    void plainHttpOverrideIsRefusedBesideTheField()
    {
        typeLine(QStringLiteral("Endpoint override"), QStringLiteral("http://gateway.example.com"));
        fillDemoEndpoint();
        QTest::mouseClick(find<QPushButton>(QStringLiteral("Create endpoint")), Qt::LeftButton);
        QVERIFY(problemShownFor(QStringLiteral("Endpoint override")));
        QCOMPARE(m_creates, 0);
    }

    void credentialsInTheOverrideAreRefusedBesideTheField()
    {
        QUrl withPassword = m_server->baseUrl();
        withPassword.setUserInfo(QStringLiteral("admin:S3cretPass"));
        typeLine(QStringLiteral("Endpoint override"), withPassword.toString());
        fillDemoEndpoint();
        QTest::mouseClick(find<QPushButton>(QStringLiteral("Create endpoint")), Qt::LeftButton);
        QVERIFY(problemShownFor(QStringLiteral("Endpoint override")));
        QCOMPARE(m_creates, 0);
    }

    void signsInWithAnIamPasswordAndFillsTheProject()
    {
        find<QComboBox>(QStringLiteral("Auth method"))->setCurrentIndex(1);
        QVERIFY(find<QLineEdit>(QStringLiteral("Password"))->isVisible());
        QVERIFY(!find<QLineEdit>(QStringLiteral("Token"))->isVisible());
        typeLine(QStringLiteral("Account name"), SandboxDemo::accountName());
        typeLine(QStringLiteral("IAM user name"), SandboxDemo::userName());
        typeLine(QStringLiteral("Password"), QStringLiteral("wrong"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("Sign in")), Qt::LeftButton);
        QTRY_VERIFY2(authStatus().contains(QLatin1String("password is wrong")), qPrintable(authStatus()));

        typeLine(QStringLiteral("Password"), SandboxDemo::password());
        QTest::mouseClick(find<QPushButton>(QStringLiteral("Sign in")), Qt::LeftButton);
        QTRY_VERIFY2(authStatus().contains(SandboxDemo::userName()), qPrintable(authStatus()));
        // The token names its project (the region's default one); the form takes it.
        QTRY_COMPARE(picker(QStringLiteral("Project ID"))->currentId(), SandboxDemo::projectId());

        type(QStringLiteral("VPC ID"), m_server->cloud().firstVpcId());
        type(QStringLiteral("Subnet ID"), m_server->cloud().firstSubnetId());
        QTest::mouseClick(find<QPushButton>(QStringLiteral("Create endpoint")), Qt::LeftButton);
        QTRY_VERIFY(!shownIps().isEmpty());
    }

    void mfaIsAskedForAndTheCodeIsNotKept()
    {
        find<QComboBox>(QStringLiteral("Auth method"))->setCurrentIndex(1);
        typeLine(QStringLiteral("Account name"), SandboxDemo::accountName());
        typeLine(QStringLiteral("IAM user name"), SandboxDemo::mfaUserName());
        typeLine(QStringLiteral("Password"), SandboxDemo::mfaPassword());
        QTest::mouseClick(find<QPushButton>(QStringLiteral("Sign in")), Qt::LeftButton);
        QTRY_VERIFY2(authStatus().contains(QLatin1String("MFA")), qPrintable(authStatus()));

        typeLine(QStringLiteral("MFA user ID"), SandboxDemo::mfaUserId());
        typeLine(QStringLiteral("MFA code"), SandboxDemo::mfaPasscode());
        QTest::mouseClick(find<QPushButton>(QStringLiteral("Sign in")), Qt::LeftButton);
        QTRY_VERIFY2(authStatus().contains(SandboxDemo::mfaUserName()), qPrintable(authStatus()));
        QVERIFY(find<QLineEdit>(QStringLiteral("MFA code"))->text().isEmpty());
    }

    void switchingProfileRebindsEverything()
    {
        Profile other = sandboxProfile(QStringLiteral("Shanghai keys"));
        other.regionId = QStringLiteral("cn-east-3");
        other.authMethod = AuthMethod::AkSk;
        other.accessKeyId = SandboxDemo::accessKey();
        other.projectId = QStringLiteral("1d6e2f3a4b5c46d7a89eaf0b1c2d3e4f");
        QVERIFY(m_profiles->saveProfile(other));
        fillDemoEndpoint();

        // The typed project is an unsaved edit of this profile: the person decides its fate.
        m_window->answer = AnsweringWindow::UnsavedEditsChoice::Stay;
        QVERIFY(!m_window->openProfile(other.name));
        QCOMPARE(m_window->questions, 1);
        QCOMPARE(find<QComboBox>(QStringLiteral("Region"))->currentData().toString(), SandboxDemo::regionId());
        m_window->answer = AnsweringWindow::UnsavedEditsChoice::Discard;
        QVERIFY(m_window->openProfile(other.name));
        QCOMPARE(m_window->questions, 2);
        QCOMPARE(find<QComboBox>(QStringLiteral("Region"))->currentData().toString(), QStringLiteral("cn-east-3"));
        QCOMPARE(picker(QStringLiteral("Project ID"))->currentId(), other.projectId);
        QVERIFY(find<QComboBox>(QStringLiteral("VPC ID"))->currentText().isEmpty());
        QVERIFY(find<QLineEdit>(QStringLiteral("Access key"))->isVisible());
        QCOMPARE(find<QLineEdit>(QStringLiteral("Access key"))->text(), SandboxDemo::accessKey());
        QVERIFY(!find<QLineEdit>(QStringLiteral("Token"))->isVisible());
        QCOMPARE(m_profiles->lastUsedProfileName(), other.name);

        QVERIFY(m_window->openProfile(QStringLiteral("Sandbox")));
        QTRY_COMPARE(find<QLineEdit>(QStringLiteral("Token"))->text(), SandboxDemo::token());
        QVERIFY2(picker(QStringLiteral("Project ID"))->currentId().isEmpty(), "the discarded project edit is gone");
        QCOMPARE(find<QComboBox>(QStringLiteral("Region"))->currentData().toString(), SandboxDemo::regionId());
    }

    void theProfilesNetworkSettingsReachTheRequests()
    {
        // A sandbox over HTTPS, trusted only through the profile's CA file.
        SandboxServer https;
        QVERIFY(https.enableHttps());
        QVERIFY(https.start());
        const QString caFile = m_settings->filePath(QStringLiteral("sandbox.pem"));
        QVERIFY(https.certificate().writePem(caFile));
        auto createOn = [this, &https] {
            type(QStringLiteral("Project ID"), SandboxDemo::projectId());
            type(QStringLiteral("VPC ID"), https.cloud().firstVpcId());
            type(QStringLiteral("Subnet ID"), https.cloud().firstSubnetId());
            QTest::mouseClick(find<QPushButton>(QStringLiteral("Create endpoint")), Qt::LeftButton);
        };

        Profile broken = sandboxProfile(QStringLiteral("Missing CA file"));
        broken.endpointOverride = https.baseUrl().toString();
        broken.caFile = m_settings->filePath(QStringLiteral("missing.pem"));
        QVERIFY(m_profiles->saveProfile(broken));
        m_secrets->keepForSession(broken.name, SecretKind::Token, SandboxDemo::token());
        QVERIFY(m_window->openProfile(broken.name));
        QTRY_VERIFY(find<QLabel>(QStringLiteral("Message"))->text().contains(QLatin1String("does not exist")));
        QTRY_COMPARE(find<QLineEdit>(QStringLiteral("Token"))->text(), SandboxDemo::token());
        createOn();
        auto *error = find<QLabel>(QStringLiteral("Error"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("does not exist")), qPrintable(error->text()));
        QCOMPARE(https.cloud().endpoints().size(), 0);

        Profile trusting = broken;
        trusting.name = QStringLiteral("Sandbox CA file");
        trusting.caFile = caFile;
        QVERIFY(m_profiles->saveProfile(trusting));
        m_secrets->keepForSession(trusting.name, SecretKind::Token, SandboxDemo::token());
        QVERIFY(m_window->openProfile(trusting.name));
        QTRY_COMPARE(find<QLineEdit>(QStringLiteral("Token"))->text(), SandboxDemo::token());
        createOn();
        QTRY_COMPARE(https.cloud().endpoints().size(), 1);
        QTRY_COMPARE(shownIps(), https.cloud().endpoints().first().ips);
    }

    void startsWithTheProfileAskedFor()
    {
        QVERIFY(m_profiles->saveProfile(sandboxProfile(QStringLiteral("Second"))));
        m_workspace = std::make_unique<Workspace>(m_profiles.get(), m_secrets.get());
        m_window = std::make_unique<AnsweringWindow>(m_workspace.get(), m_windowState.get());
        m_window->openStartupProfile(QStringLiteral("Second"));
        QCOMPARE(find<QComboBox>(QStringLiteral("Profile"))->currentText(), QStringLiteral("Second"));

        // An unknown name opens the last used one, and says so.
        m_workspace = std::make_unique<Workspace>(m_profiles.get(), m_secrets.get());
        m_window = std::make_unique<AnsweringWindow>(m_workspace.get(), m_windowState.get());
        m_window->openStartupProfile(QStringLiteral("Nowhere"));
        QCOMPARE(find<QComboBox>(QStringLiteral("Profile"))->currentText(), QStringLiteral("Second"));
        QVERIFY(find<QLabel>(QStringLiteral("Message"))->text().contains(QLatin1String("no profile named Nowhere")));
    }

    void damagedSettingsAreReportedAndTheWindowStarts()
    {
        closeEverything();
        const QString path = m_settings->filePath(QStringLiteral("EndpointDesk.conf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n[profiles\n\x01\x02 = = broken\n");
        file.close();

        startOn(path);
        const QString message = find<QLabel>(QStringLiteral("Message"))->text();
        QVERIFY2(message.contains(QLatin1String("damaged")), qPrintable(message));
        QCOMPARE(find<QComboBox>(QStringLiteral("Profile"))->currentText(), QStringLiteral("Sandbox"));
    }

    // Random bytes pass Qt's reader unnoticed until the first write; then every save failed.
    void randomBytesInTheSettingsAreReportedOnceAndSavingWorks()
    {
        closeEverything();
        const QString path = m_settings->filePath(QStringLiteral("EndpointDesk.conf"));
        QRandomGenerator generator(3);
        QByteArray bytes;
        for (int i = 0; i < 4096; ++i)
            bytes.append(char(generator.bounded(256)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();

        startOn(path);
        QCOMPARE(find<QComboBox>(QStringLiteral("Profile"))->currentText(), ActiveProfile::firstProfileName());
        QVERIFY(m_workspace->activeProfile()->save());
        const QString message = find<QLabel>(QStringLiteral("Message"))->text();
        QCOMPARE(message.count(QLatin1String("was damaged")), 1);
        QVERIFY2(!message.contains(QLatin1String("could not be saved")), qPrintable(message));
        QVERIFY(!QDir(m_settings->path()).entryList({QStringLiteral("EndpointDesk.conf.damaged-*")}).isEmpty());

        // The same problem again, after another one, is not shown twice.
        Q_EMIT m_profiles->storageProblem(QStringLiteral("The disk is full."));
        Q_EMIT m_secrets->secretsRemoved(QStringLiteral("Old"), false);
        Q_EMIT m_profiles->storageProblem(QStringLiteral("The disk is full."));
        QCOMPARE(find<QLabel>(QStringLiteral("Message"))->text().count(QLatin1String("The disk is full.")), 1);
    }

    void aProjectShownByItsNameIsSavedAsItsIdWhenQuitting()
    {
        type(QStringLiteral("Project ID"), SandboxDemo::projectId());
        ResourcePicker *project = picker(QStringLiteral("Project ID"));
        // Listed again, the typed id becomes the listed item, shown by its name.
        project->refresh();
        QTRY_VERIFY(project->currentText() != SandboxDemo::projectId()
                    && project->currentText().contains(SandboxDemo::projectId()));
        QVERIFY(find<QComboBox>(QStringLiteral("Profile"))->currentText().endsWith(QLatin1String(" *")));

        m_window->answer = MainWindow::UnsavedEditsChoice::Save;
        m_window->close();
        QTRY_VERIFY(!m_window->isVisible());
        QCOMPARE(m_window->questions, 1);
        QVERIFY(!find<QLabel>(QStringLiteral("Message"))->text().contains(QLatin1String("hexadecimal")));
        QCOMPARE(ProfileStore(m_profiles->fileName()).profile(QStringLiteral("Sandbox"))->projectId,
                 SandboxDemo::projectId());
    }

    // Quit with edits, answer Save, start again on the same file: the edits are there.
    void savedAtTheQuitQuestionAndFoundAfterARestart()
    {
        const QString override = m_server->baseUrl().toString() + QStringLiteral("/saved-at-quit");
        typeLine(QStringLiteral("Endpoint override"), override);
        QVERIFY(find<QComboBox>(QStringLiteral("Profile"))->currentText().endsWith(QLatin1String(" *")));

        m_window->answer = MainWindow::UnsavedEditsChoice::Save;
        m_window->close();
        QTRY_VERIFY(!m_window->isVisible());
        QCOMPARE(m_window->questions, 1);

        const QString path = m_profiles->fileName();
        closeEverything();
        startOn(path);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_workspace->activeProfile()->name(), QStringLiteral("Sandbox"));
        QCOMPARE(find<QLineEdit>(QStringLiteral("Endpoint override"))->text(), override);
        QVERIFY(!find<QComboBox>(QStringLiteral("Profile"))->currentText().endsWith(QLatin1String(" *")));
    }

    void quittingWaitsForTheAnswerOfACreate()
    {
        fillDemoEndpoint();
        // Every answer from now on is held back for a minute (listings too, which do not hold quitting up).
        m_server->setFault(SandboxFault::delay(60000, 1000));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("Create endpoint")), Qt::LeftButton);
        // The cloud has the endpoint; its answer is on the way.
        QTRY_COMPARE(m_server->cloud().endpoints().size(), 1);
        QVERIFY(m_workspace->isBusy());

        // The answer would be lost with the window: it stays, and says why.
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        QVERIFY(find<QLabel>(QStringLiteral("Message"))->text().contains(QLatin1String("Saving")));
        QVERIFY(!m_window->close());

        // Once the outcome is recorded (here: cancelled after sending), the window closes by itself.
        m_workspace->cancel();
        QTRY_VERIFY(!m_window->isVisible());
        QCOMPARE(m_workspace->history()->history().size(), 1);
        QVERIFY(!m_workspace->history()->history().constFirst().isPending());
    }

    void withoutAKeychainTheWindowSaysSecretsAreForThisRunOnly()
    {
        typeLine(QStringLiteral("Token"), QStringLiteral("another-token"));
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(find<QLabel>(QStringLiteral("Message"))->text().contains(QLatin1String("this session only")));
    }

    void editsMarkTheProfileAndSaveKeepsThem()
    {
        typeLine(QStringLiteral("Endpoint override"), QStringLiteral("https://gateway.example.com"));
        QVERIFY(find<QComboBox>(QStringLiteral("Profile"))->currentText().endsWith(QLatin1String(" *")));
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!find<QComboBox>(QStringLiteral("Profile"))->currentText().endsWith(QLatin1String(" *")));
        QCOMPARE(ProfileStore(m_profiles->fileName()).profile(QStringLiteral("Sandbox"))->endpointOverride,
                 QStringLiteral("https://gateway.example.com"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
