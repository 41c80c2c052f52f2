#include "SandboxAkSkVerifier.h"

#include <QtTest>

using namespace EndpointDesk;

// The SDKs' published SDK-HMAC-SHA256 vectors, fed to the sandbox's verifier as the raw pieces of a request
// (method, path and query as sent, headers, body, X-Sdk-Date, keys) with nothing from the client's signer.
// Every intermediate value is written out here, so a mistake shared by signer and verifier still shows.
class TestSandboxAkSk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data();
    void vectors();
    void equivalentSpellingsVerify_data();
    void equivalentSpellingsVerify();
    void tamperingRefused_data();
    void tamperingRefused();
    void queryEncoding();
    void canonicalQuery_data();
    void canonicalQuery();
    void encodeKeepsOnlyUnreserved();
    void canonicalUri_data();
    void canonicalUri();
    void parseAuthorization();
};

namespace {

const QByteArray emptyBodyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

// One published vector. The canonical request and the hash in the string to sign were worked out by hand
// from the signing rules; the signature and the Authorization header are the published ones.
struct Vector
{
    const char *name;
    QByteArray method;
    QByteArray path;           // as sent, without the query
    QByteArray query;          // as sent, without the '?'
    SandboxHeaderList headers; // besides X-Sdk-Date
    QByteArray body;
    QByteArray sdkDate;
    QByteArray canonicalRequest;
    QByteArray canonicalRequestHash;
    QByteArray signature;
    QByteArray authorization;
};

const QByteArray accessKey = "AccessKey";
const QByteArray secretKey = "SecretKey";

QList<Vector> publishedVectors()
{
    const QByteArray aHost = "service.endpoint.myhuaweicloud.com";
    const QByteArray cHost = "functiongraph.cn-north-4.myhuaweicloud.com";
    const QByteArray cProject = "0123456789abcdef0123456789abcdef";
    const QByteArray cPath = "/v2/0123456789abcdef0123456789abcdef/fgs/vpc-endpoint";
    const QByteArray cBody =
        R"({"vpc_id": "11111111-2222-3333-4444-555555555555", "subnet_id": "66666666-7777-8888-9999-000000000000"})";
    const QByteArray cBodyHash = "b71a0971c9cc3bb0ebcbb92759a640ba712004ee8b727b53618b49496085d30e";
    const QByteArray cCanonicalStart = "POST\n/v2/0123456789abcdef0123456789abcdef/fgs/vpc-endpoint/\n\n"
                                       "content-type:application/json\n"
                                       "host:functiongraph.cn-north-4.myhuaweicloud.com\n"
                                       "x-project-id:0123456789abcdef0123456789abcdef\n"
                                       "x-sdk-date:20240101T000000Z\n";
    const SandboxHeaderList cHeaders{{"Content-Type", "application/json"}, {"Host", cHost}, {"X-Project-Id", cProject}};

    return {
        {"A1",
         "GET",
         "/resources",
         "size=1",
         {{"Host", aHost}},
         {},
         "20200608T023900Z",
         "GET\n/resources/\nsize=1\nhost:service.endpoint.myhuaweicloud.com\nx-sdk-date:20200608T023900Z\n\n"
         "host;x-sdk-date\n"
             + emptyBodyHash,
         "de94dd1e1ccdb730b403ce35d7e14f7c7b04337f6def1c3a3a2ba936852b133f",
         "cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842",
         "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, "
         "Signature=cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842"},
        {"A2",
         "POST",
         "/resources",
         "size=1",
         {{"Host", aHost}},
         R"({"name":"test","id":1})",
         "20200608T023900Z",
         "POST\n/resources/\nsize=1\nhost:service.endpoint.myhuaweicloud.com\nx-sdk-date:20200608T023900Z\n\n"
         "host;x-sdk-date\n8ed555081b9961769014bc1182c629bb0fe68d7b01c1fc1caab4dc791f377e8c",
         "2b1b2515e48cb55e043ff2ec5b93d3f13ec287e1da1d7a2e4e14b0611a341969",
         "436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f",
         "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, "
         "Signature=436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f"},
        {"B1",
         "GET",
         "/path",
         "limit=1",
         {{"Host", "example.huaweicloud.com"}},
         {},
         "20060102T150405Z",
         "GET\n/path/\nlimit=1\nx-sdk-date:20060102T150405Z\n\nx-sdk-date\n" + emptyBodyHash,
         "85c3b7730f308aee452b16138a42a914397e43a8f0d732dfa521c0ef2afa98a4",
         "5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624",
         "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, "
         "Signature=5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624"},
        {"B2",
         "POST",
         "/path",
         "key=value",
         {{"Host", "example.huaweicloud.com"}},
         "{\"Name\":\"test\",\"Id\":1}\n",
         "20060102T150405Z",
         "POST\n/path/\nkey=value\nx-sdk-date:20060102T150405Z\n\nx-sdk-date\n"
         "a29d7b4c5efd1a22011d69fd7b7aee76fe51e4083c609244228de258afd61289",
         "13f75ff5f5216199f986c7e7f2f77834d5e160ad9e46f37319816dc72ba7eeab",
         "cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59",
         "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, "
         "Signature=cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59"},
        {"C1",
         "POST",
         cPath,
         {},
         cHeaders,
         cBody,
         "20240101T000000Z",
         cCanonicalStart + "\ncontent-type;host;x-project-id;x-sdk-date\n" + cBodyHash,
         "decd04a32ea5fec68136918252b96bf180bb17397e6a55883ac61dfaa236845f",
         "57b1a127696f09c1423f5d2d5434bd17733bcd5f5bc57097993f9d50ce2d0586",
         "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=content-type;host;x-project-id;x-sdk-date, "
         "Signature=57b1a127696f09c1423f5d2d5434bd17733bcd5f5bc57097993f9d50ce2d0586"},
        {"C2",
         "POST",
         cPath,
         {},
         cHeaders + SandboxHeaderList{{"X-Security-Token", "SecurityToken"}},
         cBody,
         "20240101T000000Z",
         cCanonicalStart
             + "x-security-token:SecurityToken\n\ncontent-type;host;x-project-id;x-sdk-date;x-security-token\n"
             + cBodyHash,
         "a38873dbd4dfc72a636e5df0c85d1bc36903b597b970dbf1341bb1cf912ed24f",
         "78bcf313571d3831f53da168886ced419b3678b41e9a33b95dc5c9ba804c0c3c",
         "SDK-HMAC-SHA256 Access=AccessKey, "
         "SignedHeaders=content-type;host;x-project-id;x-sdk-date;x-security-token, "
         "Signature=78bcf313571d3831f53da168886ced419b3678b41e9a33b95dc5c9ba804c0c3c"},
    };
}

void addRequestColumns()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<SandboxHeaderList>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("sdkDate");
    QTest::addColumn<QByteArray>("secretKey");
    QTest::addColumn<QByteArray>("authorization");
}

// The current row's request exactly as it came off the wire: nothing is parsed or re-encoded on the way in.
SandboxRequest rowRequest()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, query);
    QFETCH(SandboxHeaderList, headers);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, sdkDate);

    SandboxRequest request;
    request.method = method;
    request.rawPath = path;
    request.rawQuery = query;
    request.headers = headers;
    request.headers.append({"X-Sdk-Date", sdkDate});
    request.body = body;
    return request;
}

// The headers with one value changed by a character.
SandboxHeaderList withChangedValue(SandboxHeaderList headers, const QByteArray &name)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            header.second += 'x';
    }
    return headers;
}

} // namespace

void TestSandboxAkSk::vectors_data()
{
    addRequestColumns();
    QTest::addColumn<QByteArray>("canonicalRequest");
    QTest::addColumn<QByteArray>("stringToSign");
    QTest::addColumn<QByteArray>("signature");
    for (const Vector &v : publishedVectors()) {
        QTest::newRow(v.name) << v.method << v.path << v.query << v.headers << v.body << v.sdkDate << secretKey
                              << v.authorization << v.canonicalRequest
                              << QByteArray("SDK-HMAC-SHA256\n" + v.sdkDate + '\n' + v.canonicalRequestHash)
                              << v.signature;
    }
}

void TestSandboxAkSk::vectors()
{
    QFETCH(QByteArray, sdkDate);
    QFETCH(QByteArray, secretKey);
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, canonicalRequest);
    QFETCH(QByteArray, stringToSign);
    QFETCH(QByteArray, signature);

    const SandboxRequest request = rowRequest();
    const auto parsed = SandboxAkSkVerifier::parseAuthorization(authorization);
    QVERIFY(parsed);
    QCOMPARE(parsed->accessKey, QString::fromLatin1(accessKey));
    QCOMPARE(parsed->signature, signature);

    const QByteArray canonical = SandboxAkSkVerifier::canonicalRequest(request, parsed->signedHeaders);
    QCOMPARE(canonical, canonicalRequest);
    const QByteArray toSign = SandboxAkSkVerifier::stringToSign(canonical, sdkDate);
    QCOMPARE(toSign, stringToSign);
    QCOMPARE(SandboxAkSkVerifier::signature(toSign, secretKey), signature);
    QVERIFY(SandboxAkSkVerifier::verify(request, *parsed, secretKey));
    QCOMPARE(SandboxAkSkVerifier::authorization(request, accessKey, secretKey, parsed->signedHeaders), authorization);
}

void TestSandboxAkSk::equivalentSpellingsVerify_data()
{
    // The same requests as a client may legitimately spell them: each must still verify.
    addRequestColumns();
    const QList<Vector> vectors = publishedVectors();
    const Vector &a1 = vectors.at(0);
    const Vector &c1 = vectors.at(4);
    QTest::newRow("A1 path with optional escapes")
        << a1.method << QByteArray("/%72esour%63es") << a1.query << a1.headers << a1.body << a1.sdkDate << secretKey
        << a1.authorization;
    QTest::newRow("A1 path with trailing slash") << a1.method << QByteArray("/resources/") << a1.query << a1.headers
                                                 << a1.body << a1.sdkDate << secretKey << a1.authorization;
    QTest::newRow("A1 query with optional escapes") << a1.method << a1.path << QByteArray("%73ize=%31") << a1.headers
                                                    << a1.body << a1.sdkDate << secretKey << a1.authorization;
    QTest::newRow("A1 padded header value")
        << a1.method << a1.path << a1.query << SandboxHeaderList{{"Host", "  service.endpoint.myhuaweicloud.com\t"}}
        << a1.body << a1.sdkDate << secretKey << a1.authorization;
    QTest::newRow("A1 header name in other case")
        << a1.method << a1.path << a1.query << SandboxHeaderList{{"HOST", "service.endpoint.myhuaweicloud.com"}}
        << a1.body << a1.sdkDate << secretKey << a1.authorization;
    QTest::newRow("A1 unsigned header added")
        << a1.method << a1.path << a1.query << (a1.headers + SandboxHeaderList{{"User-Agent", "anything"}}) << a1.body
        << a1.sdkDate << secretKey << a1.authorization;
    QTest::newRow("C1 headers in another order")
        << c1.method << c1.path << c1.query << SandboxHeaderList{c1.headers.at(2), c1.headers.at(0), c1.headers.at(1)}
        << c1.body << c1.sdkDate << secretKey << c1.authorization;
}

void TestSandboxAkSk::equivalentSpellingsVerify()
{
    QFETCH(QByteArray, secretKey);
    QFETCH(QByteArray, authorization);

    const auto parsed = SandboxAkSkVerifier::parseAuthorization(authorization);
    QVERIFY(parsed);
    QVERIFY(SandboxAkSkVerifier::verify(rowRequest(), *parsed, secretKey));
}

void TestSandboxAkSk::tamperingRefused_data()
{
    // Each published request changed in one signed piece, still carrying the published Authorization header.
    addRequestColumns();
    for (const Vector &v : publishedVectors()) {
        QByteArray body = v.body;
        if (body.isEmpty())
            body = "x";
        else
            body[body.size() / 2] = char(body.at(body.size() / 2) ^ 0x01);
        QTest::addRow("%s body byte", v.name)
            << v.method << v.path << v.query << v.headers << body << v.sdkDate << secretKey << v.authorization;

        const QByteArray query = v.query.isEmpty() ? QByteArray("marker=1") : v.query + '0';
        QTest::addRow("%s query value", v.name)
            << v.method << v.path << query << v.headers << v.body << v.sdkDate << secretKey << v.authorization;

        // The first header the vector signs: Host, X-Sdk-Date or Content-Type.
        const QByteArray firstSigned = SandboxAkSkVerifier::parseAuthorization(v.authorization)->signedHeaders.first();
        if (firstSigned == "x-sdk-date") {
            QByteArray sdkDate = v.sdkDate;
            sdkDate[sdkDate.size() - 2] = '9';
            QTest::addRow("%s signed header", v.name)
                << v.method << v.path << v.query << v.headers << v.body << sdkDate << secretKey << v.authorization;
        } else {
            QTest::addRow("%s signed header", v.name)
                << v.method << v.path << v.query << withChangedValue(v.headers, firstSigned) << v.body << v.sdkDate
                << secretKey << v.authorization;
        }

        QTest::addRow("%s secret key", v.name) << v.method << v.path << v.query << v.headers << v.body << v.sdkDate
                                               << QByteArray("SecretKeY") << v.authorization;
        QTest::addRow("%s path", v.name) << v.method << QByteArray(v.path + "x") << v.query << v.headers << v.body
                                         << v.sdkDate << secretKey << v.authorization;
        QTest::addRow("%s method", v.name) << QByteArray(v.method == "GET" ? "DELETE" : "PUT") << v.path << v.query
                                           << v.headers << v.body << v.sdkDate << secretKey << v.authorization;
    }
}

void TestSandboxAkSk::tamperingRefused()
{
    QFETCH(QByteArray, secretKey);
    QFETCH(QByteArray, authorization);

    const auto parsed = SandboxAkSkVerifier::parseAuthorization(authorization);
    QVERIFY(parsed);
    QVERIFY(!SandboxAkSkVerifier::verify(rowRequest(), *parsed, secretKey));
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

void TestSandboxAkSk::canonicalQuery_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("marker paging") << QByteArray("marker=0&limit=100") << QByteArray("limit=100&marker=0");
    QTest::newRow("subnets of a VPC") << QByteArray("vpc_id=v-1&limit=2&marker=s-2")
                                      << QByteArray("limit=2&marker=s-2&vpc_id=v-1");
    QTest::newRow("sorted by the encoded key") << QByteArray("~=1&%C3%A9=2") << QByteArray("%C3%A9=2&~=1");
    QTest::newRow("repeated key sorted by value") << QByteArray("k=b&k=a&k=%61") << QByteArray("k=a&k=a&k=b");
    QTest::newRow("key without value") << QByteArray("flag&a=1") << QByteArray("a=1&flag=");
    QTest::newRow("empty items skipped") << QByteArray("&a=1&&") << QByteArray("a=1");
    QTest::newRow("'=' inside a value") << QByteArray("a=b=c") << QByteArray("a=b%3Dc");
    QTest::newRow("'+' is a plus, not a space") << QByteArray("a=1+2") << QByteArray("a=1%2B2");
    QTest::newRow("lower-case escapes") << QByteArray("a=%2f%7e") << QByteArray("a=%2F~");
    QTest::newRow("stray percent kept") << QByteArray("q=100%&r=%g1&s=%4") << QByteArray("q=100%25&r=%25g1&s=%254");
}

void TestSandboxAkSk::canonicalQuery()
{
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, expected);
    QCOMPARE(SandboxAkSkVerifier::canonicalQuery(query), expected);
}

void TestSandboxAkSk::encodeKeepsOnlyUnreserved()
{
    // Every byte value against RFC 3986's unreserved list, written out independently of the verifier.
    const QByteArray unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    for (int code = 0; code < 256; ++code) {
        const QByteArray byte(1, char(code));
        const QByteArray expected = code != 0 && unreserved.contains(char(code))
                                        ? byte
                                        : '%' + QByteArray::number(code, 16).toUpper().rightJustified(2, '0');
        QCOMPARE(SandboxAkSkVerifier::encode(byte), expected);
    }
    QCOMPARE(SandboxAkSkVerifier::encode("\xe4\xb8\x80 (&=?!#%.*)"),
             QByteArray("%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29"));
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
    QTest::newRow("empty segments kept") << QByteArray("/a//b") << QByteArray("/a//b/");
    QTest::newRow("no leading slash") << QByteArray("a/b") << QByteArray("/a/b/");
    QTest::newRow("lower-case escapes") << QByteArray("/%7e%2a%c3%a9") << QByteArray("/~%2A%C3%A9/");
    QTest::newRow("special characters") << QByteArray("/v1/p/a%20b(1)!'$,;:@+=")
                                        << QByteArray("/v1/p/a%20b%281%29%21%27%24%2C%3B%3A%40%2B%3D/");
    QTest::newRow("stray percent kept") << QByteArray("/a%zz/50%/%4") << QByteArray("/a%25zz/50%25/%254/");
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

QTEST_GUILESS_MAIN(TestSandboxAkSk)
#include "tst_sandboxaksk.moc"
