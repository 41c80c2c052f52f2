// Listing pages meet transient failures (no connection, 429, 502, 503, 504) and are asked for again
// after a pause; a create never is. Against the sandbox over HTTP, which counts what it received.
#include "ClosedPort.h"
#include "CloudConnection.h"
#include "EndpointClient.h"
#include "ListingRetry.h"
#include "ResourceLister.h"
#include "SandboxDemo.h"
#include "SandboxDemoSpec.h"
#include "SandboxServer.h"
#include "TokenAuthenticator.h"
#include "Transport.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace EndpointDesk;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(EndpointDesk::SandboxFault)

class TestListingRetry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void succeedsAfterTransientFailures_data();
    void succeedsAfterTransientFailures();
    void givesUpAfterTheLimitWithTheReason_data();
    void givesUpAfterTheLimitWithTheReason();
    void otherFailuresAreNotRetried_data();
    void otherFailuresAreNotRetried();
    void retryAfterIsHonouredAndCapped_data();
    void retryAfterIsHonouredAndCapped();
    void backoffDoublesUpToTheCap();
    void retryAfterAsDate();
    void cancelDuringThePauseSendsNothingMore();
    void createIsNeverRetried_data();
    void createIsNeverRetried();

private:
    ListingKey vpcKey() const;
    int vpcRequests() const { return m_vpcRequests; }
    static ListingRetry quickRetry();

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<CloudConnection> m_connection;
    int m_vpcRequests = 0;
    int m_creates = 0;
};

void TestListingRetry::initTestCase()
{
    qRegisterMetaType<ResourceItems>();
    qRegisterMetaType<ApiError>();
}

void TestListingRetry::init()
{
    m_vpcRequests = 0;
    m_creates = 0;
    m_server = std::make_unique<SandboxServer>(SandboxSeedOptions{3, 1});
    QVERIFY(m_server->start());
    connect(m_server.get(), &SandboxServer::requestHandled, this,
            [this](const QByteArray &method, const QString &path, int) {
                m_vpcRequests += path.contains(QLatin1String("/vpcs")) ? 1 : 0;
                m_creates += method == "POST" && path.contains(QLatin1String("vpc-endpoint")) ? 1 : 0;
            });
    m_transport = std::make_unique<Transport>();
    m_connection = std::make_unique<CloudConnection>(m_transport.get());
    m_connection->setEndpoints(ServiceEndpoints(SandboxDemo::regionId(), m_server->baseUrl()));
    m_connection->setAuthenticator(std::make_shared<TokenAuthenticator>(SandboxDemo::token()));
}

void TestListingRetry::cleanup()
{
    m_connection.reset();
    m_transport.reset();
    m_server.reset();
}

ListingKey TestListingRetry::vpcKey() const
{
    ListingKey key;
    key.profile = QStringLiteral("sandbox");
    key.region = SandboxDemo::regionId();
    key.projectId = SandboxDemo::projectId();
    key.kind = ResourceKind::Vpc;
    return key;
}

// Short pauses, so the suite stays quick; the defaults are checked in backoffDoublesUpToTheCap.
ListingRetry TestListingRetry::quickRetry()
{
    ListingRetry retry;
    retry.firstDelay = 10ms;
    retry.maxDelay = 40ms;
    return retry;
}

void TestListingRetry::succeedsAfterTransientFailures_data()
{
    QTest::addColumn<SandboxFault>("fault");
    const int limit = ListingRetry().maxRetries;
    QTest::newRow("503 once") << SandboxFault::httpStatus(503, 1);
    QTest::newRow("502 up to the limit") << SandboxFault::httpStatus(502, limit);
    QTest::newRow("504 twice") << SandboxFault::httpStatus(504, 2);
    QTest::newRow("429 throttled") << SandboxFault::throttle(2);
    // Qt's HTTP stack itself sends a GET again once on a connection closed without an answer, so the
    // sandbox may see more requests than the lister sent.
    QTest::newRow("connection dropped") << SandboxFault::dropConnection(2);
}

void TestListingRetry::succeedsAfterTransientFailures()
{
    QFETCH(SandboxFault, fault);
    fault.pathContains = QStringLiteral("/vpcs");
    m_server->setFault(fault);
    ResourceLister lister(m_connection.get());
    lister.setRetry(quickRetry());
    QSignalSpy finished(&lister, &ResourceLister::finished);
    QSignalSpy failed(&lister, &ResourceLister::failed);
    QSignalSpy retrying(&lister, &ResourceLister::retrying);

    QVERIFY(lister.load(vpcKey()));
    QTRY_COMPARE(finished.size() + failed.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(finished.first().at(0).toInt(), 3);
    QVERIFY(retrying.size() >= 1);
    QCOMPARE(lister.requestCount(), retrying.size() + 1);
    if (fault.kind == SandboxFault::Kind::DropConnection) {
        QVERIFY(vpcRequests() >= fault.count + 1);
    } else {
        QCOMPARE(retrying.size(), fault.count);
        QCOMPARE(vpcRequests(), fault.count + 1);
    }
}

void TestListingRetry::givesUpAfterTheLimitWithTheReason_data()
{
    QTest::addColumn<SandboxFault>("fault");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<int>("status");
    QTest::newRow("503 every time") << SandboxFault::httpStatus(503, -1) << Outcome::AnsweredError << 503;
    QTest::newRow("429 every time") << SandboxFault::throttle(-1) << Outcome::AnsweredError << 429;
    QTest::newRow("nothing listening") << SandboxFault() << Outcome::CouldNotConnect << 0;
}

void TestListingRetry::givesUpAfterTheLimitWithTheReason()
{
    QFETCH(SandboxFault, fault);
    QFETCH(Outcome, outcome);
    QFETCH(int, status);
    fault.pathContains = QStringLiteral("/vpcs");
    if (fault.kind == SandboxFault::Kind::None) {
        const QUrl closed = closedLoopbackUrl();
        QVERIFY(closed.isValid());
        m_connection->setEndpoints(ServiceEndpoints(SandboxDemo::regionId(), closed));
    }
    m_server->setFault(fault);
    ResourceLister lister(m_connection.get());
    lister.setRetry(quickRetry());
    QSignalSpy finished(&lister, &ResourceLister::finished);
    QSignalSpy failed(&lister, &ResourceLister::failed);

    QVERIFY(lister.load(vpcKey()));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(finished.size(), 0);
    const int limit = quickRetry().maxRetries;
    const int atServer = fault.kind == SandboxFault::Kind::None ? 0 : limit + 1;
    QCOMPARE(lister.requestCount(), limit + 1);
    QTRY_COMPARE(vpcRequests(), atServer);
    const auto error = failed.first().first().value<ApiError>();
    QCOMPARE(error.outcome, outcome);
    QCOMPARE(error.httpStatus, status);
    QVERIFY(!error.code.isEmpty());
    QVERIFY2(error.hint.contains(QString::number(limit) + QLatin1String(" more time")), qPrintable(error.hint));
    // And no more requests after giving up.
    QTest::qWait(100);
    QCOMPARE(vpcRequests(), atServer);
    QCOMPARE(lister.requestCount(), limit + 1);
}

void TestListingRetry::otherFailuresAreNotRetried_data()
{
    QTest::addColumn<int>("status");
    for (int status : {400, 401, 403, 404, 500})
        QTest::addRow("%d", status) << status;
}

void TestListingRetry::otherFailuresAreNotRetried()
{
    QFETCH(int, status);
    SandboxFault fault = SandboxFault::httpStatus(status, -1);
    fault.pathContains = QStringLiteral("/vpcs");
    m_server->setFault(fault);
    ResourceLister lister(m_connection.get());
    lister.setRetry(quickRetry());
    QSignalSpy failed(&lister, &ResourceLister::failed);
    QSignalSpy retrying(&lister, &ResourceLister::retrying);

    QVERIFY(lister.load(vpcKey()));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(retrying.size(), 0);
    QCOMPARE(lister.requestCount(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().httpStatus, status);
}

void TestListingRetry::retryAfterIsHonouredAndCapped_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("expectedDelayMs");
    QTest::newRow("now") << QByteArray("0") << 0;
    QTest::newRow("two minutes: capped") << QByteArray("120") << 40;
    QTest::newRow("absurdly long: capped") << QByteArray("99999999999999999999") << 40;
    QTest::newRow("unreadable: backoff") << QByteArray("soon") << 10;
    QTest::newRow("negative: backoff") << QByteArray("-5") << 10;
}

void TestListingRetry::retryAfterIsHonouredAndCapped()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, expectedDelayMs);
    SandboxFault fault = SandboxFault::httpStatus(503, 1);
    fault.pathContains = QStringLiteral("/vpcs");
    fault.retryAfter = retryAfter;
    m_server->setFault(fault);
    ResourceLister lister(m_connection.get());
    lister.setRetry(quickRetry());
    QSignalSpy finished(&lister, &ResourceLister::finished);
    QSignalSpy retrying(&lister, &ResourceLister::retrying);

    QVERIFY(lister.load(vpcKey()));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(retrying.first().at(1).toInt(), expectedDelayMs);
}

void TestListingRetry::backoffDoublesUpToTheCap()
{
    const ListingRetry retry; // the defaults the program uses
    const ApiResponse noHeader;
    QCOMPARE(retry.delayBefore(1, noHeader), 500ms);
    QCOMPARE(retry.delayBefore(2, noHeader), 1000ms);
    QCOMPARE(retry.delayBefore(3, noHeader), 2000ms);
    QCOMPARE(retry.delayBefore(30, noHeader), retry.maxDelay);
    QVERIFY(retry.maxRetries >= 1);
}

void TestListingRetry::retryAfterAsDate()
{
    const QDateTime now(QDate(2026, 11, 30), QTime(4, 0, 0), Qt::UTC);
    QCOMPARE(ListingRetry::retryAfter("Mon, 30 Nov 2026 04:00:03 GMT", now), std::optional(3000ms));
    QCOMPARE(ListingRetry::retryAfter("Mon, 30 Nov 2026 03:59:00 GMT", now), std::optional(0ms));
    QCOMPARE(ListingRetry::retryAfter("", now), std::nullopt);
    QCOMPARE(ListingRetry::retryAfter("Someday", now), std::nullopt);
    QCOMPARE(ListingRetry::retryAfter("99999999999999999999", now), std::optional(24h));
}

void TestListingRetry::cancelDuringThePauseSendsNothingMore()
{
    SandboxFault fault = SandboxFault::httpStatus(503, -1);
    fault.pathContains = QStringLiteral("/vpcs");
    m_server->setFault(fault);
    ResourceLister lister(m_connection.get());
    ListingRetry slow;
    slow.firstDelay = 200ms;
    lister.setRetry(slow);
    QSignalSpy retrying(&lister, &ResourceLister::retrying);
    QSignalSpy failed(&lister, &ResourceLister::failed);
    QSignalSpy cancelled(&lister, &ResourceLister::cancelled);

    QVERIFY(lister.load(vpcKey()));
    QVERIFY(retrying.wait());
    lister.cancel();
    QCOMPARE(cancelled.size(), 1);
    QTest::qWait(400); // past the pause: nothing may be sent when it ends
    QCOMPARE(vpcRequests(), 1);
    QCOMPARE(failed.size(), 0);
}

void TestListingRetry::createIsNeverRetried_data()
{
    QTest::addColumn<SandboxFault>("fault");
    QTest::newRow("503") << SandboxFault::httpStatus(503, -1);
    QTest::newRow("502") << SandboxFault::httpStatus(502, -1);
    QTest::newRow("429") << SandboxFault::throttle(-1);
    QTest::newRow("connection dropped") << SandboxFault::dropConnection(-1);
}

void TestListingRetry::createIsNeverRetried()
{
    QFETCH(SandboxFault, fault);
    m_server->setFault(fault);
    EndpointClient client(m_connection.get());
    QSignalSpy finished(&client, &EndpointClient::createFinished);
    QVERIFY(client.create(sandboxDemoSpec(*m_server)));
    QTRY_COMPARE(finished.size(), 1);
    QTest::qWait(200); // a retry would have been sent by now
    QCOMPARE(m_creates, 1);
}

QTEST_GUILESS_MAIN(TestListingRetry)
#include "tst_listingretry.moc"
