#include "AkSkAuthenticator.h"
#include "CurlCommand.h"
#include "EndpointSpec.h"
#include "RequestBuilder.h"

#include <QTest>

using namespace EndpointDesk;

class TestAkSkAuthenticator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signsReferenceVectors_data();
    void signsReferenceVectors();
    void signsOnlyPresentHeaders();
    void hostCarriesNonDefaultPort();
    void sdkDateIsUtc();
    void problems_data();
    void problems();
    void secretsMasked();
    void signatureCoversBuilderBody();
};

namespace {

const QDateTime c1Time(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);

ApiRequest c1Request()
{
    ApiRequest r;
    r.method = "POST";
    r.url = QUrl(QStringLiteral("https://functiongraph.cn-north-4.myhuaweicloud.com/v2/"
                                "0123456789abcdef0123456789abcdef/fgs/vpc-endpoint"));
    r.setHeader("Content-Type", "application/json");
    r.setHeader("X-Project-Id", "0123456789abcdef0123456789abcdef");
    r.body =
        R"({"vpc_id": "11111111-2222-3333-4444-555555555555", "subnet_id": "66666666-7777-8888-9999-000000000000"})";
    return r;
}

} // namespace

void TestAkSkAuthenticator::signsReferenceVectors_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("C1 permanent") << int(AkSkAuthenticator::Kind::Permanent)
                                  << QByteArray(
                                         "SDK-HMAC-SHA256 Access=AccessKey, "
                                         "SignedHeaders=content-type;host;x-project-id;x-sdk-date, "
                                         "Signature=57b1a127696f09c1423f5d2d5434bd17733bcd5f5bc57097993f9d50ce2d0586");
    QTest::newRow("C2 temporary") << int(AkSkAuthenticator::Kind::Temporary)
                                  << QByteArray(
                                         "SDK-HMAC-SHA256 Access=AccessKey, "
                                         "SignedHeaders=content-type;host;x-project-id;x-sdk-date;x-security-token, "
                                         "Signature=78bcf313571d3831f53da168886ced419b3678b41e9a33b95dc5c9ba804c0c3c");
}

void TestAkSkAuthenticator::signsReferenceVectors()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, expected);
    const AkSkAuthenticator authenticator(QStringLiteral("AccessKey"), QStringLiteral("SecretKey"),
                                          QStringLiteral("SecurityToken"), AkSkAuthenticator::Kind(kind),
                                          [] { return c1Time; });
    ApiRequest request = c1Request();
    QString problem;
    QVERIFY(authenticator.authenticate(request, &problem));
    QVERIFY(problem.isEmpty());
    QCOMPARE(request.header("X-Sdk-Date"), QByteArray("20240101T000000Z"));
    QCOMPARE(request.header("Host"), QByteArray("functiongraph.cn-north-4.myhuaweicloud.com"));
    QCOMPARE(request.header("Authorization"), expected);
    // Permanent keys never send a security token, even when one was typed.
    QCOMPARE(request.header("X-Security-Token").isEmpty(), kind == int(AkSkAuthenticator::Kind::Permanent));
}

void TestAkSkAuthenticator::signsOnlyPresentHeaders()
{
    const AkSkAuthenticator authenticator(QStringLiteral("AK"), QStringLiteral("SK"), {},
                                          AkSkAuthenticator::Kind::Permanent, [] { return c1Time; });
    ApiRequest request;
    request.method = "GET";
    request.url = QUrl(QStringLiteral("https://iam.cn-north-4.myhuaweicloud.com/v3/auth/projects"));
    QVERIFY(authenticator.authenticate(request, nullptr));
    QVERIFY(request.header("Authorization").contains(", SignedHeaders=host;x-sdk-date, "));
}

void TestAkSkAuthenticator::hostCarriesNonDefaultPort()
{
    const AkSkAuthenticator authenticator(QStringLiteral("AK"), QStringLiteral("SK"));
    ApiRequest request;
    request.method = "GET";
    request.url = QUrl(QStringLiteral("http://127.0.0.1:18080/v2/p/fgs/x"));
    QVERIFY(authenticator.authenticate(request, nullptr));
    QCOMPARE(request.header("Host"), QByteArray("127.0.0.1:18080"));
}

void TestAkSkAuthenticator::sdkDateIsUtc()
{
    const QDateTime local(QDate(2020, 6, 8), QTime(10, 39, 0), Qt::OffsetFromUTC, 8 * 3600);
    QCOMPARE(AkSkAuthenticator::sdkDate(local), QByteArray("20200608T023900Z"));
}

void TestAkSkAuthenticator::problems_data()
{
    QTest::addColumn<QString>("accessKey");
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QString>("securityToken");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("problemWord");

    const int permanent = int(AkSkAuthenticator::Kind::Permanent);
    const int temporary = int(AkSkAuthenticator::Kind::Temporary);
    QTest::newRow("no AK") << QString() << QStringLiteral("SK") << QString() << permanent
                           << QStringLiteral("access key");
    QTest::newRow("blank AK") << QStringLiteral("  ") << QStringLiteral("SK") << QString() << permanent
                              << QStringLiteral("access key");
    QTest::newRow("no SK") << QStringLiteral("AK") << QString() << QString() << permanent
                           << QStringLiteral("secret key");
    QTest::newRow("AK with space") << QStringLiteral("A K") << QStringLiteral("SK") << QString() << permanent
                                   << QStringLiteral("paste it again");
    QTest::newRow("temporary without token")
        << QStringLiteral("AK") << QStringLiteral("SK") << QString() << temporary << QStringLiteral("security token");
    QTest::newRow("token with line break") << QStringLiteral("AK") << QStringLiteral("SK") << QStringLiteral("a\nb")
                                           << temporary << QStringLiteral("line break");
}

void TestAkSkAuthenticator::problems()
{
    QFETCH(QString, accessKey);
    QFETCH(QString, secretKey);
    QFETCH(QString, securityToken);
    QFETCH(int, kind);
    QFETCH(QString, problemWord);
    const AkSkAuthenticator authenticator(accessKey, secretKey, securityToken, AkSkAuthenticator::Kind(kind));
    ApiRequest request = c1Request();
    QString problem;
    QVERIFY(!authenticator.authenticate(request, &problem));
    QVERIFY2(problem.contains(problemWord, Qt::CaseInsensitive), qPrintable(problem));
    QVERIFY(request.header("Authorization").isEmpty());
    // Nothing secret in the explanation.
    if (!secretKey.isEmpty())
        QVERIFY(!problem.contains(QStringLiteral(" SK")));
}

void TestAkSkAuthenticator::secretsMasked()
{
    const AkSkAuthenticator authenticator(QStringLiteral("AccessKey"), QStringLiteral("SecretKey"),
                                          QStringLiteral("SecurityToken"), AkSkAuthenticator::Kind::Temporary);
    QVERIFY(authenticator.secretHeaders().contains("X-Security-Token"));
    QVERIFY(authenticator.secretHeaders().contains("Authorization"));
    ApiRequest request = c1Request();
    QVERIFY(authenticator.authenticate(request, nullptr));
    const QString curl = CurlCommand::format(request, authenticator.secretHeaders());
    QVERIFY(!curl.contains(QLatin1String("SecurityToken")));
    QVERIFY(!curl.contains(QLatin1String("SecretKey")));
    QVERIFY(!curl.contains(QLatin1String("Signature=")));
    QVERIFY(curl.contains(QLatin1String("X-Security-Token: ****")));
}

void TestAkSkAuthenticator::signatureCoversBuilderBody()
{
    // What the builder produces is signed as is: changing a body byte changes the signature.
    RequestBuilder builder(ServiceEndpoints(QStringLiteral("cn-north-4"), {}));
    EndpointSpec spec;
    spec.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    spec.vpcId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    spec.subnetId = QStringLiteral("66666666-7777-8888-9999-000000000000");
    const AkSkAuthenticator authenticator(QStringLiteral("AK"), QStringLiteral("SK"), {},
                                          AkSkAuthenticator::Kind::Permanent, [] { return c1Time; });
    ApiRequest a = builder.createEndpoint(spec);
    ApiRequest b = a;
    b.body.replace("1111", "1112");
    QVERIFY(authenticator.authenticate(a, nullptr));
    QVERIFY(authenticator.authenticate(b, nullptr));
    QVERIFY(a.header("Authorization").contains("SignedHeaders=content-type;host;x-project-id;x-sdk-date,"));
    QVERIFY(a.header("Authorization") != b.header("Authorization"));
}

QTEST_GUILESS_MAIN(TestAkSkAuthenticator)
#include "tst_akskauthenticator.moc"
