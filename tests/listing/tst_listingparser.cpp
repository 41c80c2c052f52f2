#include "ListingParser.h"

#include <QTest>

using namespace EndpointDesk;

Q_DECLARE_METATYPE(EndpointDesk::ResourceKind)

class TestListingParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEachKind_data();
    void parsesEachKind();
    void rejectsOffShapeBodies_data();
    void rejectsOffShapeBodies();
    void agencyExpiry_data();
    void agencyExpiry();
    void displayAndSearchKey();
};

void TestListingParser::parsesEachKind_data()
{
    QTest::addColumn<ResourceKind>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("firstName");

    QTest::newRow("projects") << ResourceKind::Project
                              << QByteArray(
                                     R"({"projects":[{"id":"p1","name":"cn-north-4","domain_id":"d","enabled":true},)"
                                     R"({"id":"p2","name":"cn-east-3","enabled":false}],"links":{}})")
                              << QStringList{QStringLiteral("p1"), QStringLiteral("p2")}
                              << QStringLiteral("cn-north-4");
    QTest::newRow("vpcs") << ResourceKind::Vpc
                          << QByteArray(R"({"vpcs":[{"id":"v1","name":"web","cidr":"10.0.0.0/16","status":"OK",)"
                                        R"("routes":[]}]})")
                          << QStringList{QStringLiteral("v1")} << QStringLiteral("web");
    QTest::newRow("empty vpcs") << ResourceKind::Vpc << QByteArray(R"({"vpcs":[]})") << QStringList{} << QString();
    QTest::newRow("subnets") << ResourceKind::Subnet
                             << QByteArray(R"({"subnets":[{"id":"s1","name":"a","cidr":"10.0.1.0/24","vpc_id":"v1",)"
                                           R"("availability_zone":"cn-north-4a","status":"ACTIVE",)"
                                           R"("available_ip_address_count":250,"neutron_subnet_id":"n1"}]})")
                             << QStringList{QStringLiteral("s1")} << QStringLiteral("a");
    QTest::newRow("agencies (bare array)")
        << ResourceKind::Agency
        << QByteArray(
               R"([{"name":"fgs_vpc","expire_time":"null"},{"name":"tmp","expire_time":"2030-01-01T00:00:00Z"}])")
        << QStringList{QStringLiteral("fgs_vpc"), QStringLiteral("tmp")} << QStringLiteral("fgs_vpc");
    QTest::newRow("optional field of wrong type")
        << ResourceKind::Vpc << QByteArray(R"({"vpcs":[{"id":"v1","name":7,"cidr":null}]})")
        << QStringList{QStringLiteral("v1")} << QString();
}

void TestListingParser::parsesEachKind()
{
    QFETCH(ResourceKind, kind);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, ids);
    QFETCH(QString, firstName);

    const ListingPage page = ListingParser::parse(kind, body);
    QVERIFY2(page.ok(), qPrintable(page.problem));
    QStringList got;
    for (const ResourceItem &item : page.items) {
        QCOMPARE(item.kind, kind);
        got.append(item.id);
    }
    QCOMPARE(got, ids);
    if (!ids.isEmpty())
        QCOMPARE(page.items.first().name, firstName);
}

void TestListingParser::rejectsOffShapeBodies_data()
{
    QTest::addColumn<ResourceKind>("kind");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("not json") << ResourceKind::Vpc << QByteArray("<html>gateway</html>");
    QTest::newRow("truncated") << ResourceKind::Vpc << QByteArray(R"({"vpcs":[{"id":"v1","na)");
    QTest::newRow("empty") << ResourceKind::Subnet << QByteArray();
    QTest::newRow("wrong key") << ResourceKind::Vpc << QByteArray(R"({"subnets":[]})");
    QTest::newRow("list is object") << ResourceKind::Vpc << QByteArray(R"({"vpcs":{"id":"v1"}})");
    QTest::newRow("top-level array for vpcs") << ResourceKind::Vpc << QByteArray(R"([{"id":"v1"}])");
    QTest::newRow("agencies as object") << ResourceKind::Agency << QByteArray(R"({"agencies":[]})");
    QTest::newRow("entry not object") << ResourceKind::Vpc << QByteArray(R"({"vpcs":["v1"]})");
    QTest::newRow("entry without id") << ResourceKind::Vpc << QByteArray(R"({"vpcs":[{"id":"v1"},{"name":"x"}]})");
    QTest::newRow("id not string") << ResourceKind::Subnet << QByteArray(R"({"subnets":[{"id":12}]})");
    QTest::newRow("agency without name") << ResourceKind::Agency << QByteArray(R"([{"expire_time":"null"}])");
    QTest::newRow("projects null") << ResourceKind::Project << QByteArray(R"({"projects":null})");
}

void TestListingParser::rejectsOffShapeBodies()
{
    QFETCH(ResourceKind, kind);
    QFETCH(QByteArray, body);

    const ListingPage page = ListingParser::parse(kind, body);
    QVERIFY(!page.ok());
    QVERIFY(page.items.isEmpty());
}

void TestListingParser::agencyExpiry_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expireTime");
    QTest::addColumn<bool>("mentionsNoExpiry");

    QTest::newRow("string null") << QByteArray(R"([{"name":"a","expire_time":"null"}])") << QString() << true;
    QTest::newRow("json null") << QByteArray(R"([{"name":"a","expire_time":null}])") << QString() << true;
    QTest::newRow("absent") << QByteArray(R"([{"name":"a"}])") << QString() << true;
    QTest::newRow("date") << QByteArray(R"([{"name":"a","expire_time":"2030-01-01T00:00:00Z"}])")
                          << QStringLiteral("2030-01-01T00:00:00Z") << false;
}

void TestListingParser::agencyExpiry()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expireTime);
    QFETCH(bool, mentionsNoExpiry);

    const ListingPage page = ListingParser::parse(ResourceKind::Agency, body);
    QVERIFY(page.ok());
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.items.first().expireTime, expireTime);
    QCOMPARE(page.items.first().displayText().contains(QLatin1String("no expiry")), mentionsNoExpiry);
    if (!expireTime.isEmpty())
        QVERIFY(page.items.first().displayText().contains(expireTime));
}

void TestListingParser::displayAndSearchKey()
{
    const ListingPage page = ListingParser::parse(
        ResourceKind::Subnet,
        R"({"subnets":[{"id":"ABC-1","name":"Web-Tier","cidr":"192.168.7.0/24","vpc_id":"v9",)"
        R"("availability_zone":"cn-north-4b","status":"ACTIVE","available_ip_address_count":12}]})");
    QVERIFY(page.ok());
    const ResourceItem &item = page.items.first();
    QCOMPARE(item.displayText(), QStringLiteral("Web-Tier (ABC-1) \u2014 192.168.7.0/24"));
    QVERIFY(item.matches(QStringLiteral("web-t")));
    QVERIFY(item.matches(QStringLiteral("abc-1")));
    QVERIFY(item.matches(QStringLiteral("168.7")));
    QVERIFY(!item.matches(QStringLiteral("cn-north-4b"))); // not searched: only name, id and CIDR
    const QString tip = item.toolTip();
    for (const char *part : {"Web-Tier", "ABC-1", "192.168.7.0/24", "v9", "cn-north-4b", "ACTIVE", "12"})
        QVERIFY2(tip.contains(QLatin1String(part)), part);
}

QTEST_GUILESS_MAIN(TestListingParser)
#include "tst_listingparser.moc"
