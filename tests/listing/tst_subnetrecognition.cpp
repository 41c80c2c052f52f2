#include "ListingParser.h"
#include "SubnetRecognition.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace EndpointDesk;
using namespace Qt::StringLiterals;

namespace {

ResourceItem subnet(const QString &id, const QString &neutronId, const QString &name)
{
    SubnetInfo info;
    info.id = id;
    info.neutronSubnetId = neutronId;
    info.name = name;
    info.vpcId = u"vpc-1"_s;
    return ResourceItem::from(info);
}

const ResourceItems listed = {subnet(u"id-a"_s, u"neutron-a"_s, u"subnet-a"_s),
                              subnet(u"id-b"_s, u"neutron-b"_s, u"twin"_s),
                              subnet(u"id-c"_s, u"neutron-c"_s, u"twin"_s)};

} // namespace

class TestSubnetRecognition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theListingKeepsTheIpv4SubnetId()
    {
        const QJsonObject object =
            QJsonDocument::fromJson(R"({"id":"s1","name":"a","vpc_id":"v1","neutron_subnet_id":"n1"})").object();
        const auto parsed = ListingParser::subnet(object);
        QVERIFY(parsed);
        QCOMPARE(parsed->neutronSubnetId, u"n1"_s);
        QCOMPARE(ResourceItem::from(*parsed).neutronSubnetId, u"n1"_s);
        QVERIFY(ResourceItem::from(*parsed).toolTip().contains(u"IPv4 subnet ID: n1"_s));
    }

    void pastedIpv4SubnetIdIsReplaced()
    {
        const auto found = SubnetRecognition::recognise(u"  neutron-a\n"_s, listed);
        QCOMPARE(found.match, SubnetRecognition::Match::NeutronId);
        QCOMPARE(found.subnetId, u"id-a"_s);
        QVERIFY2(found.note.contains(u"IPv4 subnet ID"_s) && found.note.contains(u"id-a"_s), qPrintable(found.note));
    }

    void uniqueNameIsReplaced()
    {
        const auto found = SubnetRecognition::recognise(u"subnet-a"_s, listed);
        QCOMPARE(found.match, SubnetRecognition::Match::Name);
        QCOMPARE(found.subnetId, u"id-a"_s);
        QVERIFY(found.note.contains(u"subnet-a"_s));
    }

    void sharedNameIsNotGuessed()
    {
        const auto found = SubnetRecognition::recognise(u"twin"_s, listed);
        QCOMPARE(found.match, SubnetRecognition::Match::Ambiguous);
        QVERIFY(found.subnetId.isEmpty());
        QVERIFY(found.note.contains(u"2 subnets"_s));
    }

    void idsAndUnknownTextAreLeftAlone()
    {
        for (const QString &text : {u"id-b"_s, u""_s, u"   "_s, u"unknown"_s, u"Subnet-A"_s}) {
            const auto found = SubnetRecognition::recognise(text, listed);
            QCOMPARE(found.match, SubnetRecognition::Match::None);
            QVERIFY(found.note.isEmpty());
        }
    }

    void anIdWinsOverAnotherSubnetsName()
    {
        // A subnet named like another subnet's id: the id is what was meant.
        ResourceItems tricky = listed;
        tricky.append(subnet(u"id-d"_s, u"neutron-d"_s, u"id-a"_s));
        QCOMPARE(SubnetRecognition::recognise(u"id-a"_s, tricky).match, SubnetRecognition::Match::None);
    }

    void otherKindsAreIgnored()
    {
        VpcInfo vpc;
        vpc.id = u"vpc-9"_s;
        vpc.name = u"subnet-z"_s;
        QCOMPARE(SubnetRecognition::recognise(u"subnet-z"_s, {ResourceItem::from(vpc)}).match,
                 SubnetRecognition::Match::None);
    }
};

QTEST_GUILESS_MAIN(TestSubnetRecognition)
#include "tst_subnetrecognition.moc"
