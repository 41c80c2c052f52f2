#include "RequestBuilder.h"

#include <QTest>

using namespace EndpointDesk;

class TestListingRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urls_data();
    void urls();
};

void TestListingRequests::urls_data()
{
    QTest::addColumn<ApiRequest>("request");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("projectHeader");

    const RequestBuilder cloud(ServiceEndpoints(QStringLiteral("cn-north-4"), QUrl()));
    const RequestBuilder sandbox(
        ServiceEndpoints(QStringLiteral("cn-north-4"), QUrl(QStringLiteral("http://127.0.0.1:8080"))));
    const QString p = QStringLiteral("0123456789abcdef0123456789abcdef");

    QTest::newRow("projects") << cloud.listProjects()
                              << QStringLiteral("https://iam.cn-north-4.myhuaweicloud.com/v3/auth/projects")
                              << QByteArray();
    QTest::newRow("vpcs first page") << cloud.listVpcs(p, 2000, QString())
                                     << QStringLiteral("https://vpc.cn-north-4.myhuaweicloud.com/v1/") + p
                                            + QStringLiteral("/vpcs?limit=2000")
                                     << p.toLatin1();
    QTest::newRow("vpcs next page") << cloud.listVpcs(p, 2, QStringLiteral("vpc-2"))
                                    << QStringLiteral("https://vpc.cn-north-4.myhuaweicloud.com/v1/") + p
                                           + QStringLiteral("/vpcs?limit=2&marker=vpc-2")
                                    << p.toLatin1();
    QTest::newRow("subnets") << cloud.listSubnets(p, QStringLiteral("v 1"), 1000, QStringLiteral("s/9"))
                             << QStringLiteral("https://vpc.cn-north-4.myhuaweicloud.com/v1/") + p
                                    + QStringLiteral("/subnets?vpc_id=v%201&limit=1000&marker=s%2F9")
                             << p.toLatin1();
    QTest::newRow("subnets of every VPC")
        << cloud.listSubnets(p, QString(), 1000, QString())
        << QStringLiteral("https://vpc.cn-north-4.myhuaweicloud.com/v1/") + p + QStringLiteral("/subnets?limit=1000")
        << p.toLatin1();
    QTest::newRow("agencies") << cloud.listAgencies(p, 100, 100)
                              << QStringLiteral("https://functiongraph.cn-north-4.myhuaweicloud.com/v2/") + p
                                     + QStringLiteral("/fgs/service-trusted-agencies?marker=100&limit=100")
                              << p.toLatin1();
    QTest::newRow("sandbox vpcs") << sandbox.listVpcs(p, 2, QString())
                                  << QStringLiteral("http://127.0.0.1:8080/v1/") + p + QStringLiteral("/vpcs?limit=2")
                                  << p.toLatin1();
}

void TestListingRequests::urls()
{
    QFETCH(ApiRequest, request);
    QFETCH(QString, url);
    QFETCH(QByteArray, projectHeader);

    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.url.toString(QUrl::FullyEncoded), url);
    QCOMPARE(request.header("X-Project-Id"), projectHeader);
    QVERIFY(request.body.isEmpty());
    QVERIFY(request.header("Content-Type").isEmpty());
}

QTEST_GUILESS_MAIN(TestListingRequests)
#include "tst_listingrequests.moc"
