#include "SandboxCloud.h"
#include "SandboxDemo.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace EndpointDesk;

namespace {

SandboxResponse get(SandboxCloud &cloud, const QString &target, const QString &projectId = SandboxDemo::projectId())
{
    SandboxRequest request = SandboxRequest::create("GET", QStringLiteral("/v1/") + projectId + target);
    request.setHeader("X-Auth-Token", SandboxDemo::token().toLatin1());
    return cloud.handle(request);
}

// Pages through a listing the way a client does: marker = last id, stop on a short page.
QStringList pageAll(SandboxCloud &cloud, const QString &collection, const QString &filter, int limit,
                    QList<int> *pageSizes)
{
    QStringList ids;
    QString marker;
    for (;;) {
        QString target = QStringLiteral("/%1?limit=%2%3").arg(collection).arg(limit).arg(filter);
        if (!marker.isEmpty())
            target += QStringLiteral("&marker=") + marker;
        const SandboxResponse response = get(cloud, target);
        if (response.status != 200)
            return {};
        const QJsonArray page = response.json().object().value(collection).toArray();
        pageSizes->append(int(page.size()));
        for (const QJsonValue &item : page)
            ids.append(item.toObject().value(QStringLiteral("id")).toString());
        if (page.size() < limit)
            return ids;
        marker = ids.constLast();
    }
}

QStringList idsOf(const QList<SandboxVpc> &vpcs)
{
    QStringList ids;
    for (const SandboxVpc &vpc : vpcs)
        ids.append(vpc.id);
    return ids;
}

QStringList idsOf(const QList<SandboxSubnet> &subnets)
{
    QStringList ids;
    for (const SandboxSubnet &subnet : subnets)
        ids.append(subnet.id);
    return ids;
}

} // namespace

class TestSandboxListings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vpcPaging_data();
    void vpcPaging();
    void vpcFields();
    void subnetPaging();
    void subnetFields();
    void badParameters_data();
    void badParameters();
    void projectChecks();
    void agencyPaging_data();
    void agencyPaging();
    void seedsAtScale();
};

void TestSandboxListings::vpcPaging_data()
{
    QTest::addColumn<int>("vpcCount");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QList<int>>("pages");

    QTest::newRow("short last page") << 5 << 2 << QList<int>{2, 2, 1};
    QTest::newRow("last page exactly full") << 4 << 2 << QList<int>{2, 2, 0};
    QTest::newRow("one page") << 3 << 10 << QList<int>{3};
    QTest::newRow("limit 1") << 2 << 1 << QList<int>{1, 1, 0};
    QTest::newRow("no VPCs") << 0 << 5 << QList<int>{0};
}

void TestSandboxListings::vpcPaging()
{
    QFETCH(int, vpcCount);
    QFETCH(int, limit);
    QFETCH(QList<int>, pages);
    SandboxCloud cloud(SandboxSeedOptions{vpcCount, 1});
    QList<int> sizes;
    const QStringList ids = pageAll(cloud, QStringLiteral("vpcs"), {}, limit, &sizes);
    QCOMPARE(sizes, pages);
    QCOMPARE(ids, idsOf(cloud.vpcs(SandboxDemo::projectId())));
}

void TestSandboxListings::vpcFields()
{
    SandboxCloud cloud;
    const SandboxResponse response = get(cloud, QStringLiteral("/vpcs"));
    QCOMPARE(response.status, 200);
    const QJsonObject vpc = response.json().object().value(QStringLiteral("vpcs")).toArray().at(0).toObject();
    QCOMPARE(vpc.value(QStringLiteral("id")).toString(), cloud.firstVpcId());
    QCOMPARE(vpc.value(QStringLiteral("name")).toString(), QStringLiteral("vpc-0001"));
    QCOMPARE(vpc.value(QStringLiteral("cidr")).toString(), QStringLiteral("10.0.0.0/20"));
    QCOMPARE(vpc.value(QStringLiteral("status")).toString(), QStringLiteral("OK"));
}

void TestSandboxListings::subnetPaging()
{
    SandboxCloud cloud(SandboxSeedOptions{3, 3});
    const QString vpc = cloud.vpcs(SandboxDemo::projectId()).at(1).id;
    QList<int> sizes;
    QStringList ids = pageAll(cloud, QStringLiteral("subnets"), QStringLiteral("&vpc_id=") + vpc, 2, &sizes);
    QCOMPARE(sizes, (QList<int>{2, 1}));
    QCOMPARE(ids, idsOf(cloud.subnetsOfVpc(SandboxDemo::projectId(), vpc)));

    sizes.clear();
    ids = pageAll(cloud, QStringLiteral("subnets"), {}, 3, &sizes);
    QCOMPARE(sizes, (QList<int>{3, 3, 3, 0}));
    QCOMPARE(ids, idsOf(cloud.subnets(SandboxDemo::projectId())));

    // A subnet of another VPC is no marker for this VPC's listing.
    const QString foreign = cloud.subnets(SandboxDemo::projectId()).constFirst().id;
    const SandboxResponse wrongMarker = get(cloud, QStringLiteral("/subnets?vpc_id=%1&marker=%2").arg(vpc, foreign));
    QCOMPARE(wrongMarker.status, 400);

    const SandboxResponse unknownVpc =
        get(cloud, QStringLiteral("/subnets?vpc_id=00000000-0000-0000-0000-000000000000"));
    QCOMPARE(unknownVpc.status, 200);
    QVERIFY(unknownVpc.json().object().value(QStringLiteral("subnets")).toArray().isEmpty());
}

void TestSandboxListings::subnetFields()
{
    SandboxCloud cloud;
    const SandboxResponse response = get(cloud, QStringLiteral("/subnets?vpc_id=") + cloud.firstVpcId());
    const QJsonObject subnet = response.json().object().value(QStringLiteral("subnets")).toArray().at(0).toObject();
    QCOMPARE(subnet.value(QStringLiteral("id")).toString(), cloud.firstSubnetId());
    QCOMPARE(subnet.value(QStringLiteral("name")).toString(), QStringLiteral("subnet-0001-a"));
    QCOMPARE(subnet.value(QStringLiteral("vpc_id")).toString(), cloud.firstVpcId());
    QCOMPARE(subnet.value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(subnet.value(QStringLiteral("available_ip_address_count")).toInt(), 251);
    QCOMPARE(subnet.value(QStringLiteral("gateway_ip")).toString(), QStringLiteral("10.0.0.1"));
    QVERIFY(subnet.value(QStringLiteral("availability_zone")).toString().startsWith(QLatin1String("cn-north-4")));
    const QString neutron = subnet.value(QStringLiteral("neutron_subnet_id")).toString();
    QVERIFY(!QUuid(neutron).isNull());
    QVERIFY(neutron != cloud.firstSubnetId());
    QVERIFY(QHostAddress(subnet.value(QStringLiteral("gateway_ip")).toString())
                .isInSubnet(QHostAddress::parseSubnet(subnet.value(QStringLiteral("cidr")).toString())));
}

void TestSandboxListings::badParameters_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("unknown VPC marker") << QStringLiteral("/vpcs?marker=00000000-0000-0000-0000-000000000000");
    QTest::newRow("unknown subnet marker") << QStringLiteral("/subnets?marker=nope");
    QTest::newRow("limit zero") << QStringLiteral("/vpcs?limit=0");
    QTest::newRow("limit too big") << QStringLiteral("/vpcs?limit=2001");
    QTest::newRow("limit not a number") << QStringLiteral("/subnets?limit=ten");
}

void TestSandboxListings::badParameters()
{
    QFETCH(QString, target);
    SandboxCloud cloud;
    const SandboxResponse response = get(cloud, target);
    QCOMPARE(response.status, 400);
    const QJsonObject error = response.json().object();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("VPC.0002"));
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
}

void TestSandboxListings::projectChecks()
{
    SandboxCloud cloud;
    const SandboxResponse unknown =
        get(cloud, QStringLiteral("/vpcs"), QStringLiteral("ffffffffffffffffffffffffffffffff"));
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.json().object().contains(QStringLiteral("code")));
    const SandboxResponse foreign = get(cloud, QStringLiteral("/vpcs"), cloud.projects().at(1).id);
    QCOMPARE(foreign.status, 403);
    const SandboxResponse anonymous = cloud.handle(
        SandboxRequest::create("GET", QStringLiteral("/v1/") + SandboxDemo::projectId() + QStringLiteral("/vpcs")));
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.json().object().value(QStringLiteral("error_code")).toString(), QStringLiteral("APIGW.0301"));
    const SandboxResponse wrongMethod = cloud.handle(SandboxRequest::create(
        "POST", QStringLiteral("/v1/") + SandboxDemo::projectId() + QStringLiteral("/vpcs"), "{}"));
    QCOMPARE(wrongMethod.status, 404);
}

void TestSandboxListings::agencyPaging_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("default") << QString() << 200
                             << QStringList{QStringLiteral("fgs-vpc-endpoint-agency"),
                                            QStringLiteral("fgs-default-agency"),
                                            QStringLiteral("fgs-dns-vpcep-agency"), QStringLiteral("fgs-log-agency"),
                                            QStringLiteral("fgs-temporary-agency")};
    QTest::newRow("first two") << QStringLiteral("?marker=0&limit=2") << 200
                               << QStringList{QStringLiteral("fgs-vpc-endpoint-agency"),
                                              QStringLiteral("fgs-default-agency")};
    QTest::newRow("offset") << QStringLiteral("?marker=4&limit=2") << 200
                            << QStringList{QStringLiteral("fgs-temporary-agency")};
    QTest::newRow("past the end") << QStringLiteral("?marker=5&limit=100") << 200 << QStringList();
    QTest::newRow("bad marker") << QStringLiteral("?marker=abc") << 400 << QStringList();
    QTest::newRow("bad limit") << QStringLiteral("?limit=0") << 400 << QStringList();
}

void TestSandboxListings::agencyPaging()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QStringList, names);
    SandboxCloud cloud;
    SandboxRequest request =
        SandboxRequest::create("GET", QStringLiteral("/v2/") + SandboxDemo::projectId()
                                          + QStringLiteral("/fgs/service-trusted-agencies") + query);
    request.setHeader("X-Auth-Token", SandboxDemo::token().toLatin1());
    const SandboxResponse response = cloud.handle(request);
    QCOMPARE(response.status, status);
    if (status != 200) {
        QCOMPARE(response.json().object().value(QStringLiteral("error_code")).toString(), QStringLiteral("FSS.0400"));
        return;
    }
    QStringList got;
    for (const QJsonValue &agency : response.json().array()) {
        got.append(agency.toObject().value(QStringLiteral("name")).toString());
        QVERIFY(agency.toObject().value(QStringLiteral("expire_time")).isString());
    }
    QCOMPARE(got, names);
}

void TestSandboxListings::seedsAtScale()
{
    // How long seeding takes is a figure of bench_pickers, not something this test can fail on.
    SandboxCloud cloud(SandboxSeedOptions{5000, 4});

    QCOMPARE(cloud.vpcs(SandboxDemo::projectId()).size(), 5000);
    QCOMPARE(cloud.subnets(SandboxDemo::projectId()).size(), 20000);
    QCOMPARE(cloud.vpcs(SandboxDemo::projectId()).constLast().name, QStringLiteral("vpc-5000"));

    // Default limit is 2000.
    QCOMPARE(get(cloud, QStringLiteral("/vpcs")).json().object().value(QStringLiteral("vpcs")).toArray().size(), 2000);

    QList<int> sizes;
    QCOMPARE(pageAll(cloud, QStringLiteral("vpcs"), {}, 2000, &sizes), idsOf(cloud.vpcs(SandboxDemo::projectId())));
    QCOMPARE(sizes, (QList<int>{2000, 2000, 1000}));
    sizes.clear();
    const QStringList subnets = pageAll(cloud, QStringLiteral("subnets"), {}, 2000, &sizes);
    QCOMPARE(subnets.size(), 20000);
    QCOMPARE(sizes.size(), 11); // ten full pages, then an empty one
    QCOMPARE(QSet<QString>(subnets.cbegin(), subnets.cend()).size(), 20000);

    const QString lastVpc = cloud.vpcs(SandboxDemo::projectId()).constLast().id;
    sizes.clear();
    QCOMPARE(pageAll(cloud, QStringLiteral("subnets"), QStringLiteral("&vpc_id=") + lastVpc, 3, &sizes).size(), 4);
    for (const SandboxSubnet &subnet : cloud.subnetsOfVpc(SandboxDemo::projectId(), lastVpc))
        QCOMPARE(subnet.vpcId, lastVpc);
}

QTEST_GUILESS_MAIN(TestSandboxListings)
#include "tst_sandboxlistings.moc"
