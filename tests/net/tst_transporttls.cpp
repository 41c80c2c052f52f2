#include "CloudConnection.h"
#include "EndpointClient.h"
#include "NetworkSettings.h"
#include "PendingReply.h"
#include "SandboxDemo.h"
#include "SandboxDemoSpec.h"
#include "SandboxFault.h"
#include "SandboxServer.h"
#include "TokenAuthenticator.h"
#include "Transport.h"
#include "TransportGet.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSslError>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace EndpointDesk;

// The real client against the in-process sandbox serving HTTPS with the certificate it made at start-up.
class TestTransportTls : public QObject
{
    Q_OBJECT

private:
    EndpointResult create()
    {
        QSignalSpy finished(m_client.get(), &EndpointClient::createFinished);
        if (!m_client->create(sandboxDemoSpec(*m_server)) || !finished.wait(10000))
            return {};
        return finished.first().at(1).value<EndpointResult>();
    }

    ApiResponse get(const QUrl &url) { return transportGet(*m_transport, url); }

    // The sandbox's certificate as a CA file.
    QString sandboxCaFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("sandbox.pem"));
        return m_server->certificate().writePem(path) ? path : QString();
    }

    NetworkSettings withCaFile(const QString &path) const
    {
        NetworkSettings settings;
        settings.caFile = path;
        return settings;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<CloudConnection> m_connection;
    std::unique_ptr<EndpointClient> m_client;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<SandboxServer>();
        QString error;
        QVERIFY2(m_server->enableHttps(&error), qPrintable(error));
        QVERIFY(m_server->start());
        m_transport = std::make_unique<Transport>();
        m_connection = std::make_unique<CloudConnection>(m_transport.get());
        m_connection->setEndpoints(ServiceEndpoints(SandboxDemo::regionId(), m_server->baseUrl()));
        m_connection->setAuthenticator(std::make_shared<TokenAuthenticator>(SandboxDemo::token()));
        m_client = std::make_unique<EndpointClient>(m_connection.get());
    }

    void cleanup()
    {
        m_client.reset();
        m_connection.reset();
        m_transport.reset();
        m_server.reset();
    }

    void servesHttps()
    {
        QCOMPARE(m_server->baseUrl().scheme(), QStringLiteral("https"));
        QVERIFY(m_server->isHttps());
        QVERIFY(m_server->certificate().pem().startsWith("-----BEGIN CERTIFICATE-----"));
        QString error;
        QVERIFY2(!m_server->enableHttps(&error), "HTTPS is chosen before listening");
        QVERIFY(!error.isEmpty());
    }

    void untrustedCertificateIsNamed()
    {
        QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
        const EndpointResult result = create();
        QCOMPARE(result.outcome, Outcome::CouldNotConnect);
        QCOMPARE(result.error.code, QStringLiteral("TLS"));
        const QSslCertificate certificate = m_server->certificate().certificate();
        const QString message = result.error.message;
        // Why it failed...
        QVERIFY2(message.contains(QSslError(QSslError::SelfSignedCertificate).errorString()), qPrintable(message));
        // ...and which certificate: subject, issuer, validity and SHA-256 fingerprint.
        QVERIFY2(
            message.contains(QLatin1String("Certificate for Endpoint Desk sandbox, issued by Endpoint Desk sandbox")),
            qPrintable(message));
        QVERIFY2(message.contains(certificate.effectiveDate().toString(Qt::ISODate)), qPrintable(message));
        QVERIFY2(message.contains(certificate.expiryDate().toString(Qt::ISODate)), qPrintable(message));
        const QString fingerprint = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':'));
        QVERIFY2(message.contains(fingerprint), qPrintable(message));
        QVERIFY(result.error.hint.contains(QLatin1String("CA file")));
        // Nothing reached the cloud.
        QCOMPARE(handled.size(), 0);
        QCOMPARE(m_server->cloud().endpoints().size(), 0);
    }

    void caFileTrustsTheSandbox()
    {
        const QString caFile = sandboxCaFile();
        QVERIFY(!caFile.isEmpty());
        QCOMPARE(m_transport->setNetworkSettings(withCaFile(caFile)), QString());
        const EndpointResult result = create();
        QVERIFY2(result.succeeded(), qPrintable(result.error.code + QLatin1Char(' ') + result.error.message));
        QVERIFY(!result.endpointIps.isEmpty());
        QCOMPARE(m_server->cloud().endpoints().size(), 1);
    }

    void caFileAddsToTheSystemCertificates()
    {
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        QVERIFY2(!system.isEmpty(), "no system CA certificates to keep (Debian: ca-certificates)");
        const QString caFile = sandboxCaFile();
        QCOMPARE(m_transport->setNetworkSettings(withCaFile(caFile)), QString());
        const QList<QSslCertificate> trusted = m_transport->sslConfiguration().caCertificates();
        QVERIFY(trusted.contains(m_server->certificate().certificate()));
        for (const QSslCertificate &certificate : system)
            QVERIFY2(trusted.contains(certificate), qPrintable(certificate.subjectDisplayName()));
    }

    void anotherCertificateDoesNotTrustTheSandbox()
    {
        // A CA file adds trust in what it holds, not in anything else: verification stays on.
        const QString caFile = m_dir.filePath(QStringLiteral("other.pem"));
        QVERIFY(SandboxCertificate::generate().writePem(caFile));
        QCOMPARE(m_transport->setNetworkSettings(withCaFile(caFile)), QString());
        const EndpointResult result = create();
        QCOMPARE(result.error.code, QStringLiteral("TLS"));
        QCOMPARE(m_server->cloud().endpoints().size(), 0);
    }

    void badCaFileIsReportedBeforeSending_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("words");
        QTest::newRow("missing") << QStringLiteral("missing.pem") << QByteArray() << QStringLiteral("does not exist");
        QTest::newRow("empty") << QStringLiteral("empty.pem") << QByteArray("")
                               << QStringLiteral("holds no certificate");
        QTest::newRow("a key, not a certificate")
            << QStringLiteral("key.pem") << QByteArray("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
            << QStringLiteral("holds no certificate");
        QTest::newRow("a folder") << QStringLiteral("folder") << QByteArray() << QStringLiteral("is a folder");
    }

    void badCaFileIsReportedBeforeSending()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, words);
        const QString path = m_dir.filePath(file);
        if (file == QLatin1String("folder")) {
            QVERIFY(QDir(m_dir.path()).mkpath(file));
        } else if (!content.isNull()) {
            QFile written(path);
            QVERIFY(written.open(QIODevice::WriteOnly));
            QCOMPARE(written.write(content), content.size());
        }

        const QString problem = m_transport->setNetworkSettings(withCaFile(path));
        QVERIFY2(problem.contains(words), qPrintable(problem));
        QVERIFY2(problem.contains(QDir::toNativeSeparators(path)), qPrintable(problem));
        QCOMPARE(m_transport->networkProblem(), problem);

        QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
        const EndpointResult result = create();
        QCOMPARE(result.outcome, Outcome::NotSent);
        QCOMPARE(result.error.code, QStringLiteral("REFUSED"));
        QCOMPARE(result.error.message, problem);
        QCOMPARE(handled.size(), 0);
        QCOMPARE(m_server->cloud().endpoints().size(), 0);

        // Fixed settings lift the refusal.
        QCOMPARE(m_transport->setNetworkSettings(NetworkSettings()), QString());
        QCOMPARE(create().error.code, QStringLiteral("TLS"));
    }

    void connectTimeout()
    {
        // Accepts the TCP connection and never answers the TLS handshake.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        NetworkSettings settings;
        settings.connectTimeout = std::chrono::milliseconds(300);
        settings.readTimeout = std::chrono::seconds(60);
        QCOMPARE(m_transport->setNetworkSettings(settings), QString());

        const ApiResponse response = get(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(silent.serverPort())));
        QCOMPARE(response.outcome, ApiResponse::Outcome::TimedOut);
        // The connect timeout's words, not the read timeout's ("No answer in time"): it ended the wait.
        QVERIFY2(response.detail.contains(QLatin1String("Could not connect to 127.0.0.1")),
                 qPrintable(response.detail));
        // Which timeout, how long, and where to change it.
        QVERIFY2(response.detail.contains(QLatin1String("the connect timeout of 0.3 s")), qPrintable(response.detail));
        QVERIFY2(response.detail.contains(QStringLiteral("Profiles… ▸ Connect timeout")), qPrintable(response.detail));
    }

    void connectTimeoutLeavesSlowAnswersAlone()
    {
        const QString caFile = sandboxCaFile();
        NetworkSettings settings = withCaFile(caFile);
        // Room for a handshake on a busy machine (or under the sanitizers), and an answer well past it.
        settings.connectTimeout = std::chrono::milliseconds(500);
        QCOMPARE(m_transport->setNetworkSettings(settings), QString());
        // Twice: a new connection, then the same one kept alive.
        for (int i = 0; i < 2; ++i) {
            m_server->setFault(SandboxFault::delay(1500));
            const ApiResponse response = get(QUrl(m_server->baseUrl().toString() + QStringLiteral("/v3/projects")));
            QCOMPARE(response.outcome, ApiResponse::Outcome::Answered);
        }
    }

    void readTimeout()
    {
        const QString caFile = sandboxCaFile();
        NetworkSettings settings = withCaFile(caFile);
        settings.readTimeout = std::chrono::milliseconds(300);
        QCOMPARE(m_transport->setNetworkSettings(settings), QString());
        m_server->setFault(SandboxFault::delay(30000));
        const ApiResponse response = get(QUrl(m_server->baseUrl().toString() + QStringLiteral("/v3/projects")));
        QCOMPARE(response.outcome, ApiResponse::Outcome::TimedOut);
        QCOMPARE(response.detail, QStringLiteral("Nothing arrived for 0.3 s, the read timeout. The timeout is set in "
                                                 "the profile's settings (Profiles… ▸ Read timeout)."));
    }
};

QTEST_GUILESS_MAIN(TestTransportTls)
#include "tst_transporttls.moc"
