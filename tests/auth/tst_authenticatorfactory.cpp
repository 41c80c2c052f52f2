#include "AuthenticatorFactory.h"
#include "IamSession.h"
#include "Transport.h"

#include <QTest>

using namespace EndpointDesk;

class TestAuthenticatorFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachMethod_data();
    void eachMethod();
};

void TestAuthenticatorFactory::eachMethod_data()
{
    QTest::addColumn<Credentials>("credentials");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("secretHeader");

    Credentials token;
    token.method = AuthMethod::Token;
    token.token = QStringLiteral("PASTED");
    QTest::newRow("token") << token << true << QByteArray("X-Auth-Token") << QByteArray("X-Auth-Token");

    Credentials password;
    password.method = AuthMethod::IamPassword;
    password.accountName = QStringLiteral("a");
    password.userName = QStringLiteral("u");
    password.password = QStringLiteral("p");
    // Nobody signed in yet: refused in words, nothing added.
    QTest::newRow("IAM password, not signed in") << password << false << QByteArray() << QByteArray("X-Auth-Token");

    Credentials keys;
    keys.method = AuthMethod::AkSk;
    keys.accessKey = QStringLiteral("AK");
    keys.secretKey = QStringLiteral("SK");
    keys.securityToken = QStringLiteral("ignored");
    QTest::newRow("AK/SK") << keys << true << QByteArray("Authorization") << QByteArray("Authorization");

    Credentials temporary = keys;
    temporary.method = AuthMethod::TemporaryAkSk;
    QTest::newRow("temporary AK/SK") << temporary << true << QByteArray("X-Security-Token")
                                     << QByteArray("X-Security-Token");
    temporary.securityToken.clear();
    QTest::newRow("temporary AK/SK without token")
        << temporary << false << QByteArray() << QByteArray("X-Security-Token");

    // IAM tokens run to tens of kilobytes: up to the limit they are sent whole, above it refused.
    token.token = QString(Credentials::MaxTokenLength, QLatin1Char('t'));
    QTest::newRow("token at the limit") << token << true << QByteArray("X-Auth-Token") << QByteArray("X-Auth-Token");
    token.token.append(QLatin1Char('t'));
    QTest::newRow("token over the limit") << token << false << QByteArray() << QByteArray("X-Auth-Token");
    temporary.securityToken = QString(Credentials::MaxTokenLength + 1, QLatin1Char('s'));
    QTest::newRow("security token over the limit")
        << temporary << false << QByteArray() << QByteArray("X-Security-Token");
}

void TestAuthenticatorFactory::eachMethod()
{
    QFETCH(Credentials, credentials);
    QFETCH(bool, accepted);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, secretHeader);

    Transport transport;
    IamSession session(&transport);
    const auto authenticator = AuthenticatorFactory::create(credentials, &session);
    QVERIFY(authenticator);
    ApiRequest request;
    request.method = "GET";
    request.url = QUrl(QStringLiteral("https://vpc.cn-north-4.myhuaweicloud.com/v1/p/vpcs"));
    QString problem;
    QCOMPARE(authenticator->authenticate(request, &problem), accepted);
    QCOMPARE(problem.isEmpty(), accepted);
    if (QByteArray(QTest::currentDataTag()) == "token at the limit")
        QCOMPARE(request.header(header).size(), Credentials::MaxTokenLength);
    if (QByteArray(QTest::currentDataTag()).endsWith("over the limit"))
        QVERIFY2(problem.contains(QLatin1String("longer than")), qPrintable(problem));
    if (!header.isEmpty())
        QVERIFY(!request.header(header).isEmpty());
    QVERIFY(authenticator->secretHeaders().contains(secretHeader));
    if (credentials.method == AuthMethod::AkSk)
        QVERIFY(request.header("X-Security-Token").isEmpty());
}

QTEST_GUILESS_MAIN(TestAuthenticatorFactory)
#include "tst_authenticatorfactory.moc"
