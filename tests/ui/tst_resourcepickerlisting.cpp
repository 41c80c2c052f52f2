#include "CloudConnection.h"
#include "ListingCache.h"
#include "ResourceListModel.h"
#include "ResourceLister.h"
#include "ResourcePicker.h"
#include "SandboxDemo.h"
#include "SandboxServer.h"
#include "TokenAuthenticator.h"
#include "Transport.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace EndpointDesk;

class TestResourcePickerListing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsAndCountsInTheStatusLine();
    void forbiddenSaysTypeTheId();
    void aFailureIsToldInWordsBesideThePicker();
    void sharedCacheServesTheSecondPicker();
    void f5ListsAgainAndRefreshIsNoTabStop();
    void subnetPickerWaitsForAVpc();
    void profileIdBecomesTheListedItem();

private:
    ListingKey scope() const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<CloudConnection> m_connection;
    int m_vpcRequests = 0;
};

void TestResourcePickerListing::init()
{
    m_vpcRequests = 0;
    m_server = std::make_unique<SandboxServer>(SandboxSeedOptions{5, 2});
    QVERIFY(m_server->start());
    connect(m_server.get(), &SandboxServer::requestHandled, this, [this](const QByteArray &, const QString &path, int) {
        m_vpcRequests += path.endsWith(QLatin1String("/vpcs")) ? 1 : 0;
    });
    m_transport = std::make_unique<Transport>();
    m_connection = std::make_unique<CloudConnection>(m_transport.get());
    m_connection->setEndpoints(ServiceEndpoints(SandboxDemo::regionId(), m_server->baseUrl()));
    m_connection->setAuthenticator(std::make_shared<TokenAuthenticator>(SandboxDemo::token()));
}

void TestResourcePickerListing::cleanup()
{
    m_connection.reset();
    m_transport.reset();
    m_server.reset();
}

ListingKey TestResourcePickerListing::scope() const
{
    return {QStringLiteral("sandbox"), SandboxDemo::regionId(), SandboxDemo::projectId(), ResourceKind::Vpc, {}};
}

void TestResourcePickerListing::listsAndCountsInTheStatusLine()
{
    ListingCache cache;
    ResourceLister pickerLister(m_connection.get());
    pickerLister.setCache(&cache);
    ResourcePicker picker(ResourceKind::Vpc);
    picker.setLister(&pickerLister);
    picker.lister()->setPageLimit(2);
    QSignalSpy status(&picker, &ResourcePicker::statusChanged);
    picker.setScope(scope());
    QVERIFY(picker.isLoading());
    QTRY_VERIFY(!picker.isLoading());
    QCOMPARE(picker.listModel()->rowCount(), 5);
    QStringList texts;
    for (const QList<QVariant> &args : status)
        texts.append(args.first().toString());
    QVERIFY2(texts.contains(QStringLiteral("Loading\u2026 2 VPCs")), qPrintable(texts.join(QLatin1String(" | "))));
    QCOMPARE(picker.statusText(), QStringLiteral("5 VPCs"));
}

void TestResourcePickerListing::forbiddenSaysTypeTheId()
{
    SandboxFault fault = SandboxFault::httpStatus(403);
    fault.pathContains = QStringLiteral("/vpcs");
    m_server->setFault(fault);
    ListingCache cache;
    ResourceLister pickerLister(m_connection.get());
    pickerLister.setCache(&cache);
    ResourcePicker picker(ResourceKind::Vpc);
    picker.setLister(&pickerLister);
    QSignalSpy failed(&picker, &ResourcePicker::loadFailed);
    picker.setScope(scope());
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(picker.statusText(), QStringLiteral("Listing not permitted: type the ID"));
    // Typing still works.
    picker.setEditText(QStringLiteral(" my-vpc-id "));
    QCOMPARE(picker.currentId(), QStringLiteral("my-vpc-id"));
}

void TestResourcePickerListing::aFailureIsToldInWordsBesideThePicker()
{
    SandboxFault fault = SandboxFault::httpStatus(500);
    fault.pathContains = QStringLiteral("/vpcs");
    m_server->setFault(fault);
    ListingCache cache;
    ResourceLister pickerLister(m_connection.get());
    pickerLister.setCache(&cache);
    ResourcePicker picker(ResourceKind::Vpc);
    picker.setLister(&pickerLister);
    QSignalSpy failed(&picker, &ResourcePicker::loadFailed);
    picker.setScope(scope());
    QTRY_COMPARE(failed.size(), 1);
    const ApiError error = failed.first().first().value<ApiError>();
    QVERIFY(!error.requestId.isEmpty());

    // A label a screen reader finds, in the status widget beside the field: not only a tooltip.
    QLabel *problem = nullptr;
    for (QLabel *label : picker.statusWidget()->findChildren<QLabel *>()) {
        if (label->accessibleName() == QLatin1String("VPC ID list problem"))
            problem = label;
    }
    QVERIFY(problem);
    QVERIFY(problem->isVisibleTo(picker.statusWidget()));
    QCOMPARE(problem->text(), picker.problemText());
    QVERIFY2(problem->text().startsWith(QLatin1String("Could not list VPCs:")), qPrintable(problem->text()));
    QVERIFY2(problem->text().contains(QLatin1String("HTTP 500")), qPrintable(problem->text()));
    QVERIFY2(problem->text().contains(QStringLiteral("Request ID: ") + error.requestId), qPrintable(problem->text()));

    // Listing again replaces the failure.
    m_server->clearFault();
    picker.refresh();
    QTRY_VERIFY(!picker.isLoading() && picker.statusText() == QLatin1String("5 VPCs"));
    QVERIFY(picker.problemText().isEmpty());
    QVERIFY(!problem->isVisibleTo(picker.statusWidget()));
}

void TestResourcePickerListing::sharedCacheServesTheSecondPicker()
{
    ListingCache cache;
    ResourceLister firstLister(m_connection.get());
    firstLister.setCache(&cache);
    ResourcePicker first(ResourceKind::Vpc);
    first.setLister(&firstLister);
    first.setScope(scope());
    QTRY_VERIFY(!first.isLoading());
    QCOMPARE(m_vpcRequests, 1);

    ResourceLister secondLister(m_connection.get());
    secondLister.setCache(&cache);
    ResourcePicker second(ResourceKind::Vpc);
    second.setLister(&secondLister);
    second.setScope(scope());
    QTRY_COMPARE(second.listModel()->rowCount(), 5);
    QCOMPARE(m_vpcRequests, 1);

    second.refresh();
    QTRY_VERIFY(!second.isLoading());
    QCOMPARE(m_vpcRequests, 2);
    QCOMPARE(second.listModel()->rowCount(), 5);
}

void TestResourcePickerListing::f5ListsAgainAndRefreshIsNoTabStop()
{
    ListingCache cache;
    ResourceLister pickerLister(m_connection.get());
    pickerLister.setCache(&cache);
    ResourcePicker picker(ResourceKind::Vpc);
    picker.setLister(&pickerLister);
    picker.setScope(scope());
    QTRY_VERIFY(!picker.isLoading());
    QCOMPARE(m_vpcRequests, 1);

    picker.show();
    picker.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&picker));
    picker.setFocus();
    QTRY_VERIFY(picker.hasFocus());
    QTest::keyClick(&picker, Qt::Key_F5);
    QVERIFY(picker.isLoading());
    QTRY_VERIFY(!picker.isLoading());
    QCOMPARE(m_vpcRequests, 2);

    const auto buttons = picker.statusWidget()->findChildren<QToolButton *>();
    const auto refresh = std::find_if(buttons.cbegin(), buttons.cend(), [](const QToolButton *button) {
        return button->accessibleName() == QStringLiteral("Refresh the list of VPCs");
    });
    QVERIFY(refresh != buttons.cend());
    QCOMPARE((*refresh)->focusPolicy(), Qt::NoFocus);
}

void TestResourcePickerListing::subnetPickerWaitsForAVpc()
{
    ListingCache cache;
    ResourceLister pickerLister(m_connection.get());
    pickerLister.setCache(&cache);
    ResourcePicker picker(ResourceKind::Subnet);
    picker.setLister(&pickerLister);
    picker.setScope(scope()); // no VPC yet
    QVERIFY(!picker.isLoading());
    QVERIFY(picker.statusText().contains(QLatin1String("VPC")));

    ListingKey withVpc = scope();
    withVpc.vpcId = m_server->cloud().firstVpcId();
    picker.setScope(withVpc);
    QTRY_VERIFY(!picker.isLoading());
    QCOMPARE(picker.listModel()->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(picker.listModel()->item(row).parentId, withVpc.vpcId);
}

void TestResourcePickerListing::profileIdBecomesTheListedItem()
{
    ListingCache cache;
    ResourceLister pickerLister(m_connection.get());
    pickerLister.setCache(&cache);
    ResourcePicker picker(ResourceKind::Vpc);
    picker.setLister(&pickerLister);
    const QString id = m_server->cloud().firstVpcId();
    picker.setCurrentId(id); // before the list has arrived
    picker.setScope(scope());
    QTRY_VERIFY(!picker.isLoading());
    QCOMPARE(picker.currentId(), id);
    QVERIFY(picker.currentText().contains(QLatin1String(" (") + id + QLatin1Char(')')));
}

QTEST_MAIN(TestResourcePickerListing)
#include "tst_resourcepickerlisting.moc"
