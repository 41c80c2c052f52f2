#include "SandboxCertificate.h"

#include <QDateTime>
#include <QDir>
#include <QHostAddress>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace EndpointDesk;

class TestSandboxCertificate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void madeForLoopback()
    {
        QString error;
        const SandboxCertificate made = SandboxCertificate::generate(&error);
        QVERIFY2(!made.isNull(), qPrintable(error));
        const QSslCertificate certificate = made.certificate();
        const auto names = certificate.subjectAlternativeNames();
        QCOMPARE(names.values(QSsl::IpAddressEntry), QStringList{QStringLiteral("127.0.0.1")});
        QCOMPARE(names.values(QSsl::DnsEntry), QStringList{QStringLiteral("localhost")});
        QVERIFY(certificate.isSelfSigned());
        QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("Endpoint Desk sandbox")});
    }

    void validNowForItsDays()
    {
        const QSslCertificate certificate = SandboxCertificate::generate().certificate();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(certificate.effectiveDate() < now);
        QVERIFY(certificate.expiryDate() > now.addDays(SandboxCertificate::ValidDays - 1));
        QVERIFY(certificate.expiryDate() <= now.addDays(SandboxCertificate::ValidDays));
    }

    void keyBelongsToTheCertificate()
    {
        const SandboxCertificate made = SandboxCertificate::generate();
        QCOMPARE(made.privateKey().type(), QSsl::PrivateKey);
        QCOMPARE(made.privateKey().algorithm(), QSsl::Ec);
        QCOMPARE(made.certificate().publicKey().algorithm(), QSsl::Ec);
        QCOMPARE(made.certificate().publicKey().length(), 256);
    }

    void freshEachTime()
    {
        const SandboxCertificate a = SandboxCertificate::generate();
        const SandboxCertificate b = SandboxCertificate::generate();
        QVERIFY(a.certificate() != b.certificate());
        QVERIFY(a.certificate().serialNumber() != b.certificate().serialNumber());
        QVERIFY(a.privateKey() != b.privateKey());
    }

    void handsOutTheCertificateOnly()
    {
        const SandboxCertificate made = SandboxCertificate::generate();
        const QByteArray pem = made.pem();
        QVERIFY(pem.startsWith("-----BEGIN CERTIFICATE-----"));
        QVERIFY(!pem.contains("PRIVATE KEY"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sandbox.pem"));
        QString error;
        QVERIFY2(made.writePem(path, &error), qPrintable(error));
        QCOMPARE(QSslCertificate::fromPath(path), QList<QSslCertificate>{made.certificate()});

        QVERIFY(!made.writePem(dir.filePath(QStringLiteral("no/such/folder/sandbox.pem")), &error));
        QVERIFY2(error.contains(QLatin1String("no/such/folder")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSandboxCertificate)
#include "tst_sandboxcertificate.moc"
