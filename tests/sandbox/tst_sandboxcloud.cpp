#include "SandboxCloud.h"
#include "SandboxDemo.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace EndpointDesk;

namespace {

const QString eastThree = QStringLiteral("1d6e2f3a4b5c46d7a89eaf0b1c2d3e4f");
const QString eastTwo = QStringLiteral("2e7f3a4b5c6d47e8b9afb01c2d3e4f50");
const QString southwestTwo = QStringLiteral("3f8a4b5c6d7e48f9cab0c12d3e4f5061");
const QString bangkok = QStringLiteral("4a9b5c6d7e8f49a0bcd1e23f4a5b6c72");
const QString unknownProject = QStringLiteral("ffffffffffffffffffffffffffffffff");

QString createPath(const QString &projectId)
{
    return QStringLiteral("/v2/") + projectId + QStringLiteral("/fgs/vpc-endpoint");
}

SandboxRequest withToken(SandboxRequest request, const QString &token)
{
    if (!token.isEmpty())
        request.setHeader("X-Auth-Token", token.toLatin1());
    request.setHeader("Content-Type", "application/json");
    return request;
}

QByteArray createBody(const QString &vpcId, const QString &subnetId, const QString &extra = {})
{
    return QStringLiteral(R"({"vpc_id":"%1","subnet_id":"%2"%3})").arg(vpcId, subnetId, extra).toUtf8();
}

bool inCidr(const QString &ip, const QString &cidr)
{
    return QHostAddress(ip).isInSubnet(QHostAddress::parseSubnet(cidr));
}

} // namespace

class TestSandboxCloud : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createErrors_data();
    void createErrors();
    void createSucceedsAndConflicts();
    void createInEveryDocumentedRegion_data();
    void createInEveryDocumentedRegion();
    void deleteEndpoint();
    void expiredToken();
    void everyAnswerHasRequestId();
    void oversizedBody();
    void seedIsDeterministic();
};

void TestSandboxCloud::createErrors_data()
{
    SandboxCloud cloud;
    const QString vpc = cloud.firstVpcId();
    const QString subnet = cloud.firstSubnetId();
    const QString otherVpc = cloud.vpcs(SandboxDemo::projectId()).at(1).id;
    const QString otherVpcSubnet = cloud.subnetsOfVpc(SandboxDemo::projectId(), otherVpc).constFirst().id;
    const QString demo = SandboxDemo::token();

    QTest::addColumn<QString>("projectId");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("messageParts");

    const QString pid = SandboxDemo::projectId();
    QTest::newRow("no credentials") << pid << QString() << QByteArray("POST") << createBody(vpc, subnet) << 401
                                    << QStringLiteral("APIGW.0301")
                                    << QStringList{QStringLiteral(
                                           "Incorrect IAM authentication information: x-auth-token not found")};
    QTest::newRow("unknown token") << pid << QStringLiteral("MIInot-a-token") << QByteArray("POST")
                                   << createBody(vpc, subnet) << 401 << QStringLiteral("APIGW.0301")
                                   << QStringList{QStringLiteral("decrypt token fail")};
    QTest::newRow("wrong method") << pid << demo << QByteArray("PUT") << createBody(vpc, subnet) << 404
                                  << QStringLiteral("APIGW.0101") << QStringList{QStringLiteral("does not exist")};
    QTest::newRow("unknown project") << unknownProject << demo << QByteArray("POST") << createBody(vpc, subnet) << 404
                                     << QStringLiteral("FSS.0404") << QStringList{unknownProject};
    QTest::newRow("token for another project") << eastThree << demo << QByteArray("POST") << createBody(vpc, subnet)
                                               << 403 << QStringLiteral("FSS.0403") << QStringList{eastThree, pid};
    QTest::newRow("region without VPC endpoints")
        << bangkok << QStringLiteral("issued") << QByteArray("POST") << createBody(vpc, subnet) << 404
        << QStringLiteral("APIGW.0101") << QStringList{QStringLiteral("has not been published")};
    QTest::newRow("not JSON") << pid << demo << QByteArray("POST") << QByteArray("{\"vpc_id\":") << 400
                              << QStringLiteral("FSS.0400") << QStringList{QStringLiteral("JSON")};
    QTest::newRow("JSON array") << pid << demo << QByteArray("POST") << QByteArray("[]") << 400
                                << QStringLiteral("FSS.0400") << QStringList{QStringLiteral("JSON object")};
    QTest::newRow("no vpc_id") << pid << demo << QByteArray("POST")
                               << QStringLiteral(R"({"subnet_id":"%1"})").arg(subnet).toUtf8() << 400
                               << QStringLiteral("FSS.0400") << QStringList{QStringLiteral("vpc_id")};
    QTest::newRow("vpc_id not a string") << pid << demo << QByteArray("POST")
                                         << QStringLiteral(R"({"vpc_id":12,"subnet_id":"%1"})").arg(subnet).toUtf8()
                                         << 400 << QStringLiteral("FSS.0400") << QStringList{QStringLiteral("vpc_id")};
    QTest::newRow("no subnet_id") << pid << demo << QByteArray("POST")
                                  << QStringLiteral(R"({"vpc_id":"%1"})").arg(vpc).toUtf8() << 400
                                  << QStringLiteral("FSS.0400") << QStringList{QStringLiteral("subnet_id")};
    QTest::newRow("unknown VPC") << pid << demo << QByteArray("POST")
                                 << createBody(QStringLiteral("11111111-2222-3333-4444-555555555555"), subnet) << 404
                                 << QStringLiteral("FSS.0404")
                                 << QStringList{QStringLiteral("11111111-2222-3333-4444-555555555555")};
    QTest::newRow("unknown subnet") << pid << demo << QByteArray("POST")
                                    << createBody(vpc, QStringLiteral("66666666-7777-8888-9999-000000000000")) << 400
                                    << QStringLiteral("FSS.0400")
                                    << QStringList{QStringLiteral("66666666-7777-8888-9999-000000000000"), vpc};
    QTest::newRow("subnet of another VPC") << pid << demo << QByteArray("POST") << createBody(vpc, otherVpcSubnet)
                                           << 400 << QStringLiteral("FSS.0400") << QStringList{otherVpcSubnet, vpc};
    QTest::newRow("unknown flavor") << pid << demo << QByteArray("POST")
                                    << createBody(vpc, subnet, QStringLiteral(R"(,"flavor":"huge")")) << 400
                                    << QStringLiteral("FSS.0400") << QStringList{QStringLiteral("huge")};
    QTest::newRow("unknown agency") << pid << demo << QByteArray("POST")
                                    << createBody(vpc, subnet, QStringLiteral(R"(,"xrole":"no-such-agency")")) << 404
                                    << QStringLiteral("FSS.0404") << QStringList{QStringLiteral("no-such-agency")};
}

void TestSandboxCloud::createErrors()
{
    QFETCH(QString, projectId);
    QFETCH(QString, token);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QStringList, messageParts);

    SandboxCloud cloud;
    // "issued": a fresh token of the demo user scoped to the project in the path.
    if (token == QLatin1String("issued"))
        token = cloud.issueToken(projectId);
    const SandboxResponse response =
        cloud.handle(withToken(SandboxRequest::create(method, createPath(projectId), body), token));
    QCOMPARE(response.status, status);
    const QJsonObject error = response.json().object();
    QCOMPARE(error.value(QStringLiteral("error_code")).toString(), code);
    for (const QString &part : messageParts)
        QVERIFY2(error.value(QStringLiteral("error_msg")).toString().contains(part), response.body.constData());
    QVERIFY(cloud.endpoints().isEmpty());
}

void TestSandboxCloud::createSucceedsAndConflicts()
{
    SandboxCloud cloud;
    const SandboxSubnet subnet = cloud.subnetsOfVpc(SandboxDemo::projectId(), cloud.firstVpcId()).constFirst();
    const QByteArray body = createBody(
        subnet.vpcId, subnet.id, QStringLiteral(R"(,"flavor":"default","xrole":"%1")").arg(SandboxDemo::agencyName()));
    const auto request =
        withToken(SandboxRequest::create("POST", createPath(SandboxDemo::projectId()), body), SandboxDemo::token());

    const SandboxResponse created = cloud.handle(request);
    QCOMPARE(created.status, 200);
    QCOMPARE(created.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject result = created.json().object();
    const QJsonArray ips = result.value(QStringLiteral("endpoints")).toArray();
    QCOMPARE(ips.size(), 2);
    for (const QJsonValue &ip : ips)
        QVERIFY2(inCidr(ip.toString(), subnet.cidr), qPrintable(ip.toString()));
    QVERIFY(ips.at(0) != ips.at(1));
    const QString address = result.value(QStringLiteral("address")).toString();
    QVERIFY2(address.startsWith(QLatin1String("https://")) && address.contains(QLatin1String(".fgs.cn-north-4.")),
             qPrintable(address));

    QCOMPARE(cloud.endpoints().size(), 1);
    QCOMPARE(cloud.endpoints().constFirst().xrole, SandboxDemo::agencyName());
    QCOMPARE(cloud.inventory().availableIpCount(subnet), 256 - 5 - 2);

    const SandboxResponse again = cloud.handle(request);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json().object().value(QStringLiteral("error_code")).toString(), QStringLiteral("FSS.0409"));
    QCOMPARE(cloud.endpoints().size(), 1);

    // The same subnet pair in another project is another endpoint; the flavor may be left out.
    const SandboxSubnet second = cloud.subnetsOfVpc(SandboxDemo::projectId(), cloud.firstVpcId()).at(1);
    const SandboxResponse other = cloud.handle(withToken(
        SandboxRequest::create("POST", createPath(SandboxDemo::projectId()), createBody(second.vpcId, second.id)),
        SandboxDemo::token()));
    QCOMPARE(other.status, 200);
    QCOMPARE(cloud.endpoints().size(), 2);
    QCOMPARE(cloud.endpoints().at(1).flavor, QStringLiteral("default"));
}

void TestSandboxCloud::createInEveryDocumentedRegion_data()
{
    QTest::addColumn<QString>("projectId");
    QTest::addColumn<QString>("region");
    QTest::newRow("cn-east-3") << eastThree << QStringLiteral("cn-east-3");
    QTest::newRow("cn-east-2") << eastTwo << QStringLiteral("cn-east-2");
    QTest::newRow("cn-southwest-2") << southwestTwo << QStringLiteral("cn-southwest-2");
}

void TestSandboxCloud::createInEveryDocumentedRegion()
{
    QFETCH(QString, projectId);
    QFETCH(QString, region);
    SandboxCloud cloud;
    const SandboxSubnet subnet = cloud.subnets(projectId).constFirst();
    const SandboxResponse response = cloud.handle(
        withToken(SandboxRequest::create("POST", createPath(projectId), createBody(subnet.vpcId, subnet.id)),
                  cloud.issueToken(projectId)));
    QCOMPARE(response.status, 200);
    QVERIFY(response.json().object().value(QStringLiteral("address")).toString().contains(region));
}

void TestSandboxCloud::deleteEndpoint()
{
    SandboxCloud cloud;
    const QString vpc = cloud.firstVpcId();
    const QString subnet = cloud.firstSubnetId();
    const auto create =
        withToken(SandboxRequest::create("POST", createPath(SandboxDemo::projectId()), createBody(vpc, subnet)),
                  SandboxDemo::token());
    const QString firstIps =
        cloud.handle(create).json().object().value(QStringLiteral("endpoints")).toArray().at(0).toString();

    const auto remove =
        withToken(SandboxRequest::create("DELETE", createPath(SandboxDemo::projectId()) + QLatin1Char('/') + vpc
                                                       + QLatin1Char('/') + subnet),
                  SandboxDemo::token());
    const SandboxResponse deleted = cloud.handle(remove);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    QVERIFY(deleted.header("Content-Type").isEmpty());
    QCOMPARE(deleted.header("X-Request-Id").size(), 32);
    QVERIFY(cloud.endpoints().isEmpty());

    const SandboxResponse missing = cloud.handle(remove);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().object().value(QStringLiteral("error_code")).toString(), QStringLiteral("FSS.0404"));

    // Created again, it gets new addresses, as the cloud hands them out afresh.
    const SandboxResponse recreated = cloud.handle(create);
    QCOMPARE(recreated.status, 200);
    QVERIFY(recreated.json().object().value(QStringLiteral("endpoints")).toArray().at(0).toString() != firstIps);

    const SandboxResponse unauthenticated = cloud.handle(SandboxRequest::create("DELETE", remove.path));
    QCOMPARE(unauthenticated.status, 401);
    QCOMPARE(cloud.endpoints().size(), 1);
}

void TestSandboxCloud::expiredToken()
{
    SandboxCloud cloud;
    QDateTime now = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    cloud.setClock([&now] { return now; });
    const QString token = cloud.issueToken(SandboxDemo::projectId(), 60);
    const auto request = withToken(SandboxRequest::create("GET", QStringLiteral("/v2/") + SandboxDemo::projectId()
                                                                     + QStringLiteral("/fgs/service-trusted-agencies")),
                                   token);
    QCOMPARE(cloud.handle(request).status, 200);

    now = now.addSecs(60);
    const SandboxResponse expired = cloud.handle(request);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.json().object().value(QStringLiteral("error_msg")).toString(),
             QStringLiteral("Incorrect IAM authentication information: token expires, expires_at: "
                            "2024-01-01T00:01:00.000000Z"));
    // The demo token never expires.
    QCOMPARE(cloud.handle(withToken(request, SandboxDemo::token())).status, 200);
}

void TestSandboxCloud::everyAnswerHasRequestId()
{
    SandboxCloud cloud;
    const QRegularExpression hex32(QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{32}")));
    QSet<QByteArray> seen;
    const QList<SandboxRequest> requests = {
        SandboxRequest::create("GET", QStringLiteral("/nowhere")),
        SandboxRequest::create("POST", createPath(SandboxDemo::projectId())),
        withToken(SandboxRequest::create("POST", createPath(SandboxDemo::projectId()), "{}"), SandboxDemo::token()),
    };
    for (const SandboxRequest &request : requests) {
        const SandboxResponse response = cloud.handle(request);
        const QByteArray id = response.header("X-Request-Id");
        QVERIFY2(hex32.match(QString::fromLatin1(id)).hasMatch(), id.constData());
        QVERIFY(!seen.contains(id));
        seen.insert(id);
        QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
    }
}

void TestSandboxCloud::oversizedBody()
{
    SandboxCloud cloud;
    const QByteArray big(SandboxCloud::maxBodySize + 1, ' ');
    const SandboxResponse response = cloud.handle(
        withToken(SandboxRequest::create("POST", createPath(SandboxDemo::projectId()), big), SandboxDemo::token()));
    QCOMPARE(response.status, 413);
    const QByteArray fits =
        createBody(cloud.firstVpcId(), cloud.firstSubnetId()).leftJustified(SandboxCloud::maxBodySize, ' ');
    QCOMPARE(cloud
                 .handle(withToken(SandboxRequest::create("POST", createPath(SandboxDemo::projectId()), fits),
                                   SandboxDemo::token()))
                 .status,
             200);
}

void TestSandboxCloud::seedIsDeterministic()
{
    SandboxCloud first;
    SandboxCloud second;
    QCOMPARE(first.firstVpcId(), second.firstVpcId());
    QCOMPARE(first.firstSubnetId(), second.firstSubnetId());
    QCOMPARE(first.projects().size(), 5);
    QCOMPARE(first.projects().constFirst().id, SandboxDemo::projectId());
    QCOMPARE(first.projects().constFirst().name, SandboxDemo::regionId());
    const QList<SandboxVpc> &vpcs = first.vpcs(SandboxDemo::projectId());
    QCOMPARE(vpcs.size(), 3);
    QCOMPARE(vpcs.constFirst().name, QStringLiteral("vpc-0001"));
    const QList<SandboxSubnet> subnets = first.subnetsOfVpc(SandboxDemo::projectId(), vpcs.at(2).id);
    QCOMPARE(subnets.size(), 2);
    QCOMPARE(subnets.at(1).name, QStringLiteral("subnet-0003-b"));
    for (const SandboxSubnet &subnet : subnets) {
        QCOMPARE(QUuid(subnet.id).version(), QUuid::Random);
        QCOMPARE(QUuid(subnet.id).variant(), QUuid::DCE);
        QVERIFY(inCidr(subnet.cidr.section(QLatin1Char('/'), 0, 0), vpcs.at(2).cidr));
        QVERIFY(inCidr(subnet.gatewayIp, subnet.cidr));
    }
    QVERIFY(first.inventory().agency(SandboxDemo::agencyName()));
}

QTEST_GUILESS_MAIN(TestSandboxCloud)
#include "tst_sandboxcloud.moc"
