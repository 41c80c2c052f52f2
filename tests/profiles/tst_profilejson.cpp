#include "ProfileJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

using namespace EndpointDesk;
using Severity = ProfileImportProblem::Severity;

namespace {

Profile sample(const QString &name)
{
    Profile p;
    p.name = name;
    p.regionId = QStringLiteral("cn-north-4");
    p.endpointOverride = QStringLiteral("https://gateway.example.com");
    p.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    p.authMethod = AuthMethod::IamPassword;
    p.accountName = QStringLiteral("acct");
    p.iamUserName = QStringLiteral("user");
    p.mfaUserId = QStringLiteral("fedcba9876543210fedcba9876543210");
    p.accessKeyId = QStringLiteral("AK");
    p.defaultVpcId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    p.defaultSubnetId = QStringLiteral("66666666-7777-8888-9999-000000000000");
    p.defaultFlavor = QStringLiteral("normal");
    p.defaultAgency = QStringLiteral("agency");
    p.connectTimeoutSeconds = 5;
    p.readTimeoutSeconds = 120;
    p.proxyMode = ProxyMode::Manual;
    p.proxyHost = QStringLiteral("proxy");
    p.proxyPort = 8080;
    p.proxyUser = QStringLiteral("ops");
    p.caFile = QStringLiteral(ENDPOINTDESK_TEST_CA_FILE);
    return p;
}

QByteArray document(const QJsonArray &profiles)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), ProfileJson::formatName());
    root.insert(QStringLiteral("version"), ProfileJson::FormatVersion);
    root.insert(QStringLiteral("profiles"), profiles);
    return QJsonDocument(root).toJson();
}

QJsonObject goodObject(const QString &name)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("region"), QStringLiteral("cn-north-4"));
    return o;
}

} // namespace

class TestProfileJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void exportHasNoSecretsNorOptIn();
    void recordServerRoundTripWithoutItsPassword();
    void recordPasswordIsNeverImported();
    void badRecordField_data();
    void badRecordField();
    void badField_data();
    void badField();
    void regionThisVersionDoesNotListIsImported();
    void goodProfilesAreKeptBesideBadOnes();
    void nameClashesGetASuffix();
    void badDocument_data();
    void badDocument();
};

void TestProfileJson::roundTrip()
{
    const QList<Profile> profiles = {sample(QStringLiteral("A")), sample(QStringLiteral("B"))};
    const QByteArray json = ProfileJson::exportProfiles(profiles);
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("endpointdesk-profiles"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    const ProfileImportResult result = ProfileJson::importProfiles(json, {});
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.profiles.size(), 2);
    QVERIFY(result.profiles.at(0) == profiles.at(0));
    QVERIFY(result.profiles.at(1) == profiles.at(1));
}

void TestProfileJson::exportHasNoSecretsNorOptIn()
{
    Profile p = sample(QStringLiteral("A"));
    p.storeSecretsUnencrypted = true;
    const QByteArray json = ProfileJson::exportProfiles({p});
    for (const char *key : {"\"password\"", "\"proxyPassword\"", "\"recordPassword\"", "\"secretKey\"",
                            "\"securityToken\"", "\"token\"", "storeSecrets", "UNENCRYPTED"})
        QVERIFY2(!json.contains(key), key);
    // The opt-in has to be chosen again on the computer that imports.
    QCOMPARE(ProfileJson::importProfiles(json, {}).profiles.at(0).storeSecretsUnencrypted, false);
}

namespace {

Profile withRecordServer(const QString &name)
{
    Profile p = sample(name);
    p.recordServer.host = QStringLiteral("db.example.com");
    p.recordServer.port = 6432;
    p.recordServer.database = QStringLiteral("endpointdesk");
    p.recordServer.user = QStringLiteral("alice");
    p.recordServer.caFile = QStringLiteral(ENDPOINTDESK_TEST_CA_FILE);
    return p;
}

} // namespace

void TestProfileJson::recordServerRoundTripWithoutItsPassword()
{
    const Profile original = withRecordServer(QStringLiteral("Team"));
    Profile withPassword = original;
    withPassword.recordServer.password = QStringLiteral("record-password-stays-home");
    Profile local = sample(QStringLiteral("Alone"));
    const QByteArray json = ProfileJson::exportProfiles({withPassword, local});
    QVERIFY(!json.contains("record-password-stays-home"));
    QVERIFY(!json.contains("recordPassword"));
    const QJsonArray list = QJsonDocument::fromJson(json).object().value(QStringLiteral("profiles")).toArray();
    const QJsonObject team = list.at(0).toObject();
    QCOMPARE(team.value(QStringLiteral("recordHost")).toString(), QStringLiteral("db.example.com"));
    QCOMPARE(team.value(QStringLiteral("recordPort")).toInt(), 6432);
    QCOMPARE(team.value(QStringLiteral("recordTls")).toBool(), true);
    // A profile without a server says nothing of one, so older versions read it without a warning.
    for (const QString &key : list.at(1).toObject().keys())
        QVERIFY2(!key.startsWith(QLatin1String("record")), qPrintable(key));

    const ProfileImportResult result = ProfileJson::importProfiles(json, {});
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).message));
    QCOMPARE(result.profiles.size(), 2);
    QVERIFY(result.profiles.at(0) == original);
    QVERIFY(result.profiles.at(0).recordServer.password.isEmpty());
    QVERIFY(result.profiles.at(1) == local);
    QVERIFY(!result.profiles.at(1).recordServer.isSet());

    // TLS off for a server on this computer comes back off.
    Profile onThisComputer = original;
    onThisComputer.recordServer.host = QStringLiteral("/var/run/postgresql");
    onThisComputer.recordServer.tls = false;
    const ProfileImportResult again = ProfileJson::importProfiles(ProfileJson::exportProfiles({onThisComputer}), {});
    QCOMPARE(again.profiles.size(), 1);
    QVERIFY(again.profiles.at(0) == onThisComputer);
}

void TestProfileJson::recordPasswordIsNeverImported()
{
    QJsonObject o = goodObject(QStringLiteral("Team"));
    o.insert(QStringLiteral("recordHost"), QStringLiteral("db.example.com"));
    o.insert(QStringLiteral("recordDatabase"), QStringLiteral("endpointdesk"));
    o.insert(QStringLiteral("recordUser"), QStringLiteral("alice"));
    o.insert(QStringLiteral("recordPassword"), QStringLiteral("hunter2"));
    const ProfileImportResult result = ProfileJson::importProfiles(document({o}), {});
    QCOMPARE(result.profiles.size(), 1);
    QVERIFY(result.profiles.at(0).recordServer.password.isEmpty());
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.at(0).severity, Severity::Warning);
    QCOMPARE(result.problems.at(0).field, QStringLiteral("recordPassword"));
    QVERIFY2(result.problems.at(0).message.contains(QStringLiteral("Secrets are never imported")),
             qPrintable(result.problems.at(0).message));
    QVERIFY(!result.problems.at(0).message.contains(QStringLiteral("hunter2")));
}

void TestProfileJson::badRecordField_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    auto row = [](const char *name, const char *key, const QJsonValue &value) {
        QTest::newRow(name) << QString::fromLatin1(key) << value;
    };
    row("host with a space", "recordHost", QStringLiteral("db example.com"));
    row("host of wrong type", "recordHost", 5);
    row("port as text", "recordPort", QStringLiteral("5432"));
    row("port out of range", "recordPort", 70000);
    row("database missing", "recordDatabase", QStringLiteral(""));
    row("user with a line break", "recordUser", QStringLiteral("alice\nbob"));
    row("TLS as text", "recordTls", QStringLiteral("false"));
    row("TLS off to another computer", "recordTls", false);
    row("CA file a folder", "recordCaFile", QStringLiteral("/etc"));
}

void TestProfileJson::badRecordField()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QJsonObject o = goodObject(QStringLiteral("Team"));
    o.insert(QStringLiteral("recordHost"), QStringLiteral("db.example.com"));
    o.insert(QStringLiteral("recordDatabase"), QStringLiteral("endpointdesk"));
    o.insert(QStringLiteral("recordUser"), QStringLiteral("alice"));
    QCOMPARE(ProfileJson::importProfiles(document({o}), {}).profiles.size(), 1);
    o.insert(key, value);
    const ProfileImportResult result = ProfileJson::importProfiles(document({o}), {});
    QVERIFY(result.profiles.isEmpty());
    QVERIFY(result.hasErrors());
    QCOMPARE(result.problems.constFirst().field, key);
}

void TestProfileJson::badField_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("kept");
    auto row = [](const char *name, const char *key, const QJsonValue &value, bool kept) {
        QTest::newRow(name) << QString::fromLatin1(key) << value << kept;
    };
    row("unknown key", "colour", QStringLiteral("blue"), true);
    row("secret is never imported", "password", QStringLiteral("hunter2"), true);
    row("invalid region", "region", QStringLiteral("mars-1"), false);
    row("region of wrong type", "region", 4, false);
    row("bad project id", "projectId", QStringLiteral("not-a-project"), false);
    row("plain http to a remote host", "endpointOverride", QStringLiteral("http://example.com"), false);
    row("not a URL", "endpointOverride", QStringLiteral("gateway"), false);
    row("user and password in the URL", "endpointOverride", QStringLiteral("https://admin:hunter2@gw.example.com"),
        false);
    row("query in the URL", "endpointOverride", QStringLiteral("https://gw.example.com/?x=1"), false);
    row("fragment in the URL", "endpointOverride", QStringLiteral("https://gw.example.com/#x"), false);
    row("unknown auth method", "authMethod", QStringLiteral("passkey"), false);
    row("timeout as text", "connectTimeoutSeconds", QStringLiteral("10"), false);
    row("timeout not whole", "readTimeoutSeconds", 1.5, false);
    row("timeout out of range", "readTimeoutSeconds", 0, false);
    row("unknown proxy mode", "proxyMode", QStringLiteral("pac"), false);
    row("timeout far beyond int", "connectTimeoutSeconds", 1e300, false);
    row("port far below int", "proxyPort", -1e300, false);
    row("timeout just beyond int", "readTimeoutSeconds", 2147483648.0, false);
    row("name missing", "name", QJsonValue(), false);
    row("name of wrong type", "name", QJsonArray(), false);
    row("array instead of text", "iamUserName", QJsonArray{1}, false);
    // Every field goes through the form's validators: padding, line breaks, path characters.
    row("project id of 33 characters", "projectId", QStringLiteral("0123456789abcdef0123456789abcdef0"), false);
    row("project id with a trailing newline", "projectId", QStringLiteral("0123456789abcdef0123456789abcdef\n"), false);
    row("project id with a leading space", "projectId", QStringLiteral(" 0123456789abcdef0123456789abcdef"), false);
    row("access key id with CR/LF", "accessKeyId", QStringLiteral("AKID\r\nX-Injected: 1"), false);
    row("access key id with a trailing newline", "accessKeyId", QStringLiteral("AKIDEXAMPLE\n"), false);
    row("access key id with a leading space", "accessKeyId", QStringLiteral(" AKIDEXAMPLE"), false);
    row("access key id of path characters", "accessKeyId", QStringLiteral("../../etc"), false);
    row("proxy host with a path", "proxyHost", QStringLiteral("proxy.example.com/../x"), false);
    row("proxy host with CR/LF", "proxyHost", QStringLiteral("proxy\r\nHost: evil"), false);
    row("proxy host with a leading space", "proxyHost", QStringLiteral(" proxy.example.com"), false);
    row("proxy user with CR/LF", "proxyUser", QStringLiteral("ops\r\nX-Injected: 1"), false);
    row("proxy user with a colon", "proxyUser", QStringLiteral("ops:password"), false);
    row("proxy user of wrong type", "proxyUser", 7, false);
    row("default VPC not an id", "defaultVpcId", QStringLiteral("../vpc"), false);
    row("default subnet with a trailing newline", "defaultSubnetId",
        QStringLiteral("66666666-7777-8888-9999-000000000000\n"), false);
    row("default flavor with a slash", "defaultFlavor", QStringLiteral("a/b"), false);
    row("default agency with a leading space", "defaultAgency", QStringLiteral(" fgs-agency"), false);
    row("default agency with a newline", "defaultAgency", QStringLiteral("fgs\nagency"), false);
    row("IAM user name with a slash", "iamUserName", QStringLiteral("ops/admin"), false);
    row("account name with a trailing newline", "accountName", QStringLiteral("acct\n"), false);
    row("MFA user id of 33 characters", "mfaUserId", QStringLiteral("fedcba9876543210fedcba9876543210f"), false);
    row("CA file that is not readable", "caFile", QStringLiteral("/etc/shadow"), false);
    row("CA file that is a folder", "caFile", QStringLiteral("/etc"), false);
    row("CA file that is a device", "caFile", QStringLiteral("/dev/zero"), false);
    row("CA file without a certificate", "caFile", QStringLiteral(ENDPOINTDESK_TEST_NOT_A_CERTIFICATE), false);
    row("CA file with a trailing newline", "caFile", QStringLiteral(ENDPOINTDESK_TEST_CA_FILE "\n"), false);
}

void TestProfileJson::badField()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(bool, kept);
    QJsonObject o = goodObject(QStringLiteral("P"));
    if (value.isNull())
        o.remove(key);
    else
        o.insert(key, value);
    const ProfileImportResult result = ProfileJson::importProfiles(document({o}), {});
    QCOMPARE(result.profiles.size(), kept ? 1 : 0);
    QCOMPARE(result.problems.size(), 1);
    const ProfileImportProblem &problem = result.problems.constFirst();
    QCOMPARE(problem.field, key);
    QCOMPARE(problem.index, 0);
    QCOMPARE(problem.severity, kept ? Severity::Warning : Severity::Error);
    QVERIFY(!problem.message.isEmpty());
    // Each problem names its profile and field, for the summary.
    if (key != QLatin1String("name"))
        QCOMPARE(problem.profileName, QStringLiteral("P"));
    QVERIFY(!problem.message.contains(QStringLiteral("hunter2")));
    // Beyond int: refused for its range, never converted.
    if (value.isDouble() && std::abs(value.toDouble()) > double(std::numeric_limits<int>::max()))
        QVERIFY2(problem.message.contains(QStringLiteral("range")), qPrintable(problem.message));
    if (kept && key == QStringLiteral("password"))
        QVERIFY(!ProfileJson::exportProfiles(result.profiles).contains("hunter2"));
}

void TestProfileJson::regionThisVersionDoesNotListIsImported()
{
    QJsonObject o = goodObject(QStringLiteral("P"));
    o.insert(QStringLiteral("region"), QStringLiteral("xy-central-7"));
    const ProfileImportResult result = ProfileJson::importProfiles(document({o}), {});
    QCOMPARE(result.problems.size(), 0);
    QCOMPARE(result.profiles.size(), 1);
    QCOMPARE(result.profiles.constFirst().regionId, QStringLiteral("xy-central-7"));
}

void TestProfileJson::goodProfilesAreKeptBesideBadOnes()
{
    QJsonObject bad = goodObject(QStringLiteral("Bad"));
    bad.insert(QStringLiteral("region"), QStringLiteral("nowhere"));
    bad.insert(QStringLiteral("projectId"), QStringLiteral("xyz"));
    QJsonObject manualProxy = goodObject(QStringLiteral("Proxy"));
    manualProxy.insert(QStringLiteral("proxyMode"), QStringLiteral("manual"));
    const ProfileImportResult result =
        ProfileJson::importProfiles(document({goodObject(QStringLiteral("One")), bad, QStringLiteral("text"),
                                              manualProxy, goodObject(QStringLiteral("Two"))}),
                                    {});
    QCOMPARE(result.profiles.size(), 2);
    QCOMPARE(result.profiles.at(0).name, QStringLiteral("One"));
    QCOMPARE(result.profiles.at(1).name, QStringLiteral("Two"));
    QStringList fields;
    for (const ProfileImportProblem &p : result.problems)
        fields.append(QString::number(p.index) + u':' + p.field);
    fields.sort();
    QCOMPARE(fields, (QStringList{QStringLiteral("1:projectId"), QStringLiteral("1:region"), QStringLiteral("2:"),
                                  QStringLiteral("3:proxyHost"), QStringLiteral("3:proxyPort")}));
    QVERIFY(result.hasErrors());
}

void TestProfileJson::nameClashesGetASuffix()
{
    const ProfileImportResult result =
        ProfileJson::importProfiles(document({goodObject(QStringLiteral("Prod")), goodObject(QStringLiteral("Prod")),
                                              goodObject(QStringLiteral("New"))}),
                                    {QStringLiteral("Prod"), QStringLiteral("Prod (2)")});
    QCOMPARE(result.profiles.size(), 3);
    QCOMPARE(result.profiles.at(0).name, QStringLiteral("Prod (3)"));
    QCOMPARE(result.profiles.at(1).name, QStringLiteral("Prod (4)"));
    QCOMPARE(result.profiles.at(2).name, QStringLiteral("New"));
    QCOMPARE(result.problems.size(), 2);
    QCOMPARE(result.problems.at(0).severity, Severity::Warning);
    QVERIFY(!result.hasErrors());
}

void TestProfileJson::badDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{\"format\":");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("other format") << QByteArray(R"({"format":"postman","version":1,"profiles":[]})");
    QTest::newRow("version far beyond int")
        << QByteArray(R"({"format":"endpointdesk-profiles","version":1e300,"profiles":[]})");
    QTest::newRow("version as text") << QByteArray(R"({"format":"endpointdesk-profiles","version":"1","profiles":[]})");
    QTest::newRow("profiles not a list") << QByteArray(
        R"({"format":"endpointdesk-profiles","version":1,"profiles":{}})");
}

void TestProfileJson::badDocument()
{
    QFETCH(QByteArray, json);
    const ProfileImportResult result = ProfileJson::importProfiles(json, {});
    QVERIFY(result.profiles.isEmpty());
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.constFirst().index, -1);
    QCOMPARE(result.problems.constFirst().severity, Severity::Error);
}

QTEST_GUILESS_MAIN(TestProfileJson)
#include "tst_profilejson.moc"
