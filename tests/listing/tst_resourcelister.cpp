#include "ClosedPort.h"
#include "CloudConnection.h"
#include "ListingCache.h"
#include "ResourceLister.h"
#include "SandboxDemo.h"
#include "SandboxServer.h"
#include "TokenAuthenticator.h"
#include "Transport.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace EndpointDesk;

Q_DECLARE_METATYPE(EndpointDesk::ResourceKind)

class TestResourceLister : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void pagesVpcsToTheEnd_data();
    void pagesVpcsToTheEnd();
    void pagesSubnetsOfOneVpc();
    void listsProjectsAndAgencies_data();
    void listsProjectsAndAgencies();
    void cancelBetweenPages();
    void cancelWhileWaiting();
    void failedPage_data();
    void failedPage();
    void malformedBodyKeepsRawBody();
    void failuresSayWhatHappened_data();
    void failuresSayWhatHappened();
    void oversizedPageIsAskedForSmaller();
    void cacheHitAndRefresh();
    void incompleteKeyIsRefused();

private:
    void startSandbox(SandboxSeedOptions options);
    ListingKey key(ResourceKind kind, const QString &vpcId = {}) const;
    int requestsTo(const QString &pathPart) const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<CloudConnection> m_connection;
    QList<QString> m_paths;
};

void TestResourceLister::initTestCase()
{
    qRegisterMetaType<ResourceItems>();
    qRegisterMetaType<ApiError>();
}

void TestResourceLister::startSandbox(SandboxSeedOptions options)
{
    m_paths.clear();
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->start());
    connect(m_server.get(), &SandboxServer::requestHandled, this,
            [this](const QByteArray &, const QString &path, int) { m_paths.append(path); });
    m_transport = std::make_unique<Transport>();
    m_connection = std::make_unique<CloudConnection>(m_transport.get());
    m_connection->setEndpoints(ServiceEndpoints(SandboxDemo::regionId(), m_server->baseUrl()));
    m_connection->setAuthenticator(std::make_shared<TokenAuthenticator>(SandboxDemo::token()));
}

void TestResourceLister::cleanup()
{
    m_connection.reset();
    m_transport.reset();
    m_server.reset();
}

ListingKey TestResourceLister::key(ResourceKind kind, const QString &vpcId) const
{
    ListingKey key;
    key.profile = QStringLiteral("sandbox");
    key.region = SandboxDemo::regionId();
    key.projectId = kind == ResourceKind::Project ? QString() : SandboxDemo::projectId();
    key.kind = kind;
    key.vpcId = vpcId;
    return key;
}

int TestResourceLister::requestsTo(const QString &pathPart) const
{
    int count = 0;
    for (const QString &path : m_paths)
        count += path.contains(pathPart) ? 1 : 0;
    return count;
}

void TestResourceLister::pagesVpcsToTheEnd_data()
{
    QTest::addColumn<int>("vpcCount");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("expectedRequests");

    QTest::newRow("last page exactly full: one empty page more") << 4 << 2 << 3;
    QTest::newRow("last page short") << 5 << 2 << 3;
    QTest::newRow("one short page") << 3 << 10 << 1;
    QTest::newRow("one full page") << 3 << 3 << 2;
    QTest::newRow("many pages") << 25 << 4 << 7;
}

void TestResourceLister::pagesVpcsToTheEnd()
{
    QFETCH(int, vpcCount);
    QFETCH(int, limit);
    QFETCH(int, expectedRequests);

    startSandbox(SandboxSeedOptions{vpcCount, 1});
    ResourceLister lister(m_connection.get());
    lister.setPageLimit(limit);
    QSignalSpy items(&lister, &ResourceLister::itemsReady);
    QSignalSpy progress(&lister, &ResourceLister::progress);
    QSignalSpy finished(&lister, &ResourceLister::finished);
    QSignalSpy failed(&lister, &ResourceLister::failed);

    QVERIFY(lister.load(key(ResourceKind::Vpc)));
    QVERIFY(lister.isLoading());
    QTRY_COMPARE(finished.size() + failed.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(finished.first().at(0).toInt(), vpcCount);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY(!lister.isLoading());

    QStringList ids;
    for (const QList<QVariant> &batch : items) {
        const auto page = batch.first().value<ResourceItems>();
        QVERIFY(page.size() <= limit);
        for (const ResourceItem &item : page)
            ids.append(item.id);
    }
    QStringList expected;
    for (const SandboxVpc &vpc : m_server->cloud().vpcs(SandboxDemo::projectId()))
        expected.append(vpc.id);
    QCOMPARE(ids, expected);
    QCOMPARE(lister.requestCount(), expectedRequests);
    QCOMPARE(requestsTo(QStringLiteral("/vpcs")), expectedRequests);
    QCOMPARE(progress.size(), expectedRequests);
    QCOMPARE(progress.last().at(0).toInt(), vpcCount);
    QCOMPARE(progress.last().at(1).toInt(), expectedRequests);
}

void TestResourceLister::pagesSubnetsOfOneVpc()
{
    startSandbox(SandboxSeedOptions{3, 16});
    const QString vpcId = m_server->cloud().vpcs(SandboxDemo::projectId()).at(1).id;
    ResourceLister lister(m_connection.get());
    lister.setPageLimit(5);
    QSignalSpy items(&lister, &ResourceLister::itemsReady);
    QSignalSpy finished(&lister, &ResourceLister::finished);

    QVERIFY(lister.load(key(ResourceKind::Subnet, vpcId)));
    QTRY_COMPARE(finished.size(), 1);
    QStringList ids;
    for (const QList<QVariant> &batch : items) {
        for (const ResourceItem &item : batch.first().value<ResourceItems>()) {
            QCOMPARE(item.parentId, vpcId);
            ids.append(item.id);
        }
    }
    QStringList expected;
    for (const SandboxSubnet &subnet : m_server->cloud().subnetsOfVpc(SandboxDemo::projectId(), vpcId))
        expected.append(subnet.id);
    QCOMPARE(ids, expected);
    QCOMPARE(ids.size(), 16);
    QCOMPARE(lister.requestCount(), 4); // 5, 5, 5, 1
}

void TestResourceLister::listsProjectsAndAgencies_data()
{
    QTest::addColumn<ResourceKind>("kind");
    QTest::addColumn<QString>("expectedId");

    QTest::newRow("projects") << ResourceKind::Project << SandboxDemo::projectId();
    QTest::newRow("agencies") << ResourceKind::Agency << SandboxDemo::agencyName();
}

void TestResourceLister::listsProjectsAndAgencies()
{
    QFETCH(ResourceKind, kind);
    QFETCH(QString, expectedId);

    startSandbox({});
    ResourceLister lister(m_connection.get());
    QSignalSpy items(&lister, &ResourceLister::itemsReady);
    QSignalSpy finished(&lister, &ResourceLister::finished);
    QSignalSpy failed(&lister, &ResourceLister::failed);
    QVERIFY(lister.load(key(kind)));
    QTRY_COMPARE(finished.size() + failed.size(), 1);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<ApiError>().message));
    QStringList ids;
    for (const QList<QVariant> &batch : items) {
        for (const ResourceItem &item : batch.first().value<ResourceItems>())
            ids.append(item.id);
    }
    QVERIFY2(ids.contains(expectedId), qPrintable(ids.join(QLatin1Char(','))));
}

void TestResourceLister::cancelBetweenPages()
{
    startSandbox(SandboxSeedOptions{10, 1});
    ListingCache cache;
    ResourceLister lister(m_connection.get());
    lister.setCache(&cache);
    lister.setPageLimit(2);
    QSignalSpy items(&lister, &ResourceLister::itemsReady);
    QSignalSpy finished(&lister, &ResourceLister::finished);
    QSignalSpy cancelled(&lister, &ResourceLister::cancelled);
    // Cancel as the second page arrives, the way a user pressing Cancel between pages would.
    connect(&lister, &ResourceLister::progress, &lister, [&lister](int, int pages) {
        if (pages == 2)
            lister.cancel();
    });

    QVERIFY(lister.load(key(ResourceKind::Vpc)));
    QTRY_COMPARE(cancelled.size(), 1);
    QVERIFY(!lister.isLoading());
    // Nothing more is asked for: a further listing of another kind finishes first and proves the queue is empty.
    QCOMPARE(lister.requestCount(), 2);
    ResourceLister other(m_connection.get());
    QSignalSpy otherFinished(&other, &ResourceLister::finished);
    QVERIFY(other.load(key(ResourceKind::Agency)));
    QTRY_COMPARE(otherFinished.size(), 1);
    QCOMPARE(requestsTo(QStringLiteral("/vpcs")), 2);
    QCOMPARE(items.size(), 2);
    QCOMPARE(finished.size(), 0);
    QVERIFY(!cache.contains(key(ResourceKind::Vpc))); // a partial list is never cached
}

void TestResourceLister::cancelWhileWaiting()
{
    startSandbox(SandboxSeedOptions{4, 1});
    SandboxFault slow = SandboxFault::delay(300);
    slow.pathContains = QStringLiteral("/vpcs");
    m_server->setFault(slow);
    ResourceLister lister(m_connection.get());
    QSignalSpy items(&lister, &ResourceLister::itemsReady);
    QSignalSpy finished(&lister, &ResourceLister::finished);
    QSignalSpy failed(&lister, &ResourceLister::failed);
    QSignalSpy cancelled(&lister, &ResourceLister::cancelled);

    QVERIFY(lister.load(key(ResourceKind::Vpc)));
    lister.cancel();
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!lister.isLoading());
    lister.cancel(); // idle: nothing to say
    QCOMPARE(cancelled.size(), 1);

    // Listing again: only the new listing's items arrive, never the abandoned request's.
    QVERIFY(lister.load(key(ResourceKind::Vpc)));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().first().value<ResourceItems>().size(), 4);
    QCOMPARE(finished.first().first().toInt(), 4);
    QCOMPARE(failed.size(), 0);
}

void TestResourceLister::failedPage_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("notPermitted");
    QTest::addColumn<int>("failingPage");

    QTest::newRow("403 on the first page") << 403 << true << 1;
    QTest::newRow("403 on a later page") << 403 << true << 2;
    QTest::newRow("500") << 500 << false << 1;
    QTest::newRow("401") << 401 << false << 1;
}

void TestResourceLister::failedPage()
{
    QFETCH(int, status);
    QFETCH(bool, notPermitted);
    QFETCH(int, failingPage);

    startSandbox(SandboxSeedOptions{6, 1});
    ListingCache cache;
    ResourceLister lister(m_connection.get());
    lister.setCache(&cache);
    lister.setPageLimit(2);
    QSignalSpy failed(&lister, &ResourceLister::failed);
    QSignalSpy finished(&lister, &ResourceLister::finished);
    SandboxFault fault = SandboxFault::httpStatus(status);
    fault.pathContains = QStringLiteral("/vpcs");
    if (failingPage == 1) {
        m_server->setFault(fault);
    } else {
        connect(&lister, &ResourceLister::progress, this, [this, fault](int, int pages) {
            if (pages == 1)
                m_server->setFault(fault);
        });
    }

    QVERIFY(lister.load(key(ResourceKind::Vpc)));
    QTRY_COMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<ApiError>();
    QCOMPARE(error.outcome, Outcome::AnsweredError);
    QCOMPARE(error.httpStatus, status);
    QVERIFY(!error.code.isEmpty());
    QVERIFY(!error.requestId.isEmpty());
    QCOMPARE(ResourceLister::isNotPermitted(error), notPermitted);
    QCOMPARE(error.hint.contains(QLatin1String("type the ID")), notPermitted);
    QVERIFY(!error.hint.isEmpty());
    QCOMPARE(finished.size(), 0);
    QVERIFY(!lister.isLoading());
    QCOMPARE(lister.requestCount(), failingPage);
    QVERIFY(!cache.contains(key(ResourceKind::Vpc)));
}

void TestResourceLister::malformedBodyKeepsRawBody()
{
    startSandbox(SandboxSeedOptions{4, 1});
    m_server->setFault(SandboxFault::malformedJson());
    ResourceLister lister(m_connection.get());
    QSignalSpy failed(&lister, &ResourceLister::failed);
    QVERIFY(lister.load(key(ResourceKind::Vpc)));
    QTRY_COMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<ApiError>();
    QCOMPARE(error.outcome, Outcome::UnreadableSuccess);
    QCOMPARE(error.code, QStringLiteral("BAD_RESPONSE"));
    QCOMPARE(error.httpStatus, 200);
    QVERIFY(!error.rawBody.isEmpty());
    QVERIFY(error.message.contains(QLatin1String("VPCs")));
    QVERIFY(error.hint.contains(QLatin1String("type the ID")));
}

void TestResourceLister::failuresSayWhatHappened_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<Outcome>("outcome");
    QTest::newRow("not signed in") << QStringLiteral("no token") << Outcome::NotSent;
    QTest::newRow("connection refused") << QStringLiteral("closed port") << Outcome::CouldNotConnect;
    QTest::newRow("no answer in time") << QStringLiteral("slow") << Outcome::NoAnswer;
}

void TestResourceLister::failuresSayWhatHappened()
{
    QFETCH(QString, how);
    QFETCH(Outcome, outcome);
    startSandbox(SandboxSeedOptions{4, 1});
    if (how == QLatin1String("no token")) {
        m_connection->setAuthenticator(std::make_shared<TokenAuthenticator>(QString()));
    } else if (how == QLatin1String("closed port")) {
        const QUrl closed = closedLoopbackUrl();
        QVERIFY(closed.isValid());
        m_connection->setEndpoints(ServiceEndpoints(SandboxDemo::regionId(), closed));
    } else if (how == QLatin1String("slow")) {
        m_server->setFault(SandboxFault::delay(30000));
        m_transport->setTimeout(std::chrono::milliseconds(300));
    }
    ResourceLister lister(m_connection.get());
    QSignalSpy failed(&lister, &ResourceLister::failed);
    QVERIFY(lister.load(key(ResourceKind::Vpc)));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().outcome, outcome);
}

void TestResourceLister::oversizedPageIsAskedForSmaller()
{
    startSandbox(SandboxSeedOptions{40, 1});
    m_transport->setMaxBodyBytes(4 * 1024);
    ResourceLister lister(m_connection.get());
    lister.setPageLimit(ResourceLister::minimumPageLimit * 8);
    QSignalSpy finished(&lister, &ResourceLister::finished);
    QSignalSpy failed(&lister, &ResourceLister::failed);
    QVERIFY(lister.load(key(ResourceKind::Vpc)));
    QTRY_COMPARE(finished.size() + failed.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(finished.first().first().toInt(), 40);
    QVERIFY(lister.requestCount() > lister.pageCount()); // at least one page was asked for again
}

void TestResourceLister::cacheHitAndRefresh()
{
    startSandbox(SandboxSeedOptions{5, 2});
    ListingCache cache;
    ResourceLister lister(m_connection.get());
    lister.setCache(&cache);
    QSignalSpy finished(&lister, &ResourceLister::finished);
    QSignalSpy items(&lister, &ResourceLister::itemsReady);

    QVERIFY(lister.load(key(ResourceKind::Vpc)));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.last().at(1).toBool(), false);
    QCOMPARE(requestsTo(QStringLiteral("/vpcs")), 1);
    QVERIFY(cache.contains(key(ResourceKind::Vpc)));

    // Again: from the cache, asynchronously, with no request.
    QVERIFY(lister.load(key(ResourceKind::Vpc)));
    QCOMPARE(finished.size(), 1);
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(finished.last().at(0).toInt(), 5);
    QCOMPARE(finished.last().at(1).toBool(), true);
    QCOMPARE(items.last().first().value<ResourceItems>().size(), 5);
    QCOMPARE(requestsTo(QStringLiteral("/vpcs")), 1);

    // Refresh: from the cloud, and the cache holds the new list.
    QVERIFY(lister.load(key(ResourceKind::Vpc), ResourceLister::Source::Cloud));
    QVERIFY(!cache.contains(key(ResourceKind::Vpc)));
    QTRY_COMPARE(finished.size(), 3);
    QCOMPARE(finished.last().at(1).toBool(), false);
    QCOMPARE(requestsTo(QStringLiteral("/vpcs")), 2);
    QVERIFY(cache.contains(key(ResourceKind::Vpc)));

    // Another profile is another list.
    ListingKey otherProfile = key(ResourceKind::Vpc);
    otherProfile.profile = QStringLiteral("other");
    QVERIFY(lister.load(otherProfile));
    QTRY_COMPARE(finished.size(), 4);
    QCOMPARE(requestsTo(QStringLiteral("/vpcs")), 3);
}

void TestResourceLister::incompleteKeyIsRefused()
{
    startSandbox({});
    ResourceLister lister(m_connection.get());
    ListingKey noProject = key(ResourceKind::Vpc);
    noProject.projectId.clear();
    QVERIFY(!lister.load(noProject));
    QVERIFY(!lister.isLoading());
}

QTEST_GUILESS_MAIN(TestResourceLister)
#include "tst_resourcelister.moc"
