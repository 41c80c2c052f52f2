#include "SandboxAkSkVerifier.h"

#include <QtTest>

using namespace EndpointDesk;

// The signature test vectors of the API reference (§4.2), computed with the sandbox's own canonicalisation.
class TestSandboxAkSk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data();
    void vectors();
    void intermediateValues();
    void queryEncoding();
    void canonicalUri_data();
    void canonicalUri();
    void parseAuthorization();
    void verifyRejectsChanges();
};

void TestSandboxAkSk::vectors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArrayList>("extraHeaders"); // name, value, name, value...
    QTest::addColumn<QByteArrayList>("signedHeaders");
    QTest::addColumn<QByteArray>("accessKey");
    QTest::addColumn<QByteArray>("secretKey");
    QTest::addColumn<QByteArray>("expected");

    const QByteArrayList hostAndDate{"host", "x-sdk-date"};
    QTest::newRow("A1") << QByteArray("GET") << QStringLiteral("/resources?size=1")
                        << QByteArray("service.endpoint.myhuaweicloud.com") << QByteArray()
                        << QByteArrayList{"X-Sdk-Date", "20200608T023900Z"} << hostAndDate << QByteArray("AccessKey")
                        << QByteArray("SecretKey")
                        << QByteArray("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, "
                                      "Signature=cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842");
    QTest::newRow("A2") << QByteArray("POST") << QStringLiteral("/resources?size=1")
                        << QByteArray("service.endpoint.myhuaweicloud.com") << QByteArray(R"({"name":"test","id":1})")
                        << QByteArrayList{"X-Sdk-Date", "20200608T023900Z"} << hostAndDate << QByteArray("AccessKey")
                        << QByteArray("SecretKey")
                        << QByteArray("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, "
                                      "Signature=436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f");
    QTest::newRow("B1") << QByteArray("GET") << QStringLiteral("/path?limit=1") << QByteArray("example.huaweicloud.com")
                        << QByteArray() << QByteArrayList{"X-Sdk-Date", "20060102T150405Z"}
                        << QByteArrayList{"x-sdk-date"} << QByteArray("AccessKey") << QByteArray("SecretKey")
                        << QByteArray("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, "
                                      "Signature=5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624");
    QTest::newRow("B2") << QByteArray("POST") << QStringLiteral("/path?key=value")
                        << QByteArray("example.huaweicloud.com") << QByteArray("{\"Name\":\"test\",\"Id\":1}\n")
                        << QByteArrayList{"X-Sdk-Date", "20060102T150405Z"} << QByteArrayList{"x-sdk-date"}
                        << QByteArray("AccessKey") << QByteArray("SecretKey")
                        << QByteArray("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, "
                                      "Signature=cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59");

    const QString cPath = QStringLiteral("/v2/0123456789abcdef0123456789abcdef/fgs/vpc-endpoint");
    const QByteArray cBody =
        R"({"vpc_id": "11111111-2222-3333-4444-555555555555", "subnet_id": "66666666-7777-8888-9999-000000000000"})";
    const QByteArrayList cHeaders{"Content-Type", "application/json",
                                  "X-Project-Id", "0123456789abcdef0123456789abcdef",
                                  "X-Sdk-Date",   "20240101T000000Z"};
    QTest::newRow("C1") << QByteArray("POST") << cPath << QByteArray("functiongraph.cn-north-4.myhuaweicloud.com")
                        << cBody << cHeaders << QByteArrayList{"content-type", "host", "x-project-id", "x-sdk-date"}
                        << QByteArray("AccessKey") << QByteArray("SecretKey")
                        << QByteArray("SDK-HMAC-SHA256 Access=AccessKey, "
                                      "SignedHeaders=content-type;host;x-project-id;x-sdk-date, "
                                      "Signature=57b1a127696f09c1423f5d2d5434bd17733bcd5f5bc57097993f9d50ce2d0586");
    QTest::newRow("C2") << QByteArray("POST") << cPath << QByteArray("functiongraph.cn-north-4.myhuaweicloud.com")
                        << cBody << (cHeaders + QByteArrayList{"X-Security-Token", "SecurityToken"})
                        << QByteArrayList{"content-type", "host", "x-project-id", "x-sdk-date", "x-security-token"}
                        << QByteArray("AccessKey") << QByteArray("SecretKey")
                        << QByteArray("SDK-HMAC-SHA256 Access=AccessKey, "
                                      "SignedHeaders=content-type;host;x-project-id;x-sdk-date;x-security-token, "
                                      "Signature=78bcf313571d3831f53da168886ced419b3678b41e9a33b95dc5c9ba804c0c3c");
}

static SandboxRequest vectorRequest(const QByteArray &method, const QString &target, const QByteArray &host,
                                    const QByteArray &body, const QByteArrayList &extraHeaders)
{
    SandboxRequest request = SandboxRequest::create(method, target, body);
    request.setHeader("Host", host);
    for (qsizetype i = 0; i + 1 < extraHeaders.size(); i += 2)
        request.setHeader(extraHeaders.at(i), extraHeaders.at(i + 1));
    return request;
}

void TestSandboxAkSk::vectors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, target);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, body);
    QFETCH(QByteArrayList, extraHeaders);
    QFETCH(QByteArrayList, signedHeaders);
    QFETCH(QByteArray, accessKey);
    QFETCH(QByteArray, secretKey);
    QFETCH(QByteArray, expected);

    const SandboxRequest request = vectorRequest(method, target, host, body, extraHeaders);
    QCOMPARE(SandboxAkSkVerifier::authorization(request, accessKey, secretKey, signedHeaders), expected);

    const auto parsed = SandboxAkSkVerifier::parseAuthorization(expected);
    QVERIFY(parsed);
    QCOMPARE(parsed->accessKey, QString::fromLatin1(accessKey));
    QCOMPARE(parsed->signedHeaders, signedHeaders);
    QVERIFY(SandboxAkSkVerifier::verify(request, *parsed, secretKey));
    QVERIFY(!SandboxAkSkVerifier::verify(request, *parsed, secretKey + 'x'));
}

void TestSandboxAkSk::intermediateValues()
{
    const SandboxRequest request =
        vectorRequest("GET", QStringLiteral("/resources?size=1"), "service.endpoint.myhuaweicloud.com", {},
                      {"X-Sdk-Date", "20200608T023900Z"});
    const QByteArray canonical = SandboxAkSkVerifier::canonicalRequest(request, {"host", "x-sdk-date"});
    QCOMPARE(canonical, QByteArray("GET\n/resources/\nsize=1\nhost:service.endpoint.myhuaweicloud.com\n"
                                   "x-sdk-date:20200608T023900Z\n\nhost;x-sdk-date\n"
                                   "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(SandboxAkSkVerifier::stringToSign(canonical, "20200608T023900Z").split('\n').at(2),
             QByteArray("de94dd1e1ccdb730b403ce35d7e14f7c7b04337f6def1c3a3a2ba936852b133f"));
}

void TestSandboxAkSk::queryEncoding()
{
    // The query as a client sends it (any valid percent-encoding, in any order) gives the one canonical form.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("enable"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("test"), QStringLiteral("一 (&=?!#%.*)"));
    query.addQueryItem(QStringLiteral("path"), QStringLiteral("/tmp/123"));
    query.addQueryItem(QStringLiteral("multi"), QStringLiteral("3"));
    query.addQueryItem(QStringLiteral("multi"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("multi"), QStringLiteral("2"));
    const QByteArray expected =
        "enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29";
    QCOMPARE(SandboxAkSkVerifier::canonicalQuery(query.query(QUrl::FullyEncoded).toLatin1()), expected);
    const QByteArray handEncoded =
        "test=%E4%B8%80%20(%26%3D%3F!%23%25.*)&path=/tmp/123&multi=2&multi=1&multi=3&limit=1&enable=true";
    QCOMPARE(SandboxAkSkVerifier::canonicalQuery(handEncoded), expected);
    QCOMPARE(SandboxAkSkVerifier::canonicalQuery({}), QByteArray());
}

void TestSandboxAkSk::canonicalUri_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("root") << QByteArray("/") << QByteArray("/");
    QTest::newRow("empty") << QByteArray() << QByteArray("/");
    QTest::newRow("adds slash") << QByteArray("/v1/p/vpcs") << QByteArray("/v1/p/vpcs/");
    QTest::newRow("keeps slash") << QByteArray("/v1/p/vpcs/") << QByteArray("/v1/p/vpcs/");
    QTest::newRow("encodes") << QByteArray("/a%20b/c*d") << QByteArray("/a%20b/c%2Ad/");
    QTest::newRow("encoded slash stays in its segment") << QByteArray("/a%2fb") << QByteArray("/a%2Fb/");
}

void TestSandboxAkSk::canonicalUri()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, expected);
    QCOMPARE(SandboxAkSkVerifier::canonicalUri(path), expected);
}

void TestSandboxAkSk::parseAuthorization()
{
    QVERIFY(!SandboxAkSkVerifier::parseAuthorization("Bearer abc"));
    QVERIFY(!SandboxAkSkVerifier::parseAuthorization("SDK-HMAC-SHA256 Access=AK, Signature=00"));
    QVERIFY(!SandboxAkSkVerifier::parseAuthorization("SDK-HMAC-SHA256 garbage"));
    const auto parsed =
        SandboxAkSkVerifier::parseAuthorization("SDK-HMAC-SHA256 Access=AK,SignedHeaders=host;x-sdk-date,Signature=ab");
    QVERIFY(parsed);
    QCOMPARE(parsed->accessKey, QStringLiteral("AK"));
    QCOMPARE(parsed->signature, QByteArray("ab"));
}

void TestSandboxAkSk::verifyRejectsChanges()
{
    SandboxRequest request = vectorRequest("POST", QStringLiteral("/resources?size=1"), "h.example", "{}",
                                           {"X-Sdk-Date", "20200608T023900Z"});
    const auto authorization = SandboxAkSkVerifier::parseAuthorization(
        SandboxAkSkVerifier::authorization(request, "AK", "SK", {"host", "x-sdk-date"}));
    QVERIFY(SandboxAkSkVerifier::verify(request, *authorization, "SK"));
    SandboxRequest changedBody = request;
    changedBody.body = "{ }";
    QVERIFY(!SandboxAkSkVerifier::verify(changedBody, *authorization, "SK"));
    SandboxRequest changedHost = request;
    changedHost.setHeader("Host", "h.example:8443");
    QVERIFY(!SandboxAkSkVerifier::verify(changedHost, *authorization, "SK"));
    SandboxRequest changedQuery =
        SandboxRequest::create("POST", QStringLiteral("/resources?size=2"), "{}", request.headers);
    QVERIFY(!SandboxAkSkVerifier::verify(changedQuery, *authorization, "SK"));
}

QTEST_GUILESS_MAIN(TestSandboxAkSk)
#include "tst_sandboxaksk.moc"
