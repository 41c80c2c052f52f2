#include "ProfileValidator.h"

#include <QHash>
#include <QTest>

using namespace EndpointDesk;

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
};

QTEST_GUILESS_MAIN(TestProfileValidator)
#include "tst_profilevalidator.moc"
