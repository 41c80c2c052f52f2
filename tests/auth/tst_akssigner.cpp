#include "AkSkSigner.h"

#include <QTest>

using namespace EndpointDesk;

// Every published AK/SK signing vector (taken from the SDKs' own tests).
class TestAkSkSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authorization_data();
    void authorization();
    void canonicalRequestA1();
    void stringToSignHashA1();
    void canonicalQuery_data();
    void canonicalQuery();
    void canonicalUri_data();
    void canonicalUri();
    void hostHeader_data();
    void hostHeader();
    void emptyBodyHash();
};

namespace {

const QByteArray c1Body = QByteArrayLiteral(
    R"({"vpc_id": "11111111-2222-3333-4444-555555555555", "subnet_id": "66666666-7777-8888-9999-000000000000"})");
const QByteArray c1Project = QByteArrayLiteral("0123456789abcdef0123456789abcdef");

ApiRequest request(const QByteArray &method, const char *url, const QByteArray &body = {})
{
    ApiRequest r;
    r.method = method;
    r.url = QUrl(QString::fromLatin1(url));
    r.body = body;
    return r;
}

ApiRequest requestC1()
{
    ApiRequest r = request("POST",
                           "https://functiongraph.cn-north-4.myhuaweicloud.com/v2/0123456789abcdef0123456789abcdef/"
                           "fgs/vpc-endpoint",
                           c1Body);
    r.setHeader("Content-Type", "application/json");
    r.setHeader("Host", "functiongraph.cn-north-4.myhuaweicloud.com");
    r.setHeader("X-Project-Id", c1Project);
    r.setHeader("X-Sdk-Date", "20240101T000000Z");
    return r;
}

} // namespace

void TestAkSkSigner::authorization_data()
{
    QTest::addColumn<ApiRequest>("request");
    QTest::addColumn<QList<QByteArray>>("signedHeaders");
    QTest::addColumn<QByteArray>("expected");

    ApiRequest a1 = request("GET", "https://service.endpoint.myhuaweicloud.com/resources?size=1");
    a1.setHeader("Host", "service.endpoint.myhuaweicloud.com");
    a1.setHeader("X-Sdk-Date", "20200608T023900Z");
    QTest::newRow("A1") << a1 << QList<QByteArray>{"Host", "X-Sdk-Date"}
                        << QByteArray("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, "
                                      "Signature=cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842");

    ApiRequest a2 = a1;
    a2.method = "POST";
    a2.body = R"({"name":"test","id":1})";
    QTest::newRow("A2") << a2 << QList<QByteArray>{"X-Sdk-Date", "Host"}
                        << QByteArray("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, "
                                      "Signature=436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f");

    ApiRequest b1 = request("GET", "https://example.huaweicloud.com/path?limit=1");
    b1.setHeader("X-Sdk-Date", "20060102T150405Z");
    QTest::newRow("B1") << b1 << QList<QByteArray>{"x-sdk-date"}
                        << QByteArray("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, "
                                      "Signature=5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624");

    ApiRequest b2 = request("POST", "https://example.huaweicloud.com/path?key=value", "{\"Name\":\"test\",\"Id\":1}\n");
    b2.setHeader("X-Sdk-Date", "20060102T150405Z");
    QCOMPARE(b2.body.size(), 23);
    QTest::newRow("B2") << b2 << QList<QByteArray>{"x-sdk-date"}
                        << QByteArray("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, "
                                      "Signature=cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59");

    const QList<QByteArray> c1Headers{"content-type", "host", "x-project-id", "x-sdk-date"};
    QTest::newRow("C1") << requestC1() << c1Headers
                        << QByteArray("SDK-HMAC-SHA256 Access=AccessKey, "
                                      "SignedHeaders=content-type;host;x-project-id;x-sdk-date, "
                                      "Signature=57b1a127696f09c1423f5d2d5434bd17733bcd5f5bc57097993f9d50ce2d0586");

    ApiRequest c2 = requestC1();
    c2.setHeader("X-Security-Token", "SecurityToken");
    QTest::newRow("C2") << c2 << (c1Headers + QList<QByteArray>{"x-security-token"})
                        << QByteArray("SDK-HMAC-SHA256 Access=AccessKey, "
                                      "SignedHeaders=content-type;host;x-project-id;x-sdk-date;x-security-token, "
                                      "Signature=78bcf313571d3831f53da168886ced419b3678b41e9a33b95dc5c9ba804c0c3c");

    // Host derived from the URL when the request has no Host header: same signature as C1.
    ApiRequest c1NoHost = requestC1();
    c1NoHost.headers.removeIf([](const auto &h) { return h.first == "Host"; });
    QTest::newRow("C1 host from URL") << c1NoHost << c1Headers
                                      << QByteArray("SDK-HMAC-SHA256 Access=AccessKey, "
                                                    "SignedHeaders=content-type;host;x-project-id;x-sdk-date, "
                                                    "Signature=57b1a127696f09c1423f5d2d5434bd17733bcd5f5bc57097993f9d5"
                                                    "0ce2d0586");
}

void TestAkSkSigner::authorization()
{
    QFETCH(ApiRequest, request);
    QFETCH(QList<QByteArray>, signedHeaders);
    QFETCH(QByteArray, expected);
    QCOMPARE(AkSkSigner::authorization(request, signedHeaders, "AccessKey", "SecretKey"), expected);
}

void TestAkSkSigner::canonicalRequestA1()
{
    ApiRequest a1 = request("GET", "https://service.endpoint.myhuaweicloud.com/resources?size=1");
    a1.setHeader("Host", "service.endpoint.myhuaweicloud.com");
    a1.setHeader("X-Sdk-Date", "20200608T023900Z");
    QCOMPARE(AkSkSigner::canonicalRequest(a1, {"host", "x-sdk-date"}),
             QByteArray("GET\n/resources/\nsize=1\nhost:service.endpoint.myhuaweicloud.com\n"
                        "x-sdk-date:20200608T023900Z\n\nhost;x-sdk-date\n"
                        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

void TestAkSkSigner::stringToSignHashA1()
{
    ApiRequest a1 = request("GET", "https://service.endpoint.myhuaweicloud.com/resources?size=1");
    a1.setHeader("X-Sdk-Date", "20200608T023900Z");
    const QByteArray canonical = AkSkSigner::canonicalRequest(a1, {"host", "x-sdk-date"});
    QCOMPARE(AkSkSigner::hexSha256(canonical),
             QByteArray("de94dd1e1ccdb730b403ce35d7e14f7c7b04337f6def1c3a3a2ba936852b133f"));
    QCOMPARE(AkSkSigner::stringToSign(canonical, "20200608T023900Z"),
             QByteArray("SDK-HMAC-SHA256\n20200608T023900Z\n"
                        "de94dd1e1ccdb730b403ce35d7e14f7c7b04337f6def1c3a3a2ba936852b133f"));
}

void TestAkSkSigner::canonicalQuery_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("none") << QStringLiteral("https://h/p") << QByteArray();
    QTest::newRow("one") << QStringLiteral("https://h/p?size=1") << QByteArray("size=1");
    // The published encoding vector: limit=1, enable=true, test="一 (&=?!#%.*)", path="/tmp/123", multi=[1,2,3].
    QTest::newRow("reference vector") << QStringLiteral(
        "https://h/p?limit=1&enable=true&test=%E4%B8%80%20(%26%3D%3F!%23%25.*)&path=/tmp/123"
        "&multi=3&multi=1&multi=2")
                                      << QByteArray("enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123"
                                                    "&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29");
    QTest::newRow("key without value") << QStringLiteral("https://h/p?b&a=1") << QByteArray("a=1&b=");
    QTest::newRow("unreserved kept, lower-case hex raised")
        << QStringLiteral("https://h/p?k=%7e-_.%2a") << QByteArray("k=~-_.%2A");
}

void TestAkSkSigner::canonicalQuery()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, expected);
    QCOMPARE(AkSkSigner::canonicalQuery(QUrl(url)), expected);
}

void TestAkSkSigner::canonicalUri_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty path") << QStringLiteral("https://h") << QByteArray("/");
    QTest::newRow("root") << QStringLiteral("https://h/") << QByteArray("/");
    QTest::newRow("slash added") << QStringLiteral("https://h/v2/p/fgs/vpc-endpoint")
                                 << QByteArray("/v2/p/fgs/vpc-endpoint/");
    QTest::newRow("slash kept, not doubled") << QStringLiteral("https://h/a/b/") << QByteArray("/a/b/");
    QTest::newRow("segments encoded") << QStringLiteral("https://h/a%20b/c%3Ad/%E4%B8%80")
                                      << QByteArray("/a%20b/c%3Ad/%E4%B8%80/");
    QTest::newRow("encoded slash stays inside its segment")
        << QStringLiteral("https://h/a%2Fb") << QByteArray("/a%2Fb/");
}

void TestAkSkSigner::canonicalUri()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, expected);
    QCOMPARE(AkSkSigner::canonicalUri(QUrl(url)), expected);
}

void TestAkSkSigner::hostHeader_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("https default") << QStringLiteral("https://h.example:443/x") << QByteArray("h.example");
    QTest::newRow("https no port") << QStringLiteral("https://h.example/x") << QByteArray("h.example");
    QTest::newRow("http default") << QStringLiteral("http://127.0.0.1:80/x") << QByteArray("127.0.0.1");
    QTest::newRow("http other port") << QStringLiteral("http://127.0.0.1:8080/x") << QByteArray("127.0.0.1:8080");
    QTest::newRow("https other port") << QStringLiteral("https://h.example:8443") << QByteArray("h.example:8443");
    QTest::newRow("ipv6") << QStringLiteral("http://[::1]:8080/") << QByteArray("[::1]:8080");
}

void TestAkSkSigner::hostHeader()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, expected);
    QCOMPARE(AkSkSigner::hostHeader(QUrl(url)), expected);
}

void TestAkSkSigner::emptyBodyHash()
{
    QCOMPARE(AkSkSigner::hexSha256({}), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

QTEST_GUILESS_MAIN(TestAkSkSigner)
#include "tst_akssigner.moc"
