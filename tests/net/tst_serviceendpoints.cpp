#include "Region.h"
#include "ServiceEndpoints.h"
#include "Transport.h"

#include <QTest>

using namespace EndpointDesk;

class TestServiceEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regions()
    {
        const QList<Region> &regions = RegionCatalog::all();
        QCOMPARE(regions.size(), 4);
        QStringList documented;
        QStringList sdkOnly;
        for (const Region &region : regions)
            (region.listedBySdksOnly ? sdkOnly : documented).append(region.id);
        QCOMPARE(documented, (QStringList{QStringLiteral("cn-north-4"), QStringLiteral("cn-east-3")}));
        QCOMPARE(sdkOnly, (QStringList{QStringLiteral("cn-east-2"), QStringLiteral("cn-southwest-2")}));
        QVERIFY(RegionCatalog::find(QStringLiteral("cn-east-3")));
        QVERIFY(!RegionCatalog::find(QStringLiteral("eu-west-0")));
    }

    void hostsFromRegion_data()
    {
        QTest::addColumn<int>("service");
        QTest::addColumn<QString>("expected");
        QTest::newRow("FunctionGraph") << int(ServiceEndpoints::Service::FunctionGraph)
                                       << QStringLiteral("https://functiongraph.cn-east-2.myhuaweicloud.com");
        QTest::newRow("VPC") << int(ServiceEndpoints::Service::Vpc)
                             << QStringLiteral("https://vpc.cn-east-2.myhuaweicloud.com");
        QTest::newRow("IAM") << int(ServiceEndpoints::Service::Iam)
                             << QStringLiteral("https://iam.cn-east-2.myhuaweicloud.com");
    }

    void hostsFromRegion()
    {
        QFETCH(int, service);
        QFETCH(QString, expected);
        const ServiceEndpoints endpoints(QStringLiteral("cn-east-2"), {});
        QCOMPARE(endpoints.baseUrl(static_cast<ServiceEndpoints::Service>(service)).toString(), expected);
    }

    void overrideSendsEveryServiceToOneAddress()
    {
        const ServiceEndpoints endpoints(QStringLiteral("cn-north-4"),
                                         QUrl(QStringLiteral("https://gw.example.com:8443/")));
        for (auto service :
             {ServiceEndpoints::Service::FunctionGraph, ServiceEndpoints::Service::Vpc, ServiceEndpoints::Service::Iam})
            QCOMPARE(endpoints.baseUrl(service).toString(), QStringLiteral("https://gw.example.com:8443"));
    }

    void overrideRules_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << QStringLiteral("https://gw.example.com") << true;
        QTest::newRow("http to 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("http to 127.1.2.3") << QStringLiteral("http://127.1.2.3") << true;
        QTest::newRow("http to localhost") << QStringLiteral("http://localhost:1") << true;
        QTest::newRow("http to [::1]") << QStringLiteral("http://[::1]:8080") << true;
        QTest::newRow("http elsewhere") << QStringLiteral("http://gw.example.com") << false;
        QTest::newRow("http to a private address") << QStringLiteral("http://10.0.0.1") << false;
        QTest::newRow("http to a look-alike") << QStringLiteral("http://127.0.0.1.example.com") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
        QTest::newRow("no host") << QStringLiteral("https://") << false;
        QTest::newRow("user and password") << QStringLiteral("http://admin:S3cretPass@127.0.0.1:8080") << false;
        QTest::newRow("user only") << QStringLiteral("https://admin@gw.example.com") << false;
    }

    void overrideRules()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QCOMPARE(ServiceEndpoints::checkOverride(QUrl(url)).isEmpty(), accepted);
        // The transport enforces the same rule for every call, whatever built the URL.
        QCOMPARE(Transport::checkUrl(QUrl(url)).isEmpty(), accepted);
    }

    // The address is stored in plain text, shown in the preview and prefixed to every call's path.
    void overrideExtrasAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("user and password")
            << QStringLiteral("http://admin:S3cretPass@127.0.0.1:8080") << QStringLiteral("password");
        QTest::newRow("user, bare host") << QStringLiteral("admin:S3cretPass@gw.example.com")
                                         << QStringLiteral("password");
        QTest::newRow("query") << QStringLiteral("http://127.0.0.1:8080/?x=1") << QStringLiteral("query");
        QTest::newRow("empty query") << QStringLiteral("https://gw.example.com?") << QStringLiteral("query");
        QTest::newRow("fragment") << QStringLiteral("https://gw.example.com/#top") << QStringLiteral("fragment");
    }

    void overrideExtrasAreRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const QUrl typed = ServiceEndpoints::parseOverride(text);
        QVERIFY(ServiceEndpoints::hasExtras(typed));
        const QString problem = ServiceEndpoints::checkOverride(typed);
        QVERIFY2(problem.contains(mentions), qPrintable(problem));
        QVERIFY(!problem.contains(QStringLiteral("S3cretPass")));

        // Whatever builds the endpoints from it, none of it is sent.
        const ServiceEndpoints endpoints(QStringLiteral("cn-north-4"), typed);
        const QUrl url = endpoints.url(ServiceEndpoints::Service::FunctionGraph, QStringLiteral("/v2/p/fgs"));
        QVERIFY(url.userInfo().isEmpty());
        QVERIFY(!url.hasQuery());
        QVERIFY(!url.hasFragment());
        QVERIFY(!url.toString().contains(QStringLiteral("S3cretPass")));
        QVERIFY(ServiceEndpoints::checkOverride(endpoints.overrideBase()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServiceEndpoints)
#include "tst_serviceendpoints.moc"
