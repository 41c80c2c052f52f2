#include "MainWindow.h"
#include "SandboxDemo.h"
#include "SandboxServer.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace EndpointDesk;

// Drives the window the way a person (or a screen reader) finds it: by accessible names.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    T *find(const QString &accessibleName) const
    {
        const auto candidates = m_window->findChildren<T *>();
        for (T *widget : candidates) {
            if (widget->accessibleName() == accessibleName)
                return widget;
        }
        return nullptr;
    }

    void type(const QString &accessibleName, const QString &text)
    {
        auto *combo = find<QComboBox>(accessibleName);
        QVERIFY2(combo, qPrintable(accessibleName));
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), text);
    }

    QStringList shownIps() const
    {
        QStringList ips;
        auto *list = find<QListWidget>(QStringLiteral("Endpoint IPs"));
        for (int row = 0; list && row < list->count(); ++row)
            ips.append(list->item(row)->text());
        return ips;
    }

    bool problemShownFor(const QString &field) const
    {
        auto *label = find<QLabel>(field + QStringLiteral(" problem"));
        return label && label->isVisible() && !label->text().isEmpty();
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    int m_requests = 0;

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->start());
        m_requests = 0;
        connect(m_server.get(), &SandboxServer::requestHandled, this, [this] { ++m_requests; });
        m_window = std::make_unique<MainWindow>();
        StartupConnection connection;
        connection.profileName = QStringLiteral("Sandbox");
        connection.regionId = SandboxDemo::regionId();
        connection.endpointOverride = m_server->baseUrl();
        connection.credentials.token = SandboxDemo::token();
        m_window->applyConnection(connection);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_server.reset();
    }

    void everyInputIsNamed()
    {
        for (const QString &name : {QStringLiteral("Profile"), QStringLiteral("Region"), QStringLiteral("Project ID"),
                                    QStringLiteral("VPC ID"), QStringLiteral("Subnet ID"), QStringLiteral("Flavor"),
                                    QStringLiteral("Agency")})
            QVERIFY2(find<QComboBox>(name), qPrintable(name));
        for (const QString &name : {QStringLiteral("Endpoint override"), QStringLiteral("Token"),
                                    QStringLiteral("Domain name"), QStringLiteral("Request ID")})
            QVERIFY2(find<QLineEdit>(name), qPrintable(name));
        for (const QString &name : {QStringLiteral("Sign in"), QStringLiteral("Create endpoint"), QStringLiteral("Cancel")})
            QVERIFY2(find<QPushButton>(name), qPrintable(name));
        QVERIFY(find<QListWidget>(QStringLiteral("Endpoint IPs")));
        QVERIFY(find<QLabel>(QStringLiteral("Error")));
        // Every input has a label that names it and takes the keyboard to it.
        const auto labels = m_window->findChildren<QLabel *>();
        int buddies = 0;
        for (const QLabel *label : labels)
            buddies += label->buddy() ? 1 : 0;
        QVERIFY(buddies >= 13);
    }

    void createsAnEndpointFromTheForm()
    {
        type(QStringLiteral("Project ID"), SandboxDemo::projectId());
        type(QStringLiteral("VPC ID"), m_server->cloud().firstVpcId());
        type(QStringLiteral("Subnet ID"), m_server->cloud().firstSubnetId());
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
    }

    void shortcutCreates()
    {
        type(QStringLiteral("Project ID"), SandboxDemo::projectId());
        type(QStringLiteral("VPC ID"), m_server->cloud().firstVpcId());
        type(QStringLiteral("Subnet ID"), m_server->cloud().firstSubnetId());
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!shownIps().isEmpty());
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
        QCOMPARE(m_requests, 0);

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
        auto *override = find<QLineEdit>(QStringLiteral("Endpoint override"));
        override->clear();
        QTest::keyClicks(override, QStringLiteral("http://gateway.example.com"));
        type(QStringLiteral("Project ID"), SandboxDemo::projectId());
        type(QStringLiteral("VPC ID"), m_server->cloud().firstVpcId());
        type(QStringLiteral("Subnet ID"), m_server->cloud().firstSubnetId());
        QTest::mouseClick(find<QPushButton>(QStringLiteral("Create endpoint")), Qt::LeftButton);

        QVERIFY(problemShownFor(QStringLiteral("Endpoint override")));
        QCOMPARE(m_requests, 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
