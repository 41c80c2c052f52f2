#include "TokenRequestBuilder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace EndpointDesk;

class TestTokenRequestBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void body_data();
    void body();
    void request();
    void requestThroughOverride();
    void check_data();
    void check();
};

namespace {

Credentials passwordCredentials()
{
    Credentials c;
    c.method = AuthMethod::IamPassword;
    c.accountName = QStringLiteral("ACCOUNT");
    c.userName = QStringLiteral("IAM_USER");
    c.password = QStringLiteral("PASSWORD");
    return c;
}

} // namespace

void TestTokenRequestBuilder::body_data()
{
    QTest::addColumn<Credentials>("credentials");
    QTest::addColumn<QString>("projectId");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("password, project id")
        << passwordCredentials() << QStringLiteral("PROJECT_ID")
        << QByteArray(R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"domain":{"name":"ACCOUNT"},)"
                      R"("name":"IAM_USER","password":"PASSWORD"}}},"scope":{"project":{"id":"PROJECT_ID"}}}})");
    QTest::newRow("password, project by region name")
        << passwordCredentials() << QString()
        << QByteArray(R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"domain":{"name":"ACCOUNT"},)"
                      R"("name":"IAM_USER","password":"PASSWORD"}}},"scope":{"project":{"name":"cn-north-4"}}}})");
    Credentials mfa = passwordCredentials();
    mfa.mfaUserId = QStringLiteral("IAM_USER_ID");
    mfa.mfaCode = QStringLiteral(" 123456 ");
    QTest::newRow("password and MFA")
        << mfa << QStringLiteral("PROJECT_ID")
        << QByteArray(R"({"auth":{"identity":{"methods":["password","totp"],"password":{"user":{"domain":{"name":)"
                      R"("ACCOUNT"},"name":"IAM_USER","password":"PASSWORD"}},"totp":{"user":{"id":"IAM_USER_ID",)"
                      R"("passcode":"123456"}}},"scope":{"project":{"id":"PROJECT_ID"}}}})");
    Credentials spaces = passwordCredentials();
    spaces.accountName = QStringLiteral(" ACCOUNT ");
    spaces.password = QStringLiteral(" pass\"word ");
    QTest::newRow("names trimmed, password exact and escaped")
        << spaces << QStringLiteral(" PROJECT_ID ")
        << QByteArray(R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"domain":{"name":"ACCOUNT"},)"
                      R"("name":"IAM_USER","password":" pass\"word "}}},"scope":{"project":{"id":"PROJECT_ID"}}}})");
}

void TestTokenRequestBuilder::body()
{
    QFETCH(Credentials, credentials);
    QFETCH(QString, projectId);
    QFETCH(QByteArray, expected);
    // Compare as JSON: key order is the serializer's business.
    const QByteArray actual = TokenRequestBuilder(ServiceEndpoints(QStringLiteral("cn-north-4"), {}))
                                  .passwordToken(credentials, projectId)
                                  .body;
    QCOMPARE(QJsonDocument::fromJson(actual), QJsonDocument::fromJson(expected));
    QVERIFY(!QJsonDocument::fromJson(expected).isNull());
}

void TestTokenRequestBuilder::request()
{
    const ApiRequest r = TokenRequestBuilder(ServiceEndpoints(QStringLiteral("cn-north-4"), {}))
                             .passwordToken(passwordCredentials(), QStringLiteral("p"));
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://iam.cn-north-4.myhuaweicloud.com/v3/auth/tokens?nocatalog=true"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json;charset=utf8"));
    QVERIFY(r.header("X-Auth-Token").isEmpty());
}

void TestTokenRequestBuilder::requestThroughOverride()
{
    const ApiRequest r = TokenRequestBuilder(ServiceEndpoints(QStringLiteral("cn-north-4"),
                                                              QUrl(QStringLiteral("http://127.0.0.1:9000/"))))
                             .passwordToken(passwordCredentials(), {});
    QCOMPARE(r.url.toString(QUrl::FullyEncoded), QStringLiteral("http://127.0.0.1:9000/v3/auth/tokens?nocatalog=true"));
}

void TestTokenRequestBuilder::check_data()
{
    QTest::addColumn<Credentials>("credentials");
    QTest::addColumn<QString>("problemWord");

    QTest::newRow("complete") << passwordCredentials() << QString();
    Credentials c = passwordCredentials();
    c.accountName = QStringLiteral(" ");
    QTest::newRow("no account") << c << QStringLiteral("account name");
    c = passwordCredentials();
    c.userName.clear();
    QTest::newRow("no user") << c << QStringLiteral("IAM user name");
    c = passwordCredentials();
    c.password.clear();
    QTest::newRow("no password") << c << QStringLiteral("password");
    c = passwordCredentials();
    c.mfaCode = QStringLiteral("123456");
    QTest::newRow("MFA code without user id") << c << QStringLiteral("MFA user ID");
    c.mfaUserId = QStringLiteral("id");
    QTest::newRow("MFA complete") << c << QString();
}

void TestTokenRequestBuilder::check()
{
    QFETCH(Credentials, credentials);
    QFETCH(QString, problemWord);
    const QString problem = TokenRequestBuilder::check(credentials);
    if (problemWord.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QVERIFY2(problem.contains(problemWord, Qt::CaseInsensitive), qPrintable(problem));
        QVERIFY(!problem.contains(QLatin1String("PASSWORD")));
    }
}

QTEST_GUILESS_MAIN(TestTokenRequestBuilder)
#include "tst_tokenrequestbuilder.moc"
