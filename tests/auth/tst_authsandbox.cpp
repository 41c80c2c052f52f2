#include "CloudConnection.h"
#include "EndpointClient.h"
#include "IamSession.h"
#include "PendingReply.h"
#include "SandboxDemo.h"
#include "SandboxServer.h"
#include "Transport.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace EndpointDesk;

// Each way of signing in, end to end against the sandbox: the real client, the real emulated cloud.
class TestAuthSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pastedTokenCreates();
    void pastedExpiredTokenIsExplainedNotRenewed();
    void eachMethodCreates_data();
    void eachMethodCreates();
    void signInShowsWhoWhereUntilWhen();
    void signInScopedByRegionName();
    void signInRefusalsExplained_data();
    void signInRefusalsExplained();
    void expiredSessionTokenRenewedOnceAndResent();
    void shortLivedTokenRenewedBeforeExpiry();
    void wrongSecretExplained_data();
    void wrongSecretExplained();
    void temporaryKeysWithoutTokenRefused();
    void temporaryKeysWithoutTokenNotSent();
    void clockSkewExplained();
    void lockedAccessKeyExplained();
    void akskListingsAndOddPathsVerified_data();
    void akskListingsAndOddPathsVerified();

private:
    EndpointResult create();
    bool signIn(const Credentials &credentials, const QString &projectId = SandboxDemo::projectId());
    static Credentials demo(AuthMethod method);
    // Moves the sandbox's clock (only the sandbox's: this computer's stays put).
    void moveSandboxClock(qint64 seconds);
    int sandboxCalls(const QString &pathPart) const;

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QSignalSpy> m_handled;
    Transport *m_transport = nullptr;
    CloudConnection *m_connection = nullptr;
    IamSession *m_session = nullptr;
    EndpointClient *m_client = nullptr;
};

void TestAuthSandbox::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->start());
    m_handled = std::make_unique<QSignalSpy>(m_sandbox.get(), &SandboxServer::requestHandled);
    m_transport = new Transport(this);
    m_connection = new CloudConnection(m_transport, this);
    m_connection->setEndpoints(ServiceEndpoints(SandboxDemo::regionId(), m_sandbox->baseUrl()));
    m_session = new IamSession(m_transport, this);
    m_client = new EndpointClient(m_connection, this);
}

void TestAuthSandbox::cleanup()
{
    delete m_client;
    delete m_session;
    delete m_connection;
    delete m_transport;
    m_handled.reset();
    m_sandbox.reset();
}

EndpointResult TestAuthSandbox::create()
{
    EndpointSpec spec;
    spec.region = SandboxDemo::regionId();
    spec.projectId = SandboxDemo::projectId();
    spec.vpcId = m_sandbox->cloud().firstVpcId();
    spec.subnetId = m_sandbox->cloud().firstSubnetId();
    QSignalSpy finished(m_client, &EndpointClient::createFinished);
    if (!m_client->create(spec))
        return {};
    if (!finished.wait(10000) && finished.isEmpty())
        return {};
    return finished.at(0).at(1).value<EndpointResult>();
}

void TestAuthSandbox::moveSandboxClock(qint64 seconds)
{
    m_sandbox->cloud().setClock([seconds] { return QDateTime::currentDateTimeUtc().addSecs(seconds); });
}

int TestAuthSandbox::sandboxCalls(const QString &pathPart) const
{
    int count = 0;
    for (const QList<QVariant> &call : *m_handled)
        count += call.at(1).toString().contains(pathPart) ? 1 : 0;
    return count;
}

Credentials TestAuthSandbox::demo(AuthMethod method)
{
    Credentials c;
    c.method = method;
    switch (method) {
    case AuthMethod::Token:
        c.token = SandboxDemo::token();
        break;
    case AuthMethod::IamPassword:
        c.accountName = SandboxDemo::accountName();
        c.userName = SandboxDemo::userName();
        c.password = SandboxDemo::password();
        break;
    case AuthMethod::AkSk:
        c.accessKey = SandboxDemo::accessKey();
        c.secretKey = SandboxDemo::secretKey();
        break;
    case AuthMethod::TemporaryAkSk:
        c.accessKey = SandboxDemo::temporaryAccessKey();
        c.secretKey = SandboxDemo::temporarySecretKey();
        c.securityToken = SandboxDemo::securityToken();
        break;
    }
    return c;
}

bool TestAuthSandbox::signIn(const Credentials &credentials, const QString &projectId)
{
    QSignalSpy signedIn(m_session, &IamSession::signedIn);
    QSignalSpy failed(m_session, &IamSession::failed);
    if (!m_session->signIn(m_connection->endpoints(), credentials, projectId))
        return false;
    for (int i = 0; i < 100 && signedIn.isEmpty() && failed.isEmpty(); ++i)
        signedIn.wait(100);
    return !signedIn.isEmpty();
}

void TestAuthSandbox::pastedTokenCreates()
{
    Credentials token;
    token.method = AuthMethod::Token;
    token.token = SandboxDemo::token();
    m_connection->useCredentials(token, m_session);
    const EndpointResult result = create();
    QVERIFY2(result.succeeded(), qPrintable(result.error.code + QLatin1Char(' ') + result.error.message));
    QVERIFY(!result.endpointIps.isEmpty());
}

void TestAuthSandbox::pastedExpiredTokenIsExplainedNotRenewed()
{
    Credentials token;
    token.method = AuthMethod::Token;
    token.token = m_sandbox->cloud().issueToken(SandboxDemo::projectId(), 3600);
    m_connection->useCredentials(token, m_session);
    moveSandboxClock(2 * 3600);
    const EndpointResult result = create();
    QVERIFY(!result.succeeded());
    QCOMPARE(result.httpStatus, 401);
    QCOMPARE(result.error.code, QStringLiteral("APIGW.0301"));
    QVERIFY2(result.error.hint.contains(QLatin1String("pasted token cannot be renewed")),
             qPrintable(result.error.hint));
    QCOMPARE(sandboxCalls(QStringLiteral("/fgs/vpc-endpoint")), 1);
    QCOMPARE(sandboxCalls(QStringLiteral("/v3/auth/tokens")), 0);
}

void TestAuthSandbox::eachMethodCreates_data()
{
    QTest::addColumn<AuthMethod>("method");
    for (AuthMethod method : AuthMethods::all())
        QTest::newRow(qPrintable(AuthMethods::id(method))) << method;
}

void TestAuthSandbox::eachMethodCreates()
{
    QFETCH(AuthMethod, method);
    const Credentials credentials = demo(method);
    if (method == AuthMethod::IamPassword)
        QVERIFY(signIn(credentials));
    m_connection->useCredentials(credentials, m_session);
    const EndpointResult result = create();
    QVERIFY2(result.succeeded(), qPrintable(result.error.code + QLatin1Char(' ') + result.error.message));
    QCOMPARE(result.endpointIps.size(), 2);
    QVERIFY(!result.address.isEmpty());
    QCOMPARE(m_sandbox->cloud().endpoints().size(), 1);
}

void TestAuthSandbox::signInShowsWhoWhereUntilWhen()
{
    QSignalSpy signedIn(m_session, &IamSession::signedIn);
    QVERIFY(signIn(demo(AuthMethod::IamPassword)));
    const auto info = signedIn.at(0).at(0).value<IamSessionInfo>();
    QCOMPARE(info.userName, SandboxDemo::userName());
    QCOMPARE(info.accountName, SandboxDemo::accountName());
    QCOMPARE(info.projectId, SandboxDemo::projectId());
    QCOMPARE(info.projectName, SandboxDemo::regionId());
    QVERIFY(info.expiresAt > QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
    QVERIFY(m_session->statusText().contains(SandboxDemo::userName()));
    QVERIFY(!m_session->statusText().contains(m_session->token()));
}

void TestAuthSandbox::signInScopedByRegionName()
{
    QSignalSpy signedIn(m_session, &IamSession::signedIn);
    QVERIFY(signIn(demo(AuthMethod::IamPassword), QString()));
    QCOMPARE(signedIn.at(0).at(0).value<IamSessionInfo>().projectId, SandboxDemo::projectId());
}

void TestAuthSandbox::signInRefusalsExplained_data()
{
    QTest::addColumn<Credentials>("credentials");
    QTest::addColumn<QString>("hintWord");

    Credentials wrong = demo(AuthMethod::IamPassword);
    wrong.password = QStringLiteral("not-the-password");
    QTest::newRow("wrong password") << wrong << QStringLiteral("password is wrong");

    Credentials mfa = demo(AuthMethod::IamPassword);
    mfa.userName = SandboxDemo::mfaUserName();
    mfa.password = SandboxDemo::mfaPassword();
    QTest::newRow("MFA required") << mfa << QStringLiteral("must sign in with virtual MFA");

    mfa.mfaUserId = SandboxDemo::mfaUserId();
    mfa.mfaCode =
        QStringLiteral("000000") == SandboxDemo::mfaPasscode() ? QStringLiteral("111111") : QStringLiteral("000000");
    QTest::newRow("wrong MFA code") << mfa << QStringLiteral("MFA code was not accepted");
}

void TestAuthSandbox::signInRefusalsExplained()
{
    QFETCH(Credentials, credentials);
    QFETCH(QString, hintWord);
    QSignalSpy failed(m_session, &IamSession::failed);
    QVERIFY(!signIn(credentials));
    QCOMPARE(failed.size(), 1);
    const auto error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.httpStatus, 401);
    QVERIFY2(error.hint.contains(hintWord), qPrintable(error.hint));
    QVERIFY(!error.hint.contains(credentials.password) && !error.message.contains(credentials.password));
    QCOMPARE(m_session->state(), IamSession::State::SignedOut);

    // And the same user signs in with the right details.
    if (!credentials.mfaCode.isEmpty()) {
        credentials.mfaCode = SandboxDemo::mfaPasscode();
        QVERIFY(signIn(credentials));
        QVERIFY(m_session->info().usedMfa);
        m_connection->useCredentials(credentials, m_session);
        QVERIFY(create().succeeded());
    }
}

void TestAuthSandbox::expiredSessionTokenRenewedOnceAndResent()
{
    QVERIFY(signIn(demo(AuthMethod::IamPassword)));
    m_connection->useCredentials(demo(AuthMethod::IamPassword), m_session);
    const QString firstToken = m_session->token();
    // A day later for the cloud: the token has expired there, not yet here.
    moveSandboxClock(25 * 3600);
    const EndpointResult result = create();
    QVERIFY2(result.succeeded(), qPrintable(result.error.code + QLatin1Char(' ') + result.error.message));
    QVERIFY(m_session->token() != firstToken);
    QCOMPARE(sandboxCalls(QStringLiteral("/v3/auth/tokens")), 2);
    QCOMPARE(sandboxCalls(QStringLiteral("/fgs/vpc-endpoint")), 2);
    QCOMPARE(m_sandbox->cloud().endpoints().size(), 1);
}

void TestAuthSandbox::shortLivedTokenRenewedBeforeExpiry()
{
    m_sandbox->cloud().setTokenLifetime(3);
    QSignalSpy signedIn(m_session, &IamSession::signedIn);
    QVERIFY(signIn(demo(AuthMethod::IamPassword)));
    const QString firstToken = m_session->token();
    // Renewed a tenth of its life before it runs out, without any call failing.
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 2, 6000);
    QVERIFY(m_session->token() != firstToken);
    m_sandbox->cloud().setTokenLifetime(24 * 3600);
    m_connection->useCredentials(demo(AuthMethod::IamPassword), m_session);
    QVERIFY(create().succeeded());
    QCOMPARE(sandboxCalls(QStringLiteral("/fgs/vpc-endpoint")), 1);
}

void TestAuthSandbox::wrongSecretExplained_data()
{
    QTest::addColumn<AuthMethod>("method");
    QTest::newRow("AK/SK") << AuthMethod::AkSk;
    QTest::newRow("temporary AK/SK") << AuthMethod::TemporaryAkSk;
}

void TestAuthSandbox::wrongSecretExplained()
{
    QFETCH(AuthMethod, method);
    Credentials keys = demo(method);
    keys.secretKey = QStringLiteral("not-the-secret-key");
    m_connection->useCredentials(keys, m_session);
    const EndpointResult result = create();
    QVERIFY(!result.succeeded());
    QCOMPARE(result.httpStatus, 401);
    QCOMPARE(result.error.code, QStringLiteral("APIGW.0301"));
    QVERIFY2(result.error.hint.contains(QLatin1String("secret key belongs to this access key")),
             qPrintable(result.error.hint));
    QVERIFY(!result.error.hint.contains(keys.secretKey));
    QCOMPARE(sandboxCalls(QStringLiteral("/fgs/vpc-endpoint")), 1); // a signature refusal is never retried
}

void TestAuthSandbox::temporaryKeysWithoutTokenRefused()
{
    // Temporary keys entered as permanent ones: sent without X-Security-Token, refused by the cloud.
    Credentials keys = demo(AuthMethod::TemporaryAkSk);
    keys.method = AuthMethod::AkSk;
    m_connection->useCredentials(keys, m_session);
    const EndpointResult result = create();
    QVERIFY(!result.succeeded());
    QCOMPARE(result.error.code, QStringLiteral("APIGW.0301"));
    QVERIFY2(result.error.hint.contains(QLatin1String("temporary access keys")), qPrintable(result.error.hint));
}

void TestAuthSandbox::temporaryKeysWithoutTokenNotSent()
{
    Credentials keys = demo(AuthMethod::TemporaryAkSk);
    keys.securityToken.clear();
    m_connection->useCredentials(keys, m_session);
    const EndpointResult result = create();
    QVERIFY(!result.succeeded());
    QVERIFY2(result.error.message.contains(QLatin1String("security token")), qPrintable(result.error.message));
    QCOMPARE(m_handled->size(), 0);
}

void TestAuthSandbox::clockSkewExplained()
{
    m_connection->useCredentials(demo(AuthMethod::AkSk), m_session);
    // The cloud half an hour behind this computer.
    moveSandboxClock(-30 * 60);
    const EndpointResult result = create();
    QVERIFY(!result.succeeded());
    QCOMPARE(result.error.code, QStringLiteral("APIGW.0301"));
    QVERIFY2(result.error.hint.contains(QLatin1String("clock is 30 minutes off (ahead)")),
             qPrintable(result.error.hint));
    const QString cloudTime = m_sandbox->cloud().now().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QVERIFY2(result.error.hint.contains(cloudTime), qPrintable(result.error.hint));
}

void TestAuthSandbox::lockedAccessKeyExplained()
{
    Credentials keys = demo(AuthMethod::AkSk);
    keys.secretKey = QStringLiteral("wrong");
    m_connection->useCredentials(keys, m_session);
    EndpointResult result;
    for (int attempt = 0; attempt < 7; ++attempt)
        result = create();
    QVERIFY2(result.error.hint.contains(QLatin1String("locked for 5 minutes")), qPrintable(result.error.hint));
    // Even the right secret is refused while the lock lasts.
    m_connection->useCredentials(demo(AuthMethod::AkSk), m_session);
    result = create();
    QVERIFY(!result.succeeded());
    QVERIFY2(result.error.hint.contains(QLatin1String("locked for 5 minutes")), qPrintable(result.error.hint));
}

void TestAuthSandbox::akskListingsAndOddPathsVerified_data()
{
    // The client's signer and the sandbox's verifier are written apart: they must agree on every call the
    // client makes, escapes and paging markers included. "{vpc}" and "{subnet}" stand for seeded ids.
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<int>("expectedStatus");
    const QString odd = QStringLiteral("a b&c=d/\u00e9~!'()*+%;,@:$");
    QTest::newRow("VPCs, first page") << QStringLiteral("vpcs") << QString() << QString() << 200;
    QTest::newRow("VPCs, next page") << QStringLiteral("vpcs") << QStringLiteral("{vpc}") << QString() << 200;
    QTest::newRow("VPCs, marker with escapes") << QStringLiteral("vpcs") << odd << QString() << 400;
    QTest::newRow("subnets of a VPC, next page")
        << QStringLiteral("subnets") << QStringLiteral("{vpc}") << QStringLiteral("{subnet}") << 200;
    QTest::newRow("agencies") << QStringLiteral("agencies") << QString() << QString() << 200;
    QTest::newRow("delete, ids with escapes")
        << QStringLiteral("delete") << QStringLiteral("vpc a~b!'()*\u00e9") << QStringLiteral("sub%net+;=,@:$") << 404;
}

void TestAuthSandbox::akskListingsAndOddPathsVerified()
{
    QFETCH(QString, call);
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(int, expectedStatus);
    first.replace(QLatin1String("{vpc}"), m_sandbox->cloud().firstVpcId());
    second.replace(QLatin1String("{subnet}"), m_sandbox->cloud().firstSubnetId());

    m_connection->useCredentials(demo(AuthMethod::AkSk), m_session);
    const RequestBuilder builder = m_connection->builder();
    const QString project = SandboxDemo::projectId();
    ApiRequest request;
    if (call == QLatin1String("vpcs"))
        request = builder.listVpcs(project, 1, first);
    else if (call == QLatin1String("subnets"))
        request = builder.listSubnets(project, first, 1, second);
    else if (call == QLatin1String("agencies"))
        request = builder.listAgencies(project, 0, 100);
    else
        request = builder.deleteEndpoint(project, first, second);

    PendingReply *reply = m_connection->send(request);
    QSignalSpy finished(reply, &PendingReply::finished);
    QVERIFY(finished.wait(10000));
    const auto response = finished.at(0).at(0).value<ApiResponse>();
    QVERIFY2(response.httpStatus == expectedStatus, response.body.constData());
}

QTEST_GUILESS_MAIN(TestAuthSandbox)
#include "tst_authsandbox.moc"
