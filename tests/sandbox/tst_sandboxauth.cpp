#include "SandboxAkSkVerifier.h"
#include "SandboxCloud.h"
#include "SandboxDemo.h"

#include <QJsonObject>
#include <QtTest>

using namespace EndpointDesk;

namespace {

const QDateTime serverNow(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);

struct Signing
{
    QString accessKey = SandboxDemo::accessKey();
    QString secretKey = SandboxDemo::secretKey();
    QByteArray securityToken;
    QByteArray projectHeader = SandboxDemo::projectId().toLatin1();
    QDateTime signedAt = serverNow;
};

SandboxRequest signedRequest(const Signing &signing,
                             const QString &path = QStringLiteral("/v2/") + SandboxDemo::projectId()
                                                   + QStringLiteral("/fgs/service-trusted-agencies?marker=0&limit=100"))
{
    SandboxRequest request = SandboxRequest::create("GET", path);
    request.setHeader("Host", "127.0.0.1:8099");
    request.setHeader("Content-Type", "application/json");
    request.setHeader("X-Sdk-Date", signing.signedAt.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1());
    QByteArrayList headers{"content-type", "host", "x-sdk-date"};
    if (!signing.projectHeader.isEmpty()) {
        request.setHeader("X-Project-Id", signing.projectHeader);
        headers.append("x-project-id");
    }
    if (!signing.securityToken.isEmpty()) {
        request.setHeader("X-Security-Token", signing.securityToken);
        headers.append("x-security-token");
    }
    request.setHeader("Authorization", SandboxAkSkVerifier::authorization(request, signing.accessKey.toLatin1(),
                                                                          signing.secretKey.toLatin1(), headers));
    return request;
}

QString message(const SandboxResponse &response)
{
    return response.json().object().value(QStringLiteral("error_msg")).toString();
}

} // namespace

class TestSandboxAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void permanentKey();
    void refusals_data();
    void refusals();
    void clockSkew();
    void temporaryKey();
    void projectHeader();
    void lockout();
    void successResetsFailures();

private:
    std::unique_ptr<SandboxCloud> m_cloud;
    QDateTime m_now;
};

void TestSandboxAuth::init()
{
    m_cloud = std::make_unique<SandboxCloud>();
    m_now = serverNow;
    m_cloud->setClock([this] { return m_now; });
}

void TestSandboxAuth::permanentKey()
{
    QCOMPARE(m_cloud->handle(signedRequest(Signing())).status, 200);
    const SandboxResponse projects = m_cloud->handle(signedRequest(Signing(), QStringLiteral("/v3/auth/projects")));
    QCOMPARE(projects.status, 200);
}

void TestSandboxAuth::refusals_data()
{
    QTest::addColumn<QString>("accessKey");
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QByteArray>("authorization"); // replaces the computed one when set
    QTest::addColumn<QString>("reason");

    QTest::newRow("wrong secret") << SandboxDemo::accessKey() << QStringLiteral("wrong") << QByteArray()
                                  << QStringLiteral("verify aksk signature fail");
    QTest::newRow("unknown access key") << QStringLiteral("NOSUCHACCESSKEY00000") << SandboxDemo::secretKey()
                                        << QByteArray()
                                        << QStringLiteral(
                                               "the access key NOSUCHACCESSKEY00000 is not found or invalid");
    QTest::newRow("malformed header") << SandboxDemo::accessKey() << SandboxDemo::secretKey()
                                      << QByteArray("SDK-HMAC-SHA256 Signature=abc")
                                      << QStringLiteral("verify aksk signature fail");
}

void TestSandboxAuth::refusals()
{
    QFETCH(QString, accessKey);
    QFETCH(QString, secretKey);
    QFETCH(QByteArray, authorization);
    QFETCH(QString, reason);
    Signing signing;
    signing.accessKey = accessKey;
    signing.secretKey = secretKey;
    SandboxRequest request = signedRequest(signing);
    if (!authorization.isEmpty())
        request.setHeader("Authorization", authorization);
    const SandboxResponse response = m_cloud->handle(request);
    QCOMPARE(response.status, 401);
    QCOMPARE(response.json().object().value(QStringLiteral("error_code")).toString(), QStringLiteral("APIGW.0301"));
    QCOMPARE(message(response), QStringLiteral("Incorrect IAM authentication information: ") + reason);
}

void TestSandboxAuth::clockSkew()
{
    Signing signing;
    signing.signedAt = serverNow.addSecs(-15 * 60);
    QCOMPARE(m_cloud->handle(signedRequest(signing)).status, 200);
    signing.signedAt = serverNow.addSecs(15 * 60 + 1);
    const SandboxResponse response = m_cloud->handle(signedRequest(signing));
    QCOMPARE(response.status, 401);
    QVERIFY2(message(response).contains(QLatin1String("request time expired")), qPrintable(message(response)));
    QCOMPARE(response.header("Date"), QByteArray("Fri, 01 Mar 2024 12:00:00 GMT"));
}

void TestSandboxAuth::temporaryKey()
{
    Signing signing;
    signing.accessKey = SandboxDemo::temporaryAccessKey();
    signing.secretKey = SandboxDemo::temporarySecretKey();
    const SandboxResponse missing = m_cloud->handle(signedRequest(signing));
    QCOMPARE(missing.status, 401);
    QVERIFY(message(missing).contains(QLatin1String("x-security-token not found")));

    signing.securityToken = "not-the-token";
    const SandboxResponse wrong = m_cloud->handle(signedRequest(signing));
    QCOMPARE(wrong.status, 401);
    QVERIFY(message(wrong).contains(QLatin1String("security token is invalid")));

    signing.securityToken = SandboxDemo::securityToken().toLatin1();
    QCOMPARE(m_cloud->handle(signedRequest(signing)).status, 200);

    // A permanent key's secret does not sign for the temporary key.
    signing.secretKey = SandboxDemo::secretKey();
    QCOMPARE(m_cloud->handle(signedRequest(signing)).status, 401);
}

void TestSandboxAuth::projectHeader()
{
    Signing signing;
    signing.projectHeader.clear();
    const SandboxResponse missing = m_cloud->handle(signedRequest(signing));
    QCOMPARE(missing.status, 401);
    QVERIFY(message(missing).contains(QLatin1String("x-project-id not found")));

    signing.projectHeader = m_cloud->projects().at(1).id.toLatin1();
    const SandboxResponse other = m_cloud->handle(signedRequest(signing));
    QCOMPARE(other.status, 403);
}

void TestSandboxAuth::lockout()
{
    Signing bad;
    bad.secretKey = QStringLiteral("wrong");
    for (int i = 1; i <= 5; ++i) {
        const SandboxResponse response = m_cloud->handle(signedRequest(bad));
        QCOMPARE(message(response),
                 QStringLiteral("Incorrect IAM authentication information: verify aksk signature fail"));
    }
    const SandboxResponse sixth = m_cloud->handle(signedRequest(bad));
    QCOMPARE(sixth.status, 401);
    QVERIFY2(message(sixth).contains(QLatin1String("locked for 5 minutes")), qPrintable(message(sixth)));

    // Even a correct signature is refused while locked...
    const SandboxResponse locked = m_cloud->handle(signedRequest(Signing()));
    QCOMPARE(locked.status, 401);
    QVERIFY(message(locked).contains(QLatin1String("locked for 5 minutes")));
    // ...but other keys are not affected.
    Signing temporary;
    temporary.accessKey = SandboxDemo::temporaryAccessKey();
    temporary.secretKey = SandboxDemo::temporarySecretKey();
    temporary.securityToken = SandboxDemo::securityToken().toLatin1();
    QCOMPARE(m_cloud->handle(signedRequest(temporary)).status, 200);

    m_now = serverNow.addSecs(5 * 60 - 1);
    Signing late;
    late.signedAt = m_now;
    QCOMPARE(m_cloud->handle(signedRequest(late)).status, 401);
    m_now = serverNow.addSecs(5 * 60);
    late.signedAt = m_now;
    QCOMPARE(m_cloud->handle(signedRequest(late)).status, 200);
}

void TestSandboxAuth::successResetsFailures()
{
    Signing bad;
    bad.secretKey = QStringLiteral("wrong");
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_cloud->handle(signedRequest(bad)).status, 401);
        QCOMPARE(m_cloud->handle(signedRequest(Signing())).status, 200);
    }
}

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandboxauth.moc"
