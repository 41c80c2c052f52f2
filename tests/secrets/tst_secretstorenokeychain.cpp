// What happens when no keychain answers: the real QtKeychain client pointed at a D-Bus address
// where nothing listens, and the constructor option that simulates the same.
#include "ProfileStore.h"
#include "SecretStore.h"
#include "SecretTestSupport.h"
#include "SettingsKeys.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace EndpointDesk;
using namespace EndpointDesk::TestSupport;

// The fallback is this suite's subject; waiting for a late service is tst_secretstorelatekeychain's.
constexpr std::chrono::milliseconds quickRetryWindow{200};

Q_DECLARE_METATYPE(EndpointDesk::SecretStore::Backend)

class TestSecretStoreNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void keptForThisSessionOnly_data() { backends(); }
    void keptForThisSessionOnly();
    void optInWritesAnOwnerOnlyFile_data() { backends(); }
    void optInWritesAnOwnerOnlyFile();
    void sessionSecretsFollowRenameAndRemove();
    void callbackSkippedWhenContextIsGone();
    void heldReadsWaitForRelease();

private:
    static void backends();
    void saveProfile(bool optIn);
    QString path() const { return m_dir->filePath(QStringLiteral("EndpointDesk.conf")); }
    static QString uniqueSecret()
    {
        return QStringLiteral("EDK-fallback-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    const QString m_profile = QStringLiteral("offline");
};

void TestSecretStoreNoKeychain::initTestCase()
{
    // Before any D-Bus use in this process: a session bus address where nothing answers.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/endpointdesk-no-bus");
    MessageLog::install();
}

void TestSecretStoreNoKeychain::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSecretStoreNoKeychain::backends()
{
    QTest::addColumn<SecretStore::Backend>("backend");
    QTest::newRow("keychain client, no service") << SecretStore::Backend::SystemKeychain;
    QTest::newRow("constructor option") << SecretStore::Backend::Unavailable;
}

void TestSecretStoreNoKeychain::saveProfile(bool optIn)
{
    ProfileStore profiles(path());
    Profile p;
    p.name = m_profile;
    p.regionId = QStringLiteral("cn-north-4");
    p.storeSecretsUnencrypted = optIn;
    QVERIFY(profiles.saveProfile(p));
}

void TestSecretStoreNoKeychain::keptForThisSessionOnly()
{
    QFETCH(SecretStore::Backend, backend);
    saveProfile(false);
    const QString secret = uniqueSecret();
    ProfileStore profiles(path());
    {
        SecretStore store(&profiles, backend);
        store.setKeychainRetryWindow(quickRetryWindow);
        QSignalSpy sessionOnly(&store, &SecretStore::sessionOnlyStorageUsed);
        const auto written = await(
            [&](QObject *c, SecretStore::Callback d) { store.write(m_profile, SecretKind::Password, secret, c, d); });
        QVERIFY(written.has_value());
        QVERIFY(written->ok);
        QCOMPARE(written->storage, SecretStorage::SessionOnly);
        QCOMPARE(written->message, SecretStore::sessionOnlyNotice());
        QVERIFY(!written->message.contains(secret));
        QCOMPARE(sessionOnly.count(), 1);
        QVERIFY(store.hasSessionOnlySecret(m_profile, SecretKind::Password));

        const auto read =
            await([&](QObject *c, SecretStore::Callback d) { store.read(m_profile, SecretKind::Password, c, d); });
        QVERIFY(read.has_value() && read->found);
        QCOMPARE(read->value, secret);
        QCOMPARE(read->storage, SecretStorage::SessionOnly);
    }
    // The next run has nothing.
    SecretStore nextRun(&profiles, backend);
    nextRun.setKeychainRetryWindow(quickRetryWindow);
    const auto after =
        await([&](QObject *c, SecretStore::Callback d) { nextRun.read(m_profile, SecretKind::Password, c, d); });
    QVERIFY(after.has_value());
    QVERIFY(!after->found);

    QCOMPARE(filesContaining(foldersToScan({m_dir->path()}), secret), QStringList());
    for (const QString &line : MessageLog::lines())
        QVERIFY2(!line.contains(secret), "a log line carries the secret");
}

void TestSecretStoreNoKeychain::optInWritesAnOwnerOnlyFile()
{
    QFETCH(SecretStore::Backend, backend);
    saveProfile(true);
    QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                      | QFileDevice::ReadOther);
    const QString secret = uniqueSecret();
    ProfileStore profiles(path());
    {
        SecretStore store(&profiles, backend);
        store.setKeychainRetryWindow(quickRetryWindow);
        QSignalSpy warned(&store, &SecretStore::unencryptedStorageUsed);
        const auto written = await(
            [&](QObject *c, SecretStore::Callback d) { store.write(m_profile, SecretKind::SecretKey, secret, c, d); });
        QVERIFY(written.has_value() && written->ok);
        QCOMPARE(written->storage, SecretStorage::SettingsFileUnencrypted);
        QCOMPARE(warned.count(), 1);
        QVERIFY(!store.hasSessionOnlySecrets());
    }
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(path()) & others, QFileDevice::Permissions());
    QCOMPARE(filesContaining({m_dir->path()}, secret), QStringList{path()});
    // Under the clearly named key.
    QSettings raw(path(), QSettings::IniFormat);
    QCOMPARE(raw.value(ProfileStore::groupFor(m_profile) + u'/' + SettingsKeys::UnencryptedSecretsGroup
                       + QStringLiteral("/secret-key"))
                 .toString(),
             secret);

    // The next run reads it back from the file.
    SecretStore nextRun(&profiles, backend);
    nextRun.setKeychainRetryWindow(quickRetryWindow);
    const auto read =
        await([&](QObject *c, SecretStore::Callback d) { nextRun.read(m_profile, SecretKind::SecretKey, c, d); });
    QVERIFY(read.has_value() && read->found);
    QCOMPARE(read->storage, SecretStorage::SettingsFileUnencrypted);
    QCOMPARE(read->value, secret);

    // Taking the opt-in back takes the secret out of the file; this run still has it.
    Profile p = *profiles.profile(m_profile);
    p.storeSecretsUnencrypted = false;
    QVERIFY(profiles.saveProfile(p));
    QCOMPARE(filesContaining({m_dir->path()}, secret), QStringList());
    QTRY_VERIFY_WITH_TIMEOUT(nextRun.hasSessionOnlySecret(m_profile, SecretKind::SecretKey), 30000);
    const auto again =
        await([&](QObject *c, SecretStore::Callback d) { nextRun.read(m_profile, SecretKind::SecretKey, c, d); });
    QVERIFY(again.has_value() && again->found);
    QCOMPARE(again->value, secret);
    for (const QString &line : MessageLog::lines())
        QVERIFY2(!line.contains(secret), "a log line carries the secret");
}

void TestSecretStoreNoKeychain::sessionSecretsFollowRenameAndRemove()
{
    saveProfile(false);
    ProfileStore profiles(path());
    SecretStore store(&profiles, SecretStore::Backend::Unavailable);
    const QString secret = uniqueSecret();
    QVERIFY(await([&](QObject *c, SecretStore::Callback d) {
                store.write(m_profile, SecretKind::Token, secret, c, d);
            }).has_value());
    QSignalSpy moved(&store, &SecretStore::secretsMoved);
    QVERIFY(profiles.renameProfile(m_profile, QStringLiteral("renamed")));
    QTRY_COMPARE(moved.count(), 1);
    QVERIFY(!store.hasSessionOnlySecret(m_profile, SecretKind::Token));
    QVERIFY(store.hasSessionOnlySecret(QStringLiteral("renamed"), SecretKind::Token));

    QSignalSpy removed(&store, &SecretStore::secretsRemoved);
    QVERIFY(profiles.removeProfile(QStringLiteral("renamed")));
    QTRY_COMPARE(removed.count(), 1);
    QVERIFY(!store.hasSessionOnlySecrets());
}

void TestSecretStoreNoKeychain::callbackSkippedWhenContextIsGone()
{
    saveProfile(false);
    ProfileStore profiles(path());
    SecretStore store(&profiles, SecretStore::Backend::Unavailable);
    bool called = false;
    auto *context = new QObject;
    store.write(m_profile, SecretKind::Token, QStringLiteral("x"), context,
                [&called](const SecretResult &) { called = true; });
    delete context;
    // A later call on the same queue finishing proves the first one had its turn.
    const auto later = await([&](QObject *c, SecretStore::Callback d) {
        store.write(m_profile, SecretKind::Password, QStringLiteral("y"), c, d);
    });
    QVERIFY(later.has_value());
    QVERIFY(store.hasSessionOnlySecret(m_profile, SecretKind::Token));
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestSecretStoreNoKeychain)
#include "tst_secretstorenokeychain.moc"

void TestSecretStoreNoKeychain::heldReadsWaitForRelease()
{
    saveProfile(false);
    ProfileStore profiles(path());
    SecretStore store(&profiles, SecretStore::Backend::SystemKeychain);
    store.setKeychainRetryWindow(quickRetryWindow);
    store.holdKeychain();
    bool answered = false;
    store.read(m_profile, SecretKind::Token, this, [&answered](const SecretResult &) { answered = true; });
    // Held: counted as pending, so that a quit waits for it, but not sent to the keychain.
    QCOMPARE(store.pendingJobs(), 1);
    QTest::qWait(quickRetryWindow.count() * 2);
    QVERIFY(!answered);
    store.releaseKeychain();
    QTRY_VERIFY(answered);
    QTRY_COMPARE(store.pendingJobs(), 0);
}
