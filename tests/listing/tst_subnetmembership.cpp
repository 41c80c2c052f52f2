#include "SubnetMembership.h"

#include <QTest>

using namespace EndpointDesk;

namespace {

ListingKey scope()
{
    return {QStringLiteral("work"), QStringLiteral("cn-north-4"), QStringLiteral("p1"), ResourceKind::Subnet, {}};
}

ListingKey subnetsOf(const QString &vpcId)
{
    ListingKey key = scope();
    key.vpcId = vpcId;
    return key;
}

ResourceItem subnet(const QString &id, const QString &vpcId)
{
    SubnetInfo info;
    info.id = id;
    info.vpcId = vpcId;
    return ResourceItem::from(info);
}

} // namespace

class TestSubnetMembership : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void cacheKeys();
    void anUnlistedVpcIsBlamedOnTheVpc();
};

void TestSubnetMembership::check_data()
{
    QTest::addColumn<QString>("vpcId");
    QTest::addColumn<QString>("subnetId");
    QTest::addColumn<bool>("loadOwn");     // vpc-a's subnet listing is cached
    QTest::addColumn<bool>("loadOther");   // vpc-b's subnet listing is cached
    QTest::addColumn<QString>("expected"); // a word the message must contain; empty: no message

    const QString a = QStringLiteral("vpc-a");
    const QString b = QStringLiteral("vpc-b");
    QTest::newRow("own subnet") << a << QStringLiteral("s-a1") << true << true << QString();
    QTest::newRow("own subnet, spaces") << a << QStringLiteral(" s-a1 ") << true << false << QString();
    QTest::newRow("other VPC's subnet") << a << QStringLiteral("s-b1") << true << true << QStringLiteral("vpc-b");
    QTest::newRow("other VPC known, own not listed")
        << a << QStringLiteral("s-b1") << false << true << QStringLiteral("belongs");
    QTest::newRow("unknown, own list complete")
        << a << QStringLiteral("s-zz") << true << false << QStringLiteral("not one of");
    QTest::newRow("unknown, nothing listed") << a << QStringLiteral("s-zz") << false << false << QString();
    QTest::newRow("unknown, only other listed") << a << QStringLiteral("s-zz") << false << true << QString();
    QTest::newRow("no VPC yet") << QString() << QStringLiteral("s-b1") << true << true << QString();
    QTest::newRow("no subnet yet") << a << QString() << true << true << QString();
}

void TestSubnetMembership::check()
{
    QFETCH(QString, vpcId);
    QFETCH(QString, subnetId);
    QFETCH(bool, loadOwn);
    QFETCH(bool, loadOther);
    QFETCH(QString, expected);

    ListingCache cache;
    if (loadOwn)
        cache.insert(subnetsOf(QStringLiteral("vpc-a")), {subnet(QStringLiteral("s-a1"), QStringLiteral("vpc-a")),
                                                          subnet(QStringLiteral("s-a2"), QStringLiteral("vpc-a"))});
    if (loadOther)
        cache.insert(subnetsOf(QStringLiteral("vpc-b")), {subnet(QStringLiteral("s-b1"), QStringLiteral("vpc-b"))});

    const QString message = SubnetMembership::check(vpcId, subnetId, cache, scope());
    if (expected.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(expected), qPrintable(message));
}

void TestSubnetMembership::anUnlistedVpcIsBlamedOnTheVpc()
{
    ListingCache cache;
    ListingKey vpcs = scope();
    vpcs.kind = ResourceKind::Vpc;
    // Nothing listed settles it: the cloud will answer.
    QVERIFY(SubnetMembership::checkVpc(QStringLiteral("vpc-zz"), cache, scope()).isEmpty());
    cache.insert(vpcs, {ResourceItem::from(VpcInfo{QStringLiteral("vpc-a"), {}, {}, {}})});
    QVERIFY(SubnetMembership::checkVpc(QStringLiteral(" vpc-a "), cache, scope()).isEmpty());
    QVERIFY(SubnetMembership::checkVpc(QString(), cache, scope()).isEmpty());
    const QString message = SubnetMembership::checkVpc(QStringLiteral("vpc-zz"), cache, scope());
    QVERIFY2(message.startsWith(QLatin1String("VPC vpc-zz is not among the VPCs listed")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("ubnet")), qPrintable(message));
}

void TestSubnetMembership::cacheKeys()
{
    ListingCache cache;
    ListingKey vpcs{QStringLiteral("work"), QStringLiteral("cn-north-4"), QStringLiteral("p1"), ResourceKind::Vpc, {}};
    cache.insert(vpcs, {ResourceItem::from(VpcInfo{QStringLiteral("v"), {}, {}, {}})});
    QVERIFY(cache.find(vpcs).has_value());

    // Any other profile, region, project or kind is another list.
    for (auto change : {+[](ListingKey &k) { k.profile = QStringLiteral("home"); },
                        +[](ListingKey &k) { k.region = QStringLiteral("cn-east-3"); },
                        +[](ListingKey &k) { k.projectId = QStringLiteral("p2"); },
                        +[](ListingKey &k) { k.kind = ResourceKind::Agency; }}) {
        ListingKey other = vpcs;
        change(other);
        QVERIFY(!cache.find(other).has_value());
    }
    // A subnet in another project is never used for the check.
    cache.insert(subnetsOf(QStringLiteral("vpc-b")), {subnet(QStringLiteral("s-b1"), QStringLiteral("vpc-b"))});
    ListingKey otherProject = scope();
    otherProject.projectId = QStringLiteral("p2");
    QVERIFY(SubnetMembership::check(QStringLiteral("vpc-a"), QStringLiteral("s-b1"), cache, otherProject).isEmpty());
    cache.remove(subnetsOf(QStringLiteral("vpc-b")));
    QVERIFY(SubnetMembership::check(QStringLiteral("vpc-a"), QStringLiteral("s-b1"), cache, scope()).isEmpty());
    cache.clear();
    QVERIFY(cache.keys().isEmpty());
}

QTEST_GUILESS_MAIN(TestSubnetMembership)
#include "tst_subnetmembership.moc"
