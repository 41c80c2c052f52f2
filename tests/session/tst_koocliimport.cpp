// Against the real Secret Service, like tst_secretstorekeychain: run through scripts/with-keyring.sh.
// A KooCLI profile is imported, its secret lands in the keychain, and the profile creates an endpoint
// in the sandbox.
#include "EndpointClient.h"
#include "HistoryStore.h"
#include "KooCliImport.h"
#include "ProfileStore.h"
#include "SandboxDemo.h"
#include "SandboxDemoSpec.h"
#include "SandboxServer.h"
#include "SecretStore.h"
#include "SecretTestSupport.h"
#include "Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace EndpointDesk;
using namespace EndpointDesk::TestSupport;
using namespace Qt::StringLiterals;

class TestKooCliImport : public QObject
{
    Q_OBJECT

private:
    // KooCLI's file with one AK/SK profile for the sandbox and one it cannot use.
    QString writeConfig(const QString &authEncrypt, const QString &secretKey)
    {
        const QJsonObject aksk{{u"name"_s, m_name},
                               {u"mode"_s, u"AKSK"_s},
                               {u"accessKeyId"_s, SandboxDemo::accessKey()},
                               {u"secretAccessKey"_s, secretKey},
                               {u"securityToken"_s, u""_s},
                               {u"region"_s, SandboxDemo::regionId()},
                               {u"projectId"_s, SandboxDemo::projectId()},
                               {u"domainId"_s, SandboxDemo::domainId()},
                               {u"readTimeout"_s, 20},
                               {u"connectTimeout"_s, 4}};
        const QJsonObject sso{{u"name"_s, u"sso"_s}, {u"mode"_s, u"SSO"_s}, {u"region"_s, u"cn-north-4"_s}};
        const QJsonObject top{{u"language"_s, u"en"_s},
                              {u"current"_s, m_name},
                              {u"authEncrypt"_s, authEncrypt},
                              {u"profiles"_s, QJsonArray{aksk, sso}}};
        const QString path = m_kooCliDir->filePath(u"config.json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(top).toJson()) < 0)
            return {};
        file.close();
        // An old time, so that any write would show.
        QFile touch(path);
        if (!touch.open(QIODevice::ReadWrite)
            || !touch.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2), QFileDevice::FileModificationTime))
            return {};
        return path;
    }

    KooCliImport::Report importFile(const QString &path)
    {
        KooCliImport import(m_profiles.get(), m_secrets.get());
        QSignalSpy finished(&import, &KooCliImport::finished);
        if (!import.start(path) || !finished.wait(30000))
            return {};
        return finished.constFirst().constFirst().value<KooCliImport::Report>();
    }

    std::optional<SecretResult> readFromFreshStore(SecretKind kind)
    {
        SecretStore fresh(m_profiles.get()); // nothing in memory: the value can only come from the keychain
        return await([&](QObject *context, SecretStore::Callback done) { fresh.read(m_name, kind, context, done); });
    }

    QString m_settingsPath;
    QString m_name;
    std::unique_ptr<QTemporaryDir> m_kooCliDir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_settingsPath =
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/EndpointDesk.conf");
    }

    void init()
    {
        QFile::remove(m_settingsPath);
        m_name = u"koocli "_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        m_kooCliDir = std::make_unique<QTemporaryDir>();
        m_profiles = std::make_unique<ProfileStore>(m_settingsPath);
        m_secrets = std::make_unique<SecretStore>(m_profiles.get());
    }

    void cleanup()
    {
        await([&](QObject *context, SecretStore::Callback done) { m_secrets->removeAll(m_name, context, done); });
        m_secrets.reset();
        m_profiles.reset();
        m_kooCliDir.reset();
        QFile::remove(m_settingsPath);
    }

    void plainSecretGoesToTheKeychainAndCreates()
    {
        const QString path = writeConfig(u"false"_s, SandboxDemo::secretKey());
        QVERIFY(!path.isEmpty());
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        original.close();
        const QDateTime modified = QFileInfo(path).lastModified();

        const KooCliImport::Report report = importFile(path);
        QVERIFY2(report.problem.isEmpty(), qPrintable(report.problem));
        QCOMPARE(report.rows.size(), 2);
        QCOMPARE(report.rows.at(0).status, KooCliImport::Row::Status::Imported);
        QCOMPARE(report.rows.at(0).name, m_name);
        QCOMPARE(report.rows.at(1).status, KooCliImport::Row::Status::Skipped);
        QVERIFY(report.rows.at(1).details.contains(u"single sign-on"_s));
        QCOMPARE(report.imported(), 1);
        QCOMPARE(report.skipped(), 1);
        QVERIFY(report.headline().contains(u"Imported 1 KooCLI profile"_s));

        // KooCLI's file is untouched.
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), bytes);
        QCOMPARE(QFileInfo(path).lastModified(), modified);

        // The profile, without its secret; the secret in the real keychain.
        const std::optional<Profile> saved = m_profiles->profile(m_name);
        QVERIFY(saved);
        QCOMPARE(saved->authMethod, AuthMethod::AkSk);
        QCOMPARE(saved->accessKeyId, SandboxDemo::accessKey());
        QCOMPARE(saved->projectId, SandboxDemo::projectId());
        QCOMPARE(saved->readTimeoutSeconds, 20);
        QCOMPARE(saved->connectTimeoutSeconds, 4);
        QVERIFY(!m_secrets->hasSessionOnlySecrets());
        const auto read = readFromFreshStore(SecretKind::SecretKey);
        QVERIFY(read.has_value() && read->found);
        QVERIFY2(read->storage == SecretStorage::Keychain,
                 "the Secret Service did not take the secret; run the test through scripts/with-keyring.sh");
        QCOMPARE(read->value, SandboxDemo::secretKey());
        QCOMPARE(filesContaining({QFileInfo(m_settingsPath).absolutePath()}, SandboxDemo::secretKey()), QStringList());

        // Create with it: the sandbox checks the AK/SK signature for real.
        SandboxServer server;
        QVERIFY(server.start());
        Profile pointed = *saved;
        pointed.endpointOverride = server.baseUrl().toString();
        QVERIFY(m_profiles->saveProfile(pointed));
        HistoryStore history(u":memory:"_s);
        Workspace workspace(m_profiles.get(), m_secrets.get(), &history);
        QSignalSpy secretsRead(workspace.activeProfile(), &ActiveProfile::secretsLoaded);
        QVERIFY(workspace.openProfile(m_name, nullptr));
        QVERIFY(secretsRead.wait(30000));
        QVERIFY(workspace.canCallCloud());
        QSignalSpy created(workspace.client(), &EndpointClient::createFinished);
        QCOMPARE(workspace.create(sandboxDemoSpec(server)), Workspace::Refusal::None);
        QVERIFY(created.wait(10000));
        const auto result = created.constFirst().at(1).value<EndpointResult>();
        QVERIFY2(result.succeeded(), qPrintable(result.error.code + u' ' + result.error.message));
        QCOMPARE(server.cloud().endpoints().size(), 1);
    }

    void encryptedSecretIsAskedForAndNotStored()
    {
        const QString path = writeConfig(u"true"_s, u"b2Y6aW50bDpBRVM6R0NNOmNpcGhlcnRleHQ="_s);
        const KooCliImport::Report report = importFile(path);
        QCOMPARE(report.rows.size(), 2);
        QCOMPARE(report.rows.at(0).status, KooCliImport::Row::Status::NeedsSecret);
        QVERIFY2(report.rows.at(0).details.contains(u"encrypted"_s), qPrintable(report.rows.at(0).details));
        QCOMPARE(report.needingSecrets(), 1);
        QVERIFY(m_profiles->contains(m_name));
        const auto read = readFromFreshStore(SecretKind::SecretKey);
        QVERIFY(read.has_value() && read->ok);
        QVERIFY(!read->found);
    }

    void damagedFileImportsNothing()
    {
        const QString path = m_kooCliDir->filePath(u"config.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"current\":\"default\",\"profiles\":[{\"name\":");
        file.close();
        const QStringList before = m_profiles->profileNames();
        const KooCliImport::Report report = importFile(path);
        QVERIFY(report.problem.contains(u"damaged"_s));
        QCOMPARE(report.headline(), report.problem);
        QVERIFY(report.rows.isEmpty());
        QCOMPARE(m_profiles->profileNames(), before);
    }
};

QTEST_GUILESS_MAIN(TestKooCliImport)
#include "tst_koocliimport.moc"
