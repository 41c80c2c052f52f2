#include "NetworkSettings.h"
#include "Profile.h"
#include "SandboxCertificate.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QTemporaryDir>
#include <QTest>

using namespace EndpointDesk;

Q_DECLARE_METATYPE(EndpointDesk::ProxyMode)

class TestNetworkSettings : public QObject
{
    Q_OBJECT

private:
    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void fromProfile_data()
    {
        QTest::addColumn<ProxyMode>("mode");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QString>("expectedHost");
        QTest::addColumn<int>("expectedPort");
        QTest::addColumn<QString>("expectedCaFile");

        QTest::newRow("system") << ProxyMode::System << QString() << 0 << QString() << QString() << 0 << QString();
        QTest::newRow("none") << ProxyMode::None << QString() << 0 << QStringLiteral("/etc/ca.pem") << QString() << 0
                              << QStringLiteral("/etc/ca.pem");
        QTest::newRow("manual") << ProxyMode::Manual << QStringLiteral("proxy.example") << 3128 << QString()
                                << QStringLiteral("proxy.example") << 3128 << QString();
        QTest::newRow("spaces trimmed") << ProxyMode::Manual << QStringLiteral(" proxy.example ") << 8080
                                        << QStringLiteral(" /etc/ca.pem ") << QStringLiteral("proxy.example") << 8080
                                        << QStringLiteral("/etc/ca.pem");
        QTest::newRow("port out of range") << ProxyMode::Manual << QStringLiteral("proxy.example") << 70000 << QString()
                                           << QStringLiteral("proxy.example") << 0 << QString();
    }

    void fromProfile()
    {
        QFETCH(ProxyMode, mode);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, caFile);
        Profile profile;
        profile.proxyMode = mode;
        profile.proxyHost = host;
        profile.proxyPort = port;
        profile.caFile = caFile;
        profile.connectTimeoutSeconds = 7;
        profile.readTimeoutSeconds = 42;

        const NetworkSettings settings = profile.networkSettings();
        QCOMPARE(settings.proxyMode, mode);
        QTEST(settings.proxyHost, "expectedHost");
        QTEST(int(settings.proxyPort), "expectedPort");
        QTEST(settings.caFile, "expectedCaFile");
        QCOMPARE(settings.connectTimeout, std::chrono::milliseconds(7000));
        QCOMPARE(settings.readTimeout, std::chrono::milliseconds(42000));
    }

    void defaultsMatchTheProfile()
    {
        QVERIFY(Profile().networkSettings() == NetworkSettings());
        NetworkSettings other;
        other.caFile = QStringLiteral("x.pem");
        QVERIFY(other != NetworkSettings());
    }

    void proxy_data()
    {
        QTest::addColumn<ProxyMode>("mode");
        QTest::addColumn<int>("type");
        QTest::newRow("system asks per request") << ProxyMode::System << int(QNetworkProxy::DefaultProxy);
        QTest::newRow("none") << ProxyMode::None << int(QNetworkProxy::NoProxy);
        QTest::newRow("manual") << ProxyMode::Manual << int(QNetworkProxy::HttpProxy);
    }

    void proxy()
    {
        QFETCH(ProxyMode, mode);
        NetworkSettings settings;
        settings.proxyMode = mode;
        settings.proxyHost = QStringLiteral("proxy.example");
        settings.proxyPort = 3128;
        const QNetworkProxy proxy = settings.proxy();
        QTEST(int(proxy.type()), "type");
        if (mode == ProxyMode::Manual) {
            QCOMPARE(proxy.hostName(), QStringLiteral("proxy.example"));
            QCOMPARE(proxy.port(), quint16(3128));
        }
    }

    void noCaFileIsNoProblem()
    {
        QString problem = QStringLiteral("stale");
        QVERIFY(NetworkSettings().loadCaCertificates(&problem).isEmpty());
        QCOMPARE(problem, QStringLiteral("stale")); // untouched: nothing was looked at
    }

    void loadsCertificates_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("count");
        const QSslCertificate one = SandboxCertificate::generate().certificate();
        const QSslCertificate two = SandboxCertificate::generate().certificate();
        QTest::newRow("PEM") << one.toPem() << 1;
        QTest::newRow("PEM bundle") << QByteArray(one.toPem() + "\n" + two.toPem()) << 2;
        QTest::newRow("PEM with comments") << QByteArray("# our proxy\n" + one.toPem()) << 1;
        QTest::newRow("DER") << one.toDer() << 1;
    }

    void loadsCertificates()
    {
        QFETCH(QByteArray, content);
        NetworkSettings settings;
        settings.caFile = writeFile(QStringLiteral("ca"), content);
        QString problem = QStringLiteral("stale");
        const QList<QSslCertificate> certificates = settings.loadCaCertificates(&problem);
        QCOMPARE(problem, QString());
        QTEST(int(certificates.size()), "count");
    }

    void reportsUnusableFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
        QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("is a folder");
        QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("holds no certificate");
        QTest::newRow("text") << QStringLiteral("text") << QStringLiteral("holds no certificate");
        // A socket, a pipe or a device could block the read or never end: only a regular file is read.
        QTest::newRow("socket") << QStringLiteral("socket") << QStringLiteral("not a regular file");
        QTest::newRow("too large") << QStringLiteral("large") << QStringLiteral("too large");
    }

    void reportsUnusableFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, words);
        QString path = m_dir.filePath(kind);
        QLocalServer socket;
        if (kind == QLatin1String("folder")) {
            QVERIFY(QDir(m_dir.path()).mkpath(kind));
        } else if (kind == QLatin1String("empty")) {
            path = writeFile(kind, QByteArray());
        } else if (kind == QLatin1String("text")) {
            path = writeFile(kind, "not a certificate\n");
        } else if (kind == QLatin1String("large")) {
            path = writeFile(kind, QByteArray(NetworkSettings::MaxCaFileBytes + 1, 'x'));
        } else if (kind == QLatin1String("socket")) {
            QVERIFY2(socket.listen(path), qPrintable(socket.errorString()));
        }
        QVERIFY(!path.isEmpty());
        NetworkSettings settings;
        settings.caFile = path;
        QString problem;
        QVERIFY(settings.loadCaCertificates(&problem).isEmpty());
        QVERIFY2(problem.contains(words), qPrintable(problem));
        // Names the file, and says what to do.
        QVERIFY2(problem.contains(QDir::toNativeSeparators(path)), qPrintable(problem));
        QVERIFY2(problem.contains(QLatin1String("Profiles")), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestNetworkSettings)
#include "tst_networksettings.moc"
