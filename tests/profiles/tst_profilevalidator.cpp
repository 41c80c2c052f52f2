#include "ProfileValidator.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace EndpointDesk;

// Turns a good record server into the case under test.
using RecordChange = std::function<void(RecordServer &)>;
Q_DECLARE_METATYPE(RecordChange)

class TestProfileValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpointOverride_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("none") << QString() << true;
        QTest::newRow("https") << QStringLiteral("https://gw.example.com/prefix") << true;
        QTest::newRow("http to loopback") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("user and password") << QStringLiteral("http://admin:S3cretPass@127.0.0.1:8080") << false;
        QTest::newRow("user") << QStringLiteral("https://admin@gw.example.com") << false;
        QTest::newRow("query") << QStringLiteral("https://gw.example.com/?x=1") << false;
        QTest::newRow("fragment") << QStringLiteral("https://gw.example.com/#x") << false;
    }

    void endpointOverride()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const QString problem = ProfileValidator::checkEndpointOverride(url);
        QVERIFY2(problem.isEmpty() == accepted, qPrintable(problem));
        QVERIFY(!problem.contains(QStringLiteral("S3cretPass")));

        Profile profile;
        profile.name = QStringLiteral("P");
        profile.regionId = QStringLiteral("cn-north-4");
        profile.endpointOverride = url;
        QCOMPARE(ProfileValidator::validate(profile).isEmpty(), accepted);
    }

    // A profile's project ID is stored as typed: padding around it is refused, not sent.
    void projectId_data()
    {
        QTest::addColumn<QString>("projectId");
        QTest::addColumn<bool>("accepted");
        const QString id = QStringLiteral("0123456789abcdef0123456789abcdef");
        QTest::newRow("none") << QString() << true;
        QTest::newRow("32 hexadecimal") << id << true;
        QTest::newRow("33 characters") << id + QLatin1Char('0') << false;
        QTest::newRow("trailing newline") << id + QLatin1Char('\n') << false;
        QTest::newRow("leading space") << QLatin1Char(' ') + id << false;
    }

    void projectId()
    {
        QFETCH(QString, projectId);
        QFETCH(bool, accepted);
        QCOMPARE(ProfileValidator::checkProjectId(projectId).isEmpty(), accepted);
    }

    // Every stored field, as a file may bring it: good, 33 characters where 32 is the rule or far too
    // long, a trailing newline, a leading space, CR/LF and path characters. Each refusal names its field.
    void everyField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        const QString id32 = QStringLiteral("0123456789abcdef0123456789abcdef");
        const QString uuid = QStringLiteral("11111111-2222-3333-4444-555555555555");
        const QString ca = QStringLiteral(ENDPOINTDESK_TEST_CA_FILE);
        const QList<std::pair<QString, QString>> good = {
            {QStringLiteral("accessKeyId"), QStringLiteral("AKIDEXAMPLE0123456789")},
            {QStringLiteral("accountName"), QStringLiteral("my-account")},
            {QStringLiteral("iamUserName"), QStringLiteral("ops user.1")},
            {QStringLiteral("mfaUserId"), id32},
            {QStringLiteral("defaultVpcId"), uuid},
            {QStringLiteral("defaultSubnetId"), uuid},
            {QStringLiteral("defaultFlavor"), QStringLiteral("default")},
            {QStringLiteral("defaultAgency"), QStringLiteral("fgs agency")},
            {QStringLiteral("proxyHost"), QStringLiteral("proxy.example.com")},
            {QStringLiteral("caFile"), ca},
        };
        for (const auto &[field, value] : good) {
            QTest::addRow("%s good", qPrintable(field)) << field << value << true;
            QTest::addRow("%s trailing newline", qPrintable(field)) << field << value + QLatin1Char('\n') << false;
            QTest::addRow("%s leading space", qPrintable(field)) << field << QLatin1Char(' ') + value << false;
            QTest::addRow("%s CR/LF inside", qPrintable(field))
                << field << value.left(2) + QStringLiteral("\r\n") + value.mid(2) << false;
        }
        QTest::newRow("mfaUserId 33 characters") << QStringLiteral("mfaUserId") << id32 + QLatin1Char('0') << false;
        QTest::newRow("accessKeyId 129 characters")
            << QStringLiteral("accessKeyId") << QString(129, QLatin1Char('A')) << false;
        QTest::newRow("iamUserName 65 characters")
            << QStringLiteral("iamUserName") << QString(65, QLatin1Char('u')) << false;
        QTest::newRow("defaultVpcId 37 characters")
            << QStringLiteral("defaultVpcId") << uuid + QLatin1Char('5') << false;
        QTest::newRow("defaultFlavor 65 characters")
            << QStringLiteral("defaultFlavor") << QString(65, QLatin1Char('f')) << false;
        QTest::newRow("accessKeyId path") << QStringLiteral("accessKeyId") << QStringLiteral("../AK") << false;
        QTest::newRow("iamUserName path") << QStringLiteral("iamUserName") << QStringLiteral("a/b") << false;
        QTest::newRow("iamUserName backslash") << QStringLiteral("iamUserName") << QStringLiteral("a\\b") << false;
        QTest::newRow("proxyHost with scheme")
            << QStringLiteral("proxyHost") << QStringLiteral("http://proxy.example.com") << false;
        QTest::newRow("proxyHost with port") << QStringLiteral("proxyHost") << QStringLiteral("proxy:8080") << false;
        QTest::newRow("proxyHost IPv6") << QStringLiteral("proxyHost") << QStringLiteral("::1") << true;
        QTest::newRow("proxyHost IPv4") << QStringLiteral("proxyHost") << QStringLiteral("10.0.0.1") << true;
        QTest::newRow("proxyUser plain") << QStringLiteral("proxyUser") << QStringLiteral("ops-proxy") << true;
        QTest::newRow("proxyUser domain") << QStringLiteral("proxyUser") << QStringLiteral("CORP\\ops") << true;
        QTest::newRow("proxyUser colon") << QStringLiteral("proxyUser") << QStringLiteral("ops:pw") << false;
        QTest::newRow("proxyUser newline") << QStringLiteral("proxyUser") << QStringLiteral("ops\n") << false;
        QTest::newRow("proxyUser leading space") << QStringLiteral("proxyUser") << QStringLiteral(" ops") << false;
        QTest::newRow("proxyUser too long") << QStringLiteral("proxyUser") << QString(257, u'u') << false;
        QTest::newRow("caFile missing") << QStringLiteral("caFile") << ca + QStringLiteral(".missing") << false;
        QTest::newRow("caFile folder") << QStringLiteral("caFile") << QStringLiteral("/etc") << false;
        QTest::newRow("caFile device") << QStringLiteral("caFile") << QStringLiteral("/dev/zero") << false;
        QTest::newRow("caFile secret file") << QStringLiteral("caFile") << QStringLiteral("/etc/shadow") << false;
        QTest::newRow("caFile without certificate")
            << QStringLiteral("caFile") << QStringLiteral(ENDPOINTDESK_TEST_NOT_A_CERTIFICATE) << false;
    }

    void everyField()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        Profile profile;
        profile.name = QStringLiteral("P");
        profile.regionId = QStringLiteral("cn-north-4");
        const QHash<QString, std::pair<QString *, ProfileField>> fields = {
            {QStringLiteral("accessKeyId"), {&profile.accessKeyId, ProfileField::AccessKeyId}},
            {QStringLiteral("accountName"), {&profile.accountName, ProfileField::AccountName}},
            {QStringLiteral("iamUserName"), {&profile.iamUserName, ProfileField::IamUserName}},
            {QStringLiteral("mfaUserId"), {&profile.mfaUserId, ProfileField::MfaUserId}},
            {QStringLiteral("defaultVpcId"), {&profile.defaultVpcId, ProfileField::DefaultVpcId}},
            {QStringLiteral("defaultSubnetId"), {&profile.defaultSubnetId, ProfileField::DefaultSubnetId}},
            {QStringLiteral("defaultFlavor"), {&profile.defaultFlavor, ProfileField::DefaultFlavor}},
            {QStringLiteral("defaultAgency"), {&profile.defaultAgency, ProfileField::DefaultAgency}},
            {QStringLiteral("proxyHost"), {&profile.proxyHost, ProfileField::ProxyHost}},
            {QStringLiteral("proxyUser"), {&profile.proxyUser, ProfileField::ProxyUser}},
            {QStringLiteral("caFile"), {&profile.caFile, ProfileField::CaFile}},
        };
        QVERIFY(fields.contains(field));
        *fields.value(field).first = value;
        const QList<ProfileProblem> problems = ProfileValidator::validate(profile);
        if (accepted) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
            return;
        }
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.constFirst().field, fields.value(field).second);
        QVERIFY(!problems.constFirst().message.isEmpty());
        QVERIFY(!ProfileValidator::fieldName(problems.constFirst().field).isEmpty());
    }

    // A server on another computer, complete and with TLS: accepted.
    static RecordServer goodServer()
    {
        RecordServer server;
        server.host = QStringLiteral("db.example.com");
        server.database = QStringLiteral("endpointdesk");
        server.user = QStringLiteral("alice");
        return server;
    }

    void recordServer_data()
    {
        QTest::addColumn<RecordChange>("change");
        QTest::addColumn<int>("field"); // -1: accepted
        const auto row = [](const char *name, RecordChange change, int field) {
            QTest::newRow(name) << change << field;
        };
        const int accepted = -1;
        row(
            "complete, with TLS", [](RecordServer &) {}, accepted);
        row(
            "an IPv4 address", [](RecordServer &s) { s.host = QStringLiteral("10.0.0.5"); }, accepted);
        row(
            "an IPv6 address", [](RecordServer &s) { s.host = QStringLiteral("fd00::5"); }, accepted);
        row(
            "port 6432", [](RecordServer &s) { s.port = 6432; }, accepted);
        row(
            "a Chinese database name", [](RecordServer &s) { s.database = QStringLiteral("端点记录"); }, accepted);
        row(
            "the CA file", [](RecordServer &s) { s.caFile = QStringLiteral(ENDPOINTDESK_TEST_CA_FILE); }, accepted);
        // No host: this computer's file; nothing else is looked at, however wrong.
        row(
            "no host, nothing else", [](RecordServer &s) { s = RecordServer(); }, accepted);
        row(
            "no host, the rest wrong",
            [](RecordServer &s) {
                s.host.clear();
                s.port = 0;
                s.database.clear();
                s.user = QStringLiteral("bad\nuser");
                s.tls = false;
                s.caFile = QStringLiteral("/etc");
            },
            accepted);
        row(
            "host with a space", [](RecordServer &s) { s.host = QStringLiteral("db example.com"); },
            int(ProfileField::RecordHost));
        row(
            "host with a leading space", [](RecordServer &s) { s.host = QStringLiteral(" db.example.com"); },
            int(ProfileField::RecordHost));
        row(
            "host with a line break", [](RecordServer &s) { s.host = QStringLiteral("db\nexample.com"); },
            int(ProfileField::RecordHost));
        row(
            "host with a tab inside", [](RecordServer &s) { s.host = QStringLiteral("db\texample.com"); },
            int(ProfileField::RecordHost));
        row(
            "host as a URL", [](RecordServer &s) { s.host = QStringLiteral("postgres://db.example.com"); },
            int(ProfileField::RecordHost));
        row(
            "host with a port", [](RecordServer &s) { s.host = QStringLiteral("db.example.com:5432"); },
            int(ProfileField::RecordHost));
        row(
            "socket folder with a space", [](RecordServer &s) { s.host = QStringLiteral("/run/my postgres"); },
            int(ProfileField::RecordHost));
        row(
            "port 0", [](RecordServer &s) { s.port = 0; }, int(ProfileField::RecordPort));
        row(
            "port 65536", [](RecordServer &s) { s.port = 65536; }, int(ProfileField::RecordPort));
        row(
            "no database", [](RecordServer &s) { s.database.clear(); }, int(ProfileField::RecordDatabase));
        row(
            "database with a line break", [](RecordServer &s) { s.database = QStringLiteral("a\nb"); },
            int(ProfileField::RecordDatabase));
        row(
            "database of 64 bytes", [](RecordServer &s) { s.database = QString(64, u'd'); },
            int(ProfileField::RecordDatabase));
        row(
            "no user", [](RecordServer &s) { s.user.clear(); }, int(ProfileField::RecordUser));
        row(
            "user with a trailing space", [](RecordServer &s) { s.user = QStringLiteral("alice "); },
            int(ProfileField::RecordUser));
        row(
            "CA file missing", [](RecordServer &s) { s.caFile = QStringLiteral("/nonexistent/ca.pem"); },
            int(ProfileField::RecordCaFile));
        row(
            "CA file a folder", [](RecordServer &s) { s.caFile = QStringLiteral("/etc"); },
            int(ProfileField::RecordCaFile));
        row(
            "CA file a device", [](RecordServer &s) { s.caFile = QStringLiteral("/dev/zero"); },
            int(ProfileField::RecordCaFile));
        row(
            "CA file unreadable", [](RecordServer &s) { s.caFile = QStringLiteral("/etc/shadow"); },
            int(ProfileField::RecordCaFile));
        row(
            "CA file without a certificate",
            [](RecordServer &s) { s.caFile = QStringLiteral(ENDPOINTDESK_TEST_NOT_A_CERTIFICATE); },
            int(ProfileField::RecordCaFile));
        // Without TLS only on this computer.
        row(
            "no TLS to another computer", [](RecordServer &s) { s.tls = false; }, int(ProfileField::RecordTls));
        row(
            "no TLS to a private address",
            [](RecordServer &s) {
                s.tls = false;
                s.host = QStringLiteral("192.168.1.10");
            },
            int(ProfileField::RecordTls));
        row(
            "no TLS to a name that starts like localhost",
            [](RecordServer &s) {
                s.tls = false;
                s.host = QStringLiteral("localhost.example.com");
            },
            int(ProfileField::RecordTls));
        for (const char *host : {"localhost", "LOCALHOST", "127.0.0.1", "::1", "/var/run/postgresql"}) {
            QTest::addRow("no TLS to %s", host) << RecordChange([host](RecordServer &s) {
                s.tls = false;
                s.host = QString::fromLatin1(host);
            }) << accepted;
        }
    }

    void recordServer()
    {
        QFETCH(RecordChange, change);
        QFETCH(int, field);
        Profile profile;
        profile.name = QStringLiteral("P");
        profile.regionId = QStringLiteral("cn-north-4");
        profile.recordServer = goodServer();
        change(profile.recordServer);
        const QList<ProfileProblem> problems = ProfileValidator::validate(profile);
        if (field < 0) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
            return;
        }
        QCOMPARE(problems.size(), 1);
        QCOMPARE(int(problems.constFirst().field), field);
        QVERIFY(!problems.constFirst().message.isEmpty());
        QVERIFY(!ProfileValidator::fieldName(problems.constFirst().field).isEmpty());
    }

    void recordWithoutTlsSaysWhy()
    {
        RecordServer server = goodServer();
        server.tls = false;
        const QList<ProfileProblem> problems = ProfileValidator::checkRecordServer(server);
        QCOMPARE(problems.size(), 1);
        const QString message = problems.constFirst().message;
        QVERIFY2(message.contains(QStringLiteral("TLS")) && message.contains(QStringLiteral("password"))
                     && message.contains(QStringLiteral("localhost")),
                 qPrintable(message));
    }

    void recordCaFileLargerThanTheLimitIsRefusedUnread()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("huge.pem")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(NetworkSettings::MaxCaFileBytes + 1));
        file.close();
        QVERIFY(ProfileValidator::checkRecordCaFile(file.fileName()).contains(QStringLiteral("too large")));
        QVERIFY(file.resize(NetworkSettings::MaxCaFileBytes));
        QVERIFY(!ProfileValidator::checkRecordCaFile(file.fileName()).contains(QStringLiteral("too large")));
    }
};

QTEST_GUILESS_MAIN(TestProfileValidator)
#include "tst_profilevalidator.moc"
