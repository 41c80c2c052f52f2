#include "AkSkAuthenticator.h"
#include "AuthenticatorFactory.h"
#include "CloudConnection.h"
#include "FakeHttpServer.h"
#include "IamSession.h"
#include "PendingReply.h"
#include "TokenAuthenticator.h"
#include "TokenRenewingReply.h"
#include "Transport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace EndpointDesk;

// A call refused because the session's token expired is renewed once and sent once more.
class TestTokenRenewal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void renewsOnceAndResends();
    void secondRefusalIsReported();
    void onlyExpiredOrRevokedTokensRenew_data();
    void onlyExpiredOrRevokedTokensRenew();
    void pastedTokenIsNotRenewed();
    void akSkIsNotRenewed();
    void failedRenewalReportsTheRefusal();
    void mfaSessionIsNotRenewed();
    void cancelWhileRenewing();
    void concurrentRefusalsRenewOnce();
    void notSignedInIsRefusedWithoutSending();

private:
    // Routes IAM sign-ins and API calls to two scripts.
    void script(QList<FakeHttpServer::Response> iam, QList<FakeHttpServer::Response> api);
    void signIn(const Credentials &credentials = password());
    PendingReply *sendCreate();
    QList<QByteArray> apiTokens() const;
    static Credentials password();

    FakeHttpServer *m_server = nullptr;
    Transport *m_transport = nullptr;
    IamSession *m_session = nullptr;
    CloudConnection *m_connection = nullptr;
    QList<FakeHttpServer::Response> m_iam;
    QList<FakeHttpServer::Response> m_api;
};

namespace {

FakeHttpServer::Response token(const QByteArray &value)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject body{
        {QLatin1String("token"),
         QJsonObject{{QLatin1String("issued_at"), now.toString(Qt::ISODateWithMs)},
                     {QLatin1String("expires_at"), now.addSecs(24 * 3600).toString(Qt::ISODateWithMs)},
                     {QLatin1String("user"), QJsonObject{{QLatin1String("name"), QLatin1String("ops")}}}}}};
    return FakeHttpServer::json(201, QJsonDocument(body).toJson(QJsonDocument::Compact), {{"X-Subject-Token", value}});
}

FakeHttpServer::Response refusal(const QByteArray &reason)
{
    return FakeHttpServer::json(401,
                                R"({"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information: )"
                                    + reason + R"("})");
}

FakeHttpServer::Response created()
{
    return FakeHttpServer::json(200, R"({"endpoints":["192.168.0.10"],"address":"https://x"})");
}

} // namespace

Credentials TestTokenRenewal::password()
{
    Credentials c;
    c.method = AuthMethod::IamPassword;
    c.accountName = QStringLiteral("acme");
    c.userName = QStringLiteral("ops");
    c.password = QStringLiteral("pw");
    return c;
}

void TestTokenRenewal::init()
{
    m_server = new FakeHttpServer(this);
    m_transport = new Transport(this);
    m_session = new IamSession(m_transport, this);
    m_connection = new CloudConnection(m_transport, this);
    m_connection->setEndpoints(ServiceEndpoints(QStringLiteral("cn-north-4"), m_server->baseUrl()));
    m_server->setHandler([this](const FakeHttpServer::Request &request) {
        QList<FakeHttpServer::Response> &queue = request.target.startsWith("/v3/auth/tokens") ? m_iam : m_api;
        if (queue.isEmpty())
            return FakeHttpServer::json(500, R"({"error_code":"TEST","error_msg":"unscripted request"})");
        return queue.takeFirst();
    });
}

void TestTokenRenewal::cleanup()
{
    delete m_connection;
    delete m_session;
    delete m_transport;
    delete m_server;
}

void TestTokenRenewal::script(QList<FakeHttpServer::Response> iam, QList<FakeHttpServer::Response> api)
{
    m_iam = std::move(iam);
    m_api = std::move(api);
}

void TestTokenRenewal::signIn(const Credentials &credentials)
{
    QSignalSpy signedIn(m_session, &IamSession::signedIn);
    QVERIFY(m_session->signIn(m_connection->endpoints(), credentials, QStringLiteral("p")));
    QTRY_COMPARE(signedIn.size(), 1);
    m_connection->useCredentials(credentials, m_session);
}

PendingReply *TestTokenRenewal::sendCreate()
{
    EndpointSpec spec;
    spec.projectId = QStringLiteral("p");
    spec.vpcId = QStringLiteral("v");
    spec.subnetId = QStringLiteral("s");
    return m_connection->send(m_connection->builder().createEndpoint(spec));
}

QList<QByteArray> TestTokenRenewal::apiTokens() const
{
    QList<QByteArray> tokens;
    for (const auto &request : m_server->requests()) {
        if (!request.target.startsWith("/v3/auth/tokens"))
            tokens.append(request.header("X-Auth-Token"));
    }
    return tokens;
}

void TestTokenRenewal::renewsOnceAndResends()
{
    script({token("T1"), token("T2")}, {refusal("token expires, expires_at: 2024-01-01T00:00:00Z"), created()});
    signIn();
    QSignalSpy finished(sendCreate(), &PendingReply::finished);
    QTRY_COMPARE(finished.size(), 1);
    const auto response = finished.at(0).at(0).value<ApiResponse>();
    QCOMPARE(response.httpStatus, 200);
    QCOMPARE(apiTokens(), (QList<QByteArray>{"T1", "T2"}));
    QCOMPARE(m_session->token(), QStringLiteral("T2"));
    QCOMPARE(m_server->requests().size(), 4);
    // The same create body both times: nothing changed but the token.
    QCOMPARE(m_server->requests().at(1).body, m_server->requests().at(3).body);
}

void TestTokenRenewal::secondRefusalIsReported()
{
    script({token("T1"), token("T2")}, {refusal("token expires"), refusal("decrypt token fail")});
    signIn();
    QSignalSpy finished(sendCreate(), &PendingReply::finished);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<ApiResponse>().httpStatus, 401);
    QVERIFY(finished.at(0).at(0).value<ApiResponse>().body.contains("decrypt token fail"));
    QCOMPARE(apiTokens().size(), 2); // sent twice, never a third time
    QTest::qWait(50);                // and nothing more arrives afterwards
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_server->requests().size(), 4);
}

void TestTokenRenewal::onlyExpiredOrRevokedTokensRenew_data()
{
    QTest::addColumn<FakeHttpServer::Response>("answer");
    QTest::addColumn<int>("apiCalls");
    QTest::newRow("expired") << refusal("token expires, expires_at: x") << 2;
    QTest::newRow("revoked") << refusal("decrypt token fail") << 2;
    QTest::newRow("no token sent") << refusal("x-auth-token not found") << 1;
    QTest::newRow("signature") << refusal("verify aksk signature fail") << 1;
    QTest::newRow("forbidden") << FakeHttpServer::json(403, R"({"error_code":"FSS.0403","error_msg":"no"})") << 1;
    QTest::newRow("FunctionGraph 401") << FakeHttpServer::json(401, R"({"error_code":"FSS.0401","error_msg":"token"})")
                                       << 1;
}

void TestTokenRenewal::onlyExpiredOrRevokedTokensRenew()
{
    QFETCH(FakeHttpServer::Response, answer);
    QFETCH(int, apiCalls);
    script({token("T1"), token("T2")}, {answer, created()});
    signIn();
    QSignalSpy finished(sendCreate(), &PendingReply::finished);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(apiTokens().size(), apiCalls);
    QCOMPARE(finished.at(0).at(0).value<ApiResponse>().httpStatus, apiCalls == 2 ? 200 : answer.status);
}

void TestTokenRenewal::pastedTokenIsNotRenewed()
{
    script({}, {refusal("token expires"), created()});
    Credentials pasted;
    pasted.method = AuthMethod::Token;
    pasted.token = QStringLiteral("PASTED");
    m_connection->useCredentials(pasted, m_session);
    QCOMPARE(m_connection->renewer(), nullptr);
    QSignalSpy finished(sendCreate(), &PendingReply::finished);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<ApiResponse>().httpStatus, 401);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestTokenRenewal::akSkIsNotRenewed()
{
    script({}, {refusal("token expires"), created()});
    Credentials keys;
    keys.method = AuthMethod::AkSk;
    keys.accessKey = QStringLiteral("AK");
    keys.secretKey = QStringLiteral("SK");
    m_connection->useCredentials(keys, m_session);
    QSignalSpy finished(sendCreate(), &PendingReply::finished);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(m_server->requests().at(0).header("Authorization").startsWith("SDK-HMAC-SHA256 "));
}

void TestTokenRenewal::failedRenewalReportsTheRefusal()
{
    script({token("T1"),
            FakeHttpServer::json(401, R"({"error":{"code":401,"message":"The username or password is wrong."}})")},
           {refusal("token expires"), created()});
    signIn();
    QSignalSpy sessionFailed(m_session, &IamSession::failed);
    QSignalSpy finished(sendCreate(), &PendingReply::finished);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<ApiResponse>().httpStatus, 401);
    QVERIFY(finished.at(0).at(0).value<ApiResponse>().body.contains("token expires"));
    QCOMPARE(sessionFailed.size(), 1);
    QCOMPARE(apiTokens().size(), 1);
}

void TestTokenRenewal::mfaSessionIsNotRenewed()
{
    Credentials mfa = password();
    mfa.mfaUserId = QStringLiteral("u");
    mfa.mfaCode = QStringLiteral("123456");
    script({token("T1"), token("T2")}, {refusal("token expires"), created()});
    signIn(mfa);
    QSignalSpy finished(sendCreate(), &PendingReply::finished);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<ApiResponse>().httpStatus, 401);
    QCOMPARE(m_server->requests().size(), 2); // one sign-in, one call
}

void TestTokenRenewal::cancelWhileRenewing()
{
    // IAM does not answer the renewal.
    FakeHttpServer::Response silence;
    silence.hold = true;
    script({token("T1"), silence}, {refusal("token expires")});
    signIn();
    PendingReply *reply = sendCreate();
    QSignalSpy finished(reply, &PendingReply::finished);
    QTRY_VERIFY(m_session->isRenewing());
    reply->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<ApiResponse>().outcome, ApiResponse::Outcome::Cancelled);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(apiTokens().size(), 1);
}

void TestTokenRenewal::concurrentRefusalsRenewOnce()
{
    // Two calls out with the same expired token: one renewal serves both (joined while it runs, or
    // noticed as a newer token once it is done).
    script({token("T1"), token("T2")}, {refusal("token expires"), refusal("token expires"), created(), created()});
    signIn();
    QSignalSpy first(sendCreate(), &PendingReply::finished);
    QSignalSpy second(sendCreate(), &PendingReply::finished);
    QTRY_COMPARE(first.size(), 1);
    QTRY_COMPARE(second.size(), 1);
    QCOMPARE(first.at(0).at(0).value<ApiResponse>().httpStatus, 200);
    QCOMPARE(second.at(0).at(0).value<ApiResponse>().httpStatus, 200);
    int signIns = 0;
    for (const auto &request : m_server->requests())
        signIns += request.target.startsWith("/v3/auth/tokens") ? 1 : 0;
    QCOMPARE(signIns, 2);
    QCOMPARE(apiTokens(), (QList<QByteArray>{"T1", "T1", "T2", "T2"}));
}

void TestTokenRenewal::notSignedInIsRefusedWithoutSending()
{
    m_connection->useCredentials(password(), m_session);
    QSignalSpy finished(sendCreate(), &PendingReply::finished);
    QTRY_COMPARE(finished.size(), 1);
    const auto response = finished.at(0).at(0).value<ApiResponse>();
    QCOMPARE(response.outcome, ApiResponse::Outcome::Refused);
    QVERIFY(response.detail.contains(QLatin1String("Sign in")));
    QCOMPARE(m_server->requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestTokenRenewal)
#include "tst_tokenrenewal.moc"
