#include "Region.h"
#include "ServiceEndpoints.h"
#include "Transport.h"

#include <QSet>
#include <QTest>

using namespace EndpointDesk;

class TestServiceEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regions()
    {
        const QList<Region> &regions = RegionCatalog::all();
        // The Go and Python SDKs list 27 FunctionGraph regions.
        QCOMPARE(regions.size(), 27);
        QStringList documented;
        QSet<QString> ids;
        for (const Region &region : regions) {
            if (region.documentedForVpcEndpoints)
                documented.append(region.id);
            QVERIFY2(RegionCatalog::isWellFormedId(region.id), qPrintable(region.id));
            ids.insert(region.id);
        }
        QCOMPARE(ids.size(), regions.size());
        // Listed first, in this order: the Create page's two, then the two the Delete page and SDKs add.
        QCOMPARE(documented, (QStringList{QStringLiteral("cn-north-4"), QStringLiteral("cn-east-3"),
                                          QStringLiteral("cn-east-2"), QStringLiteral("cn-southwest-2")}));
        QCOMPARE(regions.at(3).id, QStringLiteral("cn-southwest-2"));
        QVERIFY(RegionCatalog::find(QStringLiteral("la-south-2")));
        QVERIFY(!RegionCatalog::find(QStringLiteral("eu-west-0")));
    }

    void regionNames()
    {
        QCOMPARE(RegionCatalog::find(QStringLiteral("cn-east-3"))->label(),
                 QStringLiteral("CN East-Shanghai1 (cn-east-3)"));
        // No English name could be confirmed: the id, not a guess.
        QCOMPARE(RegionCatalog::find(QStringLiteral("cn-north-11"))->label(), QStringLiteral("cn-north-11"));
        // A region this version does not list is still usable, by its id.
        const Region typed = RegionCatalog::resolve(QStringLiteral("xy-central-7"));
        QCOMPARE(typed.id, QStringLiteral("xy-central-7"));
        QCOMPARE(typed.label(), QStringLiteral("xy-central-7"));
        QVERIFY(!typed.documentedForVpcEndpoints);
    }

    void regionIdShape_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("wellFormed");
        QTest::newRow("listed") << QStringLiteral("cn-north-4") << true;
        QTest::newRow("two words") << QStringLiteral("my-kualalumpur-1") << true;
        QTest::newRow("unlisted") << QStringLiteral("eu-north-201") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("upper case") << QStringLiteral("CN-North-4") << false;
        QTest::newRow("no number") << QStringLiteral("cn-north") << false;
        QTest::newRow("one part") << QStringLiteral("cn-4") << false;
        QTest::newRow("three letters") << QStringLiteral("cnn-north-4") << false;
        QTest::newRow("trailing newline") << QStringLiteral("cn-north-4\n") << false;
        QTest::newRow("leading space") << QStringLiteral(" cn-north-4") << false;
        QTest::newRow("path") << QStringLiteral("cn-north-4/../x") << false;
        QTest::newRow("host") << QStringLiteral("cn-north-4.evil.com") << false;
        QTest::newRow("too long") << QStringLiteral("cn-") + QString(70, u'a') + QStringLiteral("-1") << false;
    }

    void regionIdShape()
    {
        QFETCH(QString, id);
        QFETCH(bool, wellFormed);
        QCOMPARE(RegionCatalog::isWellFormedId(id), wellFormed);
        QCOMPARE(RegionCatalog::checkId(id).isEmpty(), wellFormed);
    }

    void iamHosts_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("host");
        QTest::newRow("regional") << QStringLiteral("cn-north-4") << QStringLiteral("iam.cn-north-4.myhuaweicloud.com");
        QTest::newRow("unlisted") << QStringLiteral("xy-central-7")
                                  << QStringLiteral("iam.xy-central-7.myhuaweicloud.com");
        QTest::newRow("Dublin") << QStringLiteral("eu-west-101") << QStringLiteral("iam.eu-west-101.myhuaweicloud.eu");
        for (const char *global : {"ap-southeast-5", "cn-north-11", "cn-south-4", "cn-southwest-3"})
            QTest::newRow(global) << QString::fromLatin1(global) << QStringLiteral("iam.myhuaweicloud.com");
    }

    void iamHosts()
    {
        QFETCH(QString, region);
        QFETCH(QString, host);
        const ServiceEndpoints endpoints(region, {});
        QCOMPARE(endpoints.baseUrl(ServiceEndpoints::Service::Iam).host(), host);
        // FunctionGraph and VPC follow the region everywhere, Dublin included.
        QCOMPARE(endpoints.baseUrl(ServiceEndpoints::Service::Vpc).host(),
                 QStringLiteral("vpc.%1.myhuaweicloud.com").arg(region));
        QCOMPARE(endpoints.baseUrl(ServiceEndpoints::Service::FunctionGraph).host(),
                 QStringLiteral("functiongraph.%1.myhuaweicloud.com").arg(region));
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
