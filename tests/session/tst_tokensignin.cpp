#include "TokenWorkspace.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace EndpointDesk;

// Sign in with a pasted token: IAM is asked whose it is and until when, against the sandbox over HTTP.
class TestTokenSignIn : public QObject
{
    Q_OBJECT

private:
    // The request the check made: GET /v3/auth/tokens, and what the sandbox answered.
    int tokenChecks(int status) const
    {
        int count = 0;
        for (const auto &[method, path, answered] : m_handled)
            count += method == "GET" && path == QLatin1String("/v3/auth/tokens") && answered == status ? 1 : 0;
        return count;
    }

    void openWithToken(const QString &token)
    {
        QVERIFY(m_session->open(token));
        m_workspace = &m_session->workspace();
    }

    std::unique_ptr<TestSupport::TokenWorkspace> m_session;
    Workspace *m_workspace = nullptr;
    SandboxServer *m_server = nullptr;
    QList<std::tuple<QByteArray, QString, int>> m_handled;
    const QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);

private Q_SLOTS:
    void init()
    {
        m_session = std::make_unique<TestSupport::TokenWorkspace>();
        m_server = &m_session->server();
        m_server->cloud().setClock([this] { return m_now; });
        m_handled.clear();
        connect(m_server, &SandboxServer::requestHandled, this,
                [this](const QByteArray &method, const QString &path, int status) {
                    m_handled.append({method, path, status});
                });
    }

    void cleanup() { m_session.reset(); }

    void saysWhoseTheTokenIsAndUntilWhen()
    {
        const QString token = m_server->cloud().issueToken(SandboxDemo::projectId(), 3600);
        openWithToken(token);
        QSignalSpy status(m_workspace, &Workspace::authStatusChanged);
        QVERIFY(m_workspace->signIn());
        QVERIFY(m_workspace->authStatus().contains(QLatin1String("Checking the token")));

        const QString until = QLocale().toString(m_now.addSecs(3600).toLocalTime(), QLocale::ShortFormat);
        QTRY_VERIFY(!status.isEmpty() && status.constLast().first().toString().contains(QLatin1String("valid until")));
        const QString said = m_workspace->authStatus();
        QCOMPARE(said, QStringLiteral("The token is %1's (account %2), for project %3 (%4), valid until %5.")
                           .arg(SandboxDemo::userName(), SandboxDemo::accountName(), SandboxDemo::regionId(),
                                SandboxDemo::projectId(), until));
        QCOMPARE(tokenChecks(200), 1);

        // Another token pasted afterwards is not the one IAM spoke of.
        Credentials other = m_workspace->activeProfile()->credentials();
        other.token = SandboxDemo::token();
        m_workspace->editConnection(SandboxDemo::regionId(), m_server->baseUrl().toString(), other);
        QVERIFY(!m_workspace->authStatus().contains(QLatin1String("valid until")));
    }

    void anExpiredTokenIsToldPlainly()
    {
        const QString token = m_server->cloud().issueToken(SandboxDemo::projectId(), 60);
        m_server->cloud().setClock([this] { return m_now.addSecs(120); });
        openWithToken(token);
        QSignalSpy failed(m_workspace, &Workspace::signInFailed);
        QVERIFY(m_workspace->signIn());
        QTRY_COMPARE(failed.size(), 1);
        const QString said = failed.first().first().toString();
        QVERIFY2(said.startsWith(QLatin1String("Sign-in failed:")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("has expired")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("Request ID: ")), qPrintable(said));
        QVERIFY(!m_workspace->authStatus().contains(QLatin1String("valid until")));
    }

    void anUnknownTokenIsToldPlainly()
    {
        openWithToken(QStringLiteral("MIInot-a-token-IAM-issued"));
        QSignalSpy failed(m_workspace, &Workspace::signInFailed);
        QVERIFY(m_workspace->signIn());
        QTRY_COMPARE(failed.size(), 1);
        const QString said = failed.first().first().toString();
        QVERIFY2(said.contains(QLatin1String("IAM does not accept this token")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("Request ID: ")), qPrintable(said));
    }

    void theDemoTokenIsTheDemoUsers()
    {
        openWithToken(SandboxDemo::token());
        QVERIFY(m_workspace->signIn());
        QTRY_VERIFY(m_workspace->authStatus().contains(QLatin1String("valid until")));
        QVERIFY(m_workspace->authStatus().contains(SandboxDemo::userName()));
    }
};

QTEST_GUILESS_MAIN(TestTokenSignIn)
#include "tst_tokensignin.moc"
