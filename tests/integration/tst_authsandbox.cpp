#include "CloudConnection.h"
#include "EndpointClient.h"
#include "IamSession.h"
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

private:
    EndpointResult create();
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
    QVERIFY2(result.error.hint.contains(QLatin1String("pasted token cannot be renewed")), qPrintable(result.error.hint));
    QCOMPARE(sandboxCalls(QStringLiteral("/fgs/vpc-endpoint")), 1);
    QCOMPARE(sandboxCalls(QStringLiteral("/v3/auth/tokens")), 0);
}

QTEST_GUILESS_MAIN(TestAuthSandbox)
#include "tst_authsandbox.moc"
