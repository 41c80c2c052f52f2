#include "NetworkSettings.h"
#include "PendingReply.h"
#include "SandboxServer.h"
#include "Transport.h"
#include "TransportGet.h"
#include "TunnelProxy.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace EndpointDesk;

// The profile's proxy mode reaches the requests the transport sends: a local proxy sees (and tunnels) them.
class TestTransportProxy : public QObject
{
    Q_OBJECT

private:
    ApiResponse get(const QUrl &url) { return transportGet(*m_transport, url); }

    QUrl sandboxUrl() const { return QUrl(m_server->baseUrl().toString() + QStringLiteral("/v3/projects")); }

    NetworkSettings trustingTheSandbox(ProxyMode mode) const
    {
        NetworkSettings settings;
        settings.proxyMode = mode;
        settings.caFile = m_caFile;
        return settings;
    }

    // The environment's proxy variables, which System mode follows, point at the test proxy.
    void setEnvironmentProxy(quint16 port)
    {
        const QByteArray url = "http://127.0.0.1:" + QByteArray::number(port);
        for (const char *name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"})
            qputenv(name, url);
        for (const char *name : {"no_proxy", "NO_PROXY", "all_proxy", "ALL_PROXY"})
            qunsetenv(name);
    }

    QTemporaryDir m_dir;
    QString m_caFile;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<TunnelProxy> m_proxy;
    std::unique_ptr<Transport> m_transport;

private Q_SLOTS:
    void initTestCase()
    {
        // Qt asks libproxy, which prefers a desktop's own proxy settings when it finds a desktop session:
        // make the environment the only source, before the first question.
        for (const char *name :
             {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "GNOME_DESKTOP_SESSION_ID", "KDE_FULL_SESSION"})
            qunsetenv(name);
        qputenv("PX_CONFIG_ORDER", "config_envvar");
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->enableHttps());
        QVERIFY(m_server->start());
        m_caFile = m_dir.filePath(QStringLiteral("sandbox.pem"));
        QVERIFY(m_server->certificate().writePem(m_caFile));
        m_proxy = std::make_unique<TunnelProxy>();
        QVERIFY(m_proxy->port() != 0);
        m_transport = std::make_unique<Transport>();
    }

    void cleanup()
    {
        for (const char *name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"})
            qunsetenv(name);
        m_transport.reset();
        m_proxy.reset();
        m_server.reset();
    }

    void manualProxyCarriesEveryRequest()
    {
        NetworkSettings settings = trustingTheSandbox(ProxyMode::Manual);
        settings.proxyHost = QStringLiteral("127.0.0.1");
        settings.proxyPort = m_proxy->port();
        QCOMPARE(m_transport->setNetworkSettings(settings), QString());
        const QNetworkProxy proxy = m_transport->networkAccessManager()->proxy();
        QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(proxy.port(), m_proxy->port());

        QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
        const ApiResponse response = get(sandboxUrl());
        QCOMPARE(response.outcome, ApiResponse::Outcome::Answered);
        QCOMPARE(handled.size(), 1);
        // Through the proxy, as a tunnel to the sandbox; the TLS inside it is still verified against the CA file.
        QCOMPARE(m_proxy->requestLines(),
                 QList<QByteArray>{"CONNECT 127.0.0.1:" + QByteArray::number(m_server->port()) + " HTTP/1.1"});
    }

    void manualProxyWithAUserSignsInToIt()
    {
        m_proxy->requireCredentials("operator", "pr0xy: secret");
        NetworkSettings settings = trustingTheSandbox(ProxyMode::Manual);
        settings.proxyHost = QStringLiteral("127.0.0.1");
        settings.proxyPort = m_proxy->port();
        settings.proxyUser = QStringLiteral("operator");
        settings.proxyPassword = QStringLiteral("pr0xy: secret");
        QCOMPARE(m_transport->setNetworkSettings(settings), QString());

        QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
        const ApiResponse response = get(sandboxUrl());
        QCOMPARE(response.outcome, ApiResponse::Outcome::Answered);
        QCOMPARE(handled.size(), 1);
        QVERIFY(m_proxy->authorizations().contains("Basic " + QByteArray("operator:pr0xy: secret").toBase64()));
    }

    void manualProxyThatRefusesIsANetworkFailure()
    {
        NetworkSettings settings = trustingTheSandbox(ProxyMode::Manual);
        settings.proxyHost = QStringLiteral("127.0.0.1");
        settings.proxyPort = m_proxy->port();
        QCOMPARE(m_transport->setNetworkSettings(settings), QString());
        const ApiResponse response = get(QUrl(QStringLiteral("https://vpc.cloud.invalid/v1/x")));
        QCOMPARE(response.outcome, ApiResponse::Outcome::NetworkFailure);
        QCOMPARE(m_proxy->requestLines(), QList<QByteArray>{"CONNECT vpc.cloud.invalid:443 HTTP/1.1"});
    }

    void systemProxyFollowsTheEnvironment()
    {
        setEnvironmentProxy(m_proxy->port());
        QCOMPARE(m_transport->setNetworkSettings(trustingTheSandbox(ProxyMode::System)), QString());
        get(QUrl(QStringLiteral("https://vpc.cloud.invalid/v1/x")));
        QCOMPARE(m_proxy->requestLines(), QList<QByteArray>{"CONNECT vpc.cloud.invalid:443 HTTP/1.1"});
    }

    void systemProxyLeavesLoopbackDirect()
    {
        setEnvironmentProxy(m_proxy->port());
        QCOMPARE(m_transport->setNetworkSettings(trustingTheSandbox(ProxyMode::System)), QString());
        QCOMPARE(get(sandboxUrl()).outcome, ApiResponse::Outcome::Answered);
        QVERIFY(m_proxy->requestLines().isEmpty());
    }

    void noProxyIgnoresTheEnvironment()
    {
        setEnvironmentProxy(m_proxy->port());
        NetworkSettings settings = trustingTheSandbox(ProxyMode::None);
        settings.connectTimeout = std::chrono::seconds(3);
        settings.readTimeout = std::chrono::seconds(3);
        QCOMPARE(m_transport->setNetworkSettings(settings), QString());
        QCOMPARE(m_transport->networkAccessManager()->proxy().type(), QNetworkProxy::NoProxy);
        const ApiResponse response = get(QUrl(QStringLiteral("https://vpc.cloud.invalid/v1/x")));
        QVERIFY(response.outcome != ApiResponse::Outcome::Answered);
        QVERIFY(m_proxy->requestLines().isEmpty());
    }

    void switchingBackFromManual()
    {
        NetworkSettings manual = trustingTheSandbox(ProxyMode::Manual);
        manual.proxyHost = QStringLiteral("127.0.0.1");
        manual.proxyPort = m_proxy->port();
        QCOMPARE(m_transport->setNetworkSettings(manual), QString());
        QCOMPARE(get(sandboxUrl()).outcome, ApiResponse::Outcome::Answered);
        QCOMPARE(m_proxy->requestLines().size(), 1);

        QCOMPARE(m_transport->setNetworkSettings(trustingTheSandbox(ProxyMode::None)), QString());
        QCOMPARE(get(sandboxUrl()).outcome, ApiResponse::Outcome::Answered);
        QCOMPARE(m_proxy->requestLines().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTransportProxy)
#include "tst_transportproxy.moc"
