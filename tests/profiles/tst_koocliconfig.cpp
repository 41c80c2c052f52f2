// KooCLI's configuration file, built from its documented format: `hcloud configure list` prints the
// top level (language, offline, current, profiles), `configure show` each profile's keys.
#include "KooCliConfig.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace EndpointDesk;
using namespace Qt::StringLiterals;

namespace {

QJsonObject akSkProfile(const QString &name)
{
    return QJsonObject{{u"name"_s, name},
                       {u"mode"_s, u"AKSK"_s},
                       {u"accessKeyId"_s, u"AKEXAMPLE0123456789A"_s},
                       {u"secretAccessKey"_s, u"SKEXAMPLEsecret0123456789abcdefghijklmno"_s},
                       {u"securityToken"_s, u""_s},
                       {u"region"_s, u"cn-north-4"_s},
                       {u"projectId"_s, u"0123456789abcdef0123456789abcdef"_s},
                       {u"domainId"_s, u"fedcba9876543210fedcba9876543210"_s},
                       {u"skipSecureVerify"_s, u"false"_s},
                       {u"readTimeout"_s, 10},
                       {u"connectTimeout"_s, 5},
                       {u"retryCount"_s, 0},
                       {u"agencyDomainId"_s, u""_s},
                       {u"agencyDomainName"_s, u""_s},
                       {u"agencyName"_s, u""_s},
                       {u"sourceProfile"_s, u""_s}};
}

QByteArray config(const QJsonArray &profiles, const QJsonValue &authEncrypt = QJsonValue::Undefined,
                  const QString &current = QStringLiteral("default"))
{
    QJsonObject top{{u"language"_s, u"en"_s},  {u"offline"_s, u"false"_s}, {u"agreePrivacy"_s, true},
                    {u"warning"_s, u"true"_s}, {u"current"_s, current},    {u"profiles"_s, profiles}};
    if (!authEncrypt.isUndefined())
        top.insert(QStringLiteral("authEncrypt"), authEncrypt);
    return QJsonDocument(top).toJson();
}

const KooCliSkipped *skippedNamed(const KooCliConfig::Result &result, const QString &name)
{
    for (const KooCliSkipped &skipped : result.skipped) {
        if (skipped.name == name)
            return &skipped;
    }
    return nullptr;
}

} // namespace

class TestKooCliConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainSecretsAreTaken()
    {
        const auto result = KooCliConfig::parse(config({akSkProfile(u"default"_s)}, u"false"_s), {});
        QVERIFY(result.problem.isEmpty());
        QVERIFY(!result.secretsEncrypted);
        QCOMPARE(result.profiles.size(), 1);
        const KooCliProfile &found = result.profiles.first();
        QVERIFY(found.current);
        QCOMPARE(found.profile.name, QStringLiteral("default"));
        QCOMPARE(found.profile.authMethod, AuthMethod::AkSk);
        QCOMPARE(found.profile.accessKeyId, QStringLiteral("AKEXAMPLE0123456789A"));
        QCOMPARE(found.profile.regionId, QStringLiteral("cn-north-4"));
        QCOMPARE(found.profile.projectId, QStringLiteral("0123456789abcdef0123456789abcdef"));
        QCOMPARE(found.profile.readTimeoutSeconds, 10);
        QCOMPARE(found.profile.connectTimeoutSeconds, 5);
        QCOMPARE(found.secrets.size(), 1);
        QCOMPARE(found.secrets.first().first, SecretKind::SecretKey);
        QCOMPARE(found.secrets.first().second, QStringLiteral("SKEXAMPLEsecret0123456789abcdefghijklmno"));
        QVERIFY(found.missingSecrets.isEmpty());
        QVERIFY(found.missingReason.isEmpty());
    }

    void authEncryptMayBeABoolean()
    {
        const auto result = KooCliConfig::parse(config({akSkProfile(u"default"_s)}, false), {});
        QVERIFY(!result.secretsEncrypted);
        QCOMPARE(result.profiles.first().secrets.size(), 1);
    }

    void encryptedSecretsAreAskedFor_data()
    {
        QTest::addColumn<QJsonValue>("authEncrypt");
        QTest::newRow("true") << QJsonValue(u"true"_s);
        QTest::newRow("boolean true") << QJsonValue(true);
        // Since 5.2.7 KooCLI encrypts by default: a file that does not say otherwise is taken as encrypted.
        QTest::newRow("not said") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("anything else") << QJsonValue(u"maybe"_s);
    }

    void encryptedSecretsAreAskedFor()
    {
        QFETCH(QJsonValue, authEncrypt);
        QJsonObject profile = akSkProfile(u"default"_s);
        profile.insert(u"accessKeyId"_s, u"8f3a9c0d2e4b6a1c7e9f0b3d5a7c9e1f"_s); // ciphertext, not an AK
        profile.insert(u"secretAccessKey"_s, u"b2Y6aW50bDpBRVM6R0NNOm5vdC1hLXNlY3JldA=="_s);
        const auto result = KooCliConfig::parse(config({profile}, authEncrypt), {});
        QVERIFY(result.secretsEncrypted);
        QCOMPARE(result.profiles.size(), 1);
        const KooCliProfile &found = result.profiles.first();
        QVERIFY(found.secrets.isEmpty());
        QCOMPARE(found.missingSecrets, QList<SecretKind>{SecretKind::SecretKey});
        QVERIFY2(found.missingReason.contains(QStringLiteral("encrypted")), qPrintable(found.missingReason));
        QVERIFY(found.missingReason.contains(QStringLiteral("secret key")));
        // The encrypted access key id is not mistaken for one.
        QVERIFY(found.profile.accessKeyId.isEmpty());
        QVERIFY(found.notes.join(u' ').contains(QStringLiteral("access key ID")));
        // The rest is imported.
        QCOMPARE(found.profile.regionId, QStringLiteral("cn-north-4"));
        QCOMPARE(found.profile.projectId, QStringLiteral("0123456789abcdef0123456789abcdef"));
    }

    void encryptedFileKeepsAPlainAccessKeyId()
    {
        const auto result = KooCliConfig::parse(config({akSkProfile(u"default"_s)}, u"true"_s), {});
        QCOMPARE(result.profiles.first().profile.accessKeyId, QStringLiteral("AKEXAMPLE0123456789A"));
        QVERIFY(result.profiles.first().secrets.isEmpty());
    }

    void plainFileWithoutSecretAsksForIt()
    {
        QJsonObject profile = akSkProfile(u"default"_s);
        profile.insert(u"secretAccessKey"_s, u""_s);
        const auto result = KooCliConfig::parse(config({profile}, u"false"_s), {});
        const KooCliProfile &found = result.profiles.first();
        QCOMPARE(found.missingSecrets, QList<SecretKind>{SecretKind::SecretKey});
        QVERIFY(found.missingReason.contains(QStringLiteral("does not hold")));
    }

    void securityTokenMeansTemporaryKeys()
    {
        QJsonObject profile = akSkProfile(u"sts"_s);
        profile.insert(u"securityToken"_s, u"STStoken-abc"_s);
        const auto result = KooCliConfig::parse(config({profile}, u"false"_s), {});
        const KooCliProfile &found = result.profiles.first();
        QCOMPARE(found.profile.authMethod, AuthMethod::TemporaryAkSk);
        QCOMPARE(found.secrets.size(), 2);
        QCOMPARE(found.secrets.at(1).first, SecretKind::SecurityToken);
        QCOMPARE(found.secrets.at(1).second, QStringLiteral("STStoken-abc"));

        // Encrypted: both are asked for, named in the reason.
        const auto encrypted = KooCliConfig::parse(config({profile}, u"true"_s), {});
        QCOMPARE(encrypted.profiles.first().missingSecrets,
                 (QList<SecretKind>{SecretKind::SecretKey, SecretKind::SecurityToken}));
        QVERIFY(encrypted.profiles.first().missingReason.contains(QStringLiteral("secret key and security token")));
    }

    void tokenModeUsesThePastedTokenMethod()
    {
        const QJsonObject profile{{u"name"_s, u"tok"_s},
                                  {u"mode"_s, u"token"_s},
                                  {u"xAuthToken"_s, u"MIItoken"_s},
                                  {u"region"_s, u"cn-east-3"_s}};
        const auto result = KooCliConfig::parse(config({profile}, u"false"_s), {});
        const KooCliProfile &found = result.profiles.first();
        QCOMPARE(found.profile.authMethod, AuthMethod::Token);
        QCOMPARE(found.secrets.first().first, SecretKind::Token);
        QCOMPARE(found.secrets.first().second, QStringLiteral("MIItoken"));
        QVERIFY(!found.current);
    }

    // An expired token is not taken: the person is asked for a new one, and told why.
    void expiredTokensAreAskedFor()
    {
        QJsonObject token{{u"name"_s, u"tok"_s},
                          {u"mode"_s, u"token"_s},
                          {u"xAuthToken"_s, u"MIItoken"_s},
                          {u"expiresAt"_s, u"2026-01-01T00:00:00.000000Z"_s},
                          {u"region"_s, u"cn-east-3"_s}};
        QJsonObject temporary = akSkProfile(u"sts"_s);
        temporary.insert(u"securityToken"_s, u"STStoken-abc"_s);
        temporary.insert(u"expiresAt"_s, u"2026-01-01T00:00:00Z"_s);
        QJsonObject permanent = akSkProfile(u"keys"_s); // keys without a token do not expire
        permanent.insert(u"expiresAt"_s, u"2026-01-01T00:00:00Z"_s);
        const auto result = KooCliConfig::parse(config({token, temporary, permanent}, u"false"_s), {});
        QCOMPARE(result.profiles.size(), 3);
        QVERIFY(result.profiles.at(0).secrets.isEmpty());
        QCOMPARE(result.profiles.at(0).missingSecrets, QList<SecretKind>{SecretKind::Token});
        QVERIFY2(result.profiles.at(0).missingReason.contains(QLatin1String("expired")),
                 qPrintable(result.profiles.at(0).missingReason));
        QVERIFY(result.profiles.at(1).secrets.isEmpty());
        QCOMPARE(result.profiles.at(1).missingSecrets,
                 (QList<SecretKind>{SecretKind::SecretKey, SecretKind::SecurityToken}));
        QCOMPARE(result.profiles.at(2).secrets.size(), 1);

        token.insert(u"expiresAt"_s, QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate));
        const auto valid = KooCliConfig::parse(config({token}, u"false"_s), {});
        QCOMPARE(valid.profiles.first().secrets.size(), 1);
    }

    void unusableModesAreSkippedWithTheirReason_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("agency") << u"agency"_s << u"agency of another account"_s;
        QTest::newRow("AssumeRole") << u"AssumeRole"_s << u"agency of another account"_s;
        QTest::newRow("ecsAgency") << u"ecsAgency"_s << u"ECS server"_s;
        QTest::newRow("SSO") << u"SSO"_s << u"single sign-on"_s;
        QTest::newRow("unknown") << u"StsToken"_s << u"not one KooCLI documents"_s;
        QTest::newRow("none") << u""_s << u"names no mode"_s;
    }

    void unusableModesAreSkippedWithTheirReason()
    {
        QFETCH(QString, mode);
        QFETCH(QString, reasonPart);
        QJsonObject profile = akSkProfile(u"other"_s);
        profile.insert(u"mode"_s, mode);
        const auto result = KooCliConfig::parse(config({akSkProfile(u"default"_s), profile}, u"false"_s), {});
        QCOMPARE(result.profiles.size(), 1);
        QCOMPARE(result.skipped.size(), 1);
        QCOMPARE(result.skipped.first().name, QStringLiteral("other"));
        QCOMPARE(result.skipped.first().mode, mode);
        QVERIFY2(result.skipped.first().reason.contains(reasonPart), qPrintable(result.skipped.first().reason));
    }

    void unlistedWellFormedRegionIsKept()
    {
        QJsonObject profile = akSkProfile(u"far"_s);
        profile.insert(u"region"_s, u"xy-somewhere-7"_s);
        QJsonObject bad = akSkProfile(u"bad"_s);
        bad.insert(u"region"_s, u"North 4"_s);
        QJsonObject none = akSkProfile(u"none"_s);
        none.remove(u"region"_s);
        const auto result = KooCliConfig::parse(config({profile, bad, none}, u"false"_s), {});
        QCOMPARE(result.profiles.size(), 1);
        QCOMPARE(result.profiles.first().profile.regionId, QStringLiteral("xy-somewhere-7"));
        QVERIFY(skippedNamed(result, u"bad"_s));
        QVERIFY(skippedNamed(result, u"bad"_s)->reason.contains(QStringLiteral("not a region id")));
        QVERIFY(skippedNamed(result, u"none"_s));
        QVERIFY(skippedNamed(result, u"none"_s)->reason.contains(QStringLiteral("no region")));
    }

    void clashingNamesGetASuffix()
    {
        const auto result = KooCliConfig::parse(config({akSkProfile(u"work"_s), akSkProfile(u"work"_s)}, u"false"_s),
                                                {QStringLiteral("work")});
        QCOMPARE(result.profiles.size(), 2);
        QCOMPARE(result.profiles.at(0).profile.name, QStringLiteral("work (2)"));
        QCOMPARE(result.profiles.at(1).profile.name, QStringLiteral("work (3)"));
        QVERIFY(result.profiles.at(0).notes.join(u' ').contains(QStringLiteral("exists already")));
    }

    void badValuesAreLeftOutWithANote()
    {
        QJsonObject profile = akSkProfile(u"odd"_s);
        profile.insert(u"projectId"_s, u"not a project"_s);
        profile.insert(u"readTimeout"_s, -3);
        profile.insert(u"connectTimeout"_s, u"7"_s); // a string of digits is fine
        profile.insert(u"skipSecureVerify"_s, u"true"_s);
        const auto result = KooCliConfig::parse(config({profile}, u"false"_s), {});
        const KooCliProfile &found = result.profiles.first();
        QVERIFY(found.profile.projectId.isEmpty());
        QCOMPARE(found.profile.readTimeoutSeconds, Profile::DefaultReadTimeoutSeconds);
        QCOMPARE(found.profile.connectTimeoutSeconds, 7);
        const QString notes = found.notes.join(u' ');
        QVERIFY(notes.contains(QStringLiteral("project ID")));
        QVERIFY(notes.contains(QStringLiteral("read timeout")));
        QVERIFY(notes.contains(QStringLiteral("certificate")));
    }

    void badNamesAreSkipped()
    {
        QJsonObject padded = akSkProfile(u" padded "_s);
        QJsonObject unnamed = akSkProfile(u""_s);
        const auto result = KooCliConfig::parse(config({padded, unnamed, QJsonValue(42)}, u"false"_s), {});
        QVERIFY(result.profiles.isEmpty());
        QCOMPARE(result.skipped.size(), 3);
        QVERIFY(skippedNamed(result, u" padded "_s));
        QVERIFY(skippedNamed(result, u"Profile 2"_s));
        QVERIFY(skippedNamed(result, u"Profile 3"_s)->reason.contains(QStringLiteral("not a JSON object")));
    }

    void damagedFilesSayWhy_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QByteArray() << u"damaged"_s;
        QTest::newRow("truncated") << config({akSkProfile(u"default"_s)}, u"false"_s).left(60) << u"damaged"_s;
        QTest::newRow("not JSON") << QByteArray("current=default\n") << u"damaged"_s;
        QTest::newRow("array") << QByteArray("[]") << u"no list of profiles"_s;
        QTest::newRow("profiles not a list")
            << QByteArray(R"({"current":"a","profiles":{"a":1}})") << u"no list of profiles"_s;
    }

    void damagedFilesSayWhy()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, messagePart);
        const auto result = KooCliConfig::parse(bytes, {});
        QVERIFY2(result.problem.contains(messagePart), qPrintable(result.problem));
        QVERIFY(result.profiles.isEmpty());
    }

    void fileIsOnlyRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        const QByteArray bytes = config({akSkProfile(u"default"_s)}, u"false"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-3600);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(old, QFileDevice::FileModificationTime));
        }
        const QDateTime before = QFileInfo(path).lastModified();
        const auto result = KooCliConfig::readFile(path, {});
        QCOMPARE(result.profiles.size(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
        QCOMPARE(QFileInfo(path).lastModified(), before);

        const auto missing = KooCliConfig::readFile(dir.filePath(QStringLiteral("absent.json")), {});
        QVERIFY(missing.problem.contains(QStringLiteral("Could not read")));
    }

    void defaultPathIsInTheHomeFolder()
    {
        QVERIFY(KooCliConfig::defaultPath().endsWith(QStringLiteral("/.hcloud/config.json")));
    }
};

QTEST_GUILESS_MAIN(TestKooCliConfig)
#include "tst_koocliconfig.moc"
