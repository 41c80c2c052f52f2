#include "RequestBuilder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace EndpointDesk;

class TestRequestBuilder : public QObject
{
    Q_OBJECT

private:
    static EndpointSpec spec()
    {
        return {QStringLiteral("cn-north-4"),
                QStringLiteral("0123456789abcdef0123456789abcdef"),
                QStringLiteral("11111111-2222-3333-4444-555555555555"),
                QStringLiteral("66666666-7777-8888-9999-000000000000"),
                QString(),
                QString()};
    }

private Q_SLOTS:
    void createUrl_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QUrl>("override");
        QTest::addColumn<QString>("expected");

        QTest::newRow("Beijing4") << QStringLiteral("cn-north-4") << QUrl()
                                  << QStringLiteral("https://functiongraph.cn-north-4.myhuaweicloud.com/v2/"
                                                    "0123456789abcdef0123456789abcdef/fgs/vpc-endpoint");
        QTest::newRow("Shanghai1") << QStringLiteral("cn-east-3") << QUrl()
                                   << QStringLiteral("https://functiongraph.cn-east-3.myhuaweicloud.com/v2/"
                                                     "0123456789abcdef0123456789abcdef/fgs/vpc-endpoint");
        QTest::newRow("override") << QStringLiteral("cn-north-4") << QUrl(QStringLiteral("http://127.0.0.1:8080"))
                                  << QStringLiteral("http://127.0.0.1:8080/v2/0123456789abcdef0123456789abcdef/fgs/"
                                                    "vpc-endpoint");
        QTest::newRow("override with path prefix and slash")
            << QStringLiteral("cn-north-4") << QUrl(QStringLiteral("https://gw.example.com/huawei/"))
            << QStringLiteral("https://gw.example.com/huawei/v2/0123456789abcdef0123456789abcdef/fgs/vpc-endpoint");
    }

    void createUrl()
    {
        QFETCH(QString, region);
        QFETCH(QUrl, override);
        QFETCH(QString, expected);
        const ApiRequest request = RequestBuilder(ServiceEndpoints(region, override)).createEndpoint(spec());
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.url.toString(QUrl::FullyEncoded), expected);
    }

    void createHeaders()
    {
        const ApiRequest request =
            RequestBuilder(ServiceEndpoints(QStringLiteral("cn-north-4"), {})).createEndpoint(spec());
        QCOMPARE(request.header("content-type"), QByteArray("application/json"));
        QCOMPARE(request.header("X-Project-Id"), QByteArray("0123456789abcdef0123456789abcdef"));
        QVERIFY(request.header("X-Auth-Token").isEmpty());
    }

    void createBody_data()
    {
        QTest::addColumn<QString>("flavor");
        QTest::addColumn<QString>("agency");
        QTest::addColumn<QStringList>("keys");

        QTest::newRow("required only") << QString() << QString()
                                       << QStringList{QStringLiteral("subnet_id"), QStringLiteral("vpc_id")};
        QTest::newRow("flavor and agency") << QStringLiteral("default") << QStringLiteral("fgs-agency")
                                           << QStringList{QStringLiteral("flavor"), QStringLiteral("subnet_id"),
                                                          QStringLiteral("vpc_id"), QStringLiteral("xrole")};
        QTest::newRow("blank optional fields are left out")
            << QStringLiteral("  ") << QStringLiteral(" ")
            << QStringList{QStringLiteral("subnet_id"), QStringLiteral("vpc_id")};
    }

    void createBody()
    {
        QFETCH(QString, flavor);
        QFETCH(QString, agency);
        QFETCH(QStringList, keys);
        EndpointSpec endpoint = spec();
        endpoint.flavor = flavor;
        endpoint.agency = agency;
        endpoint.vpcId = QStringLiteral(" ") + endpoint.vpcId + QStringLiteral(" ");
        const QByteArray body = RequestBuilder::createBody(endpoint);
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        QCOMPARE(object.keys(), keys);
        QCOMPARE(object.value(QLatin1String("vpc_id")).toString(), spec().vpcId);
        QCOMPARE(object.value(QLatin1String("subnet_id")).toString(), spec().subnetId);
        if (keys.contains(QLatin1String("xrole")))
            QCOMPARE(object.value(QLatin1String("xrole")).toString(), agency);
        QVERIFY2(!body.contains('\n'), "compact body: the exact bytes are what a signature covers");
    }

    void deleteRequest()
    {
        const ApiRequest request = RequestBuilder(ServiceEndpoints(QStringLiteral("cn-east-3"), {}))
                                       .deleteEndpoint(spec().projectId, spec().vpcId, spec().subnetId);
        QCOMPARE(request.method, QByteArray("DELETE"));
        QCOMPARE(request.url.toString(QUrl::FullyEncoded),
                 QStringLiteral("https://functiongraph.cn-east-3.myhuaweicloud.com/v2/0123456789abcdef0123456789abcdef/"
                                "fgs/vpc-endpoint/11111111-2222-3333-4444-555555555555/"
                                "66666666-7777-8888-9999-000000000000"));
        QVERIFY(request.body.isEmpty());
    }

    void pathSegmentsAreEncoded()
    {
        // Ids from an old history file could hold anything; they must not change the path.
        const ApiRequest request =
            RequestBuilder(ServiceEndpoints(QStringLiteral("cn-north-4"), {}))
                .deleteEndpoint(spec().projectId, QStringLiteral("../x?y"), QStringLiteral("a/b"));
        QCOMPARE(request.url.path(QUrl::FullyEncoded),
                 QStringLiteral("/v2/0123456789abcdef0123456789abcdef/fgs/vpc-endpoint/..%2Fx%3Fy/a%2Fb"));
        QVERIFY(!request.url.hasQuery());
    }
};

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
