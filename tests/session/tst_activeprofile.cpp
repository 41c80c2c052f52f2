// ActiveProfile against a temporary settings file and the real Secret Service (gnome-keyring) that
// scripts/run-tests.sh provides. Without a keychain these tests fail rather than skip; the
// no-keychain behaviour is tested with SecretStore::Backend::Unavailable.
#include "ActiveProfile.h"
#include "PlainSecretFile.h"
#include "ProfileStore.h"
#include "Region.h"
#include "SecretStore.h"
#include "SecretTestSupport.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace EndpointDesk;
using namespace EndpointDesk::TestSupport;

namespace {

constexpr int KeychainTimeoutMs = 30000;

// One window's worth of objects on a settings file, as the application wires them.
struct Session
{
    Session(const QString &path, SecretStore::Backend backend)
        : profiles(path)
        , secrets(&profiles, backend)
        , active(&profiles, &secrets)
    {
    }
    ProfileStore profiles;
    SecretStore secrets;
    ActiveProfile active;
};

} // namespace

class TestActiveProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void loadEmitsLoadedThenStoredSecrets();
    void loadUnknownProfileFails();
    void typedSecretComesBackFromTheKeychainOnly();
    void modifiedFollowsEdits();
    void discardEditsRestoresSavedProfileAndSecrets();
    void switchingMethodStoresOnlyThatMethodsSecrets();
    void mfaCodeIsNeverStored();
    void renameElsewhereIsFollowed();
    void removalElsewhereIsSignalled();
    void secretTypedBeforeStoredOneArrivesWins();
    void saveBeforeSecretsArriveKeepsStoredOnes();
    void profileSavedElsewhereIsTakenOver();
    void invalidEditsAreNotSaved();
    void withoutKeychainSaveIsSessionOnly();
    void withoutKeychainOptInWritesUnencrypted();
    void firstRunGetsADefaultProfile();
    void recordPasswordGoesToTheKeychainOnly();
    void recordServerFollowsSwitchesAndRemoval();
    void recordServerSavedElsewhereWhileEditedHere();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("EndpointDesk.conf")); }
    QString renamed() const { return m_name + QStringLiteral(" renamed"); }
    static QString uniqueSecret()
    {
        return QStringLiteral("EDK-active-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    std::unique_ptr<Session> session(SecretStore::Backend backend = SecretStore::Backend::SystemKeychain) const
    {
        return std::make_unique<Session>(path(), backend);
    }
    void saveProfile(AuthMethod method, bool storeUnencrypted = false);
    void storeSecret(SecretKind kind, const QString &value);
    std::optional<SecretResult> readStored(const QString &name, SecretKind kind);
    static void loadAndWait(Session &s, const QString &name);
    static void saveAndWait(Session &s, ActiveProfile::Severity expected);
    void verifyNowhereInFiles(const QString &secret);
    static RecordServer teamServer();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_name;
};

void TestActiveProfile::initTestCase()
{
    MessageLog::install();
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<ActiveProfile::Severity>();
}

void TestActiveProfile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A fresh name each time, so a run never reads what an earlier one left in the keychain.
    m_name = QStringLiteral("active test ") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

void TestActiveProfile::cleanup()
{
    ProfileStore profiles(path());
    SecretStore store(&profiles);
    for (const QString &name : {m_name, renamed()})
        await([&](QObject *context, SecretStore::Callback done) { store.removeAll(name, context, done); });
    m_dir.reset();
}

void TestActiveProfile::saveProfile(AuthMethod method, bool storeUnencrypted)
{
    ProfileStore profiles(path());
    Profile p;
    p.name = m_name;
    p.regionId = QStringLiteral("cn-north-4");
    p.authMethod = method;
    p.accountName = QStringLiteral("account");
    p.iamUserName = QStringLiteral("operator");
    p.accessKeyId = QStringLiteral("AKEXAMPLE");
    p.storeSecretsUnencrypted = storeUnencrypted;
    QVERIFY(profiles.saveProfile(p));
}

void TestActiveProfile::storeSecret(SecretKind kind, const QString &value)
{
    ProfileStore profiles(path());
    SecretStore store(&profiles);
    const auto written =
        await([&](QObject *context, SecretStore::Callback done) { store.write(m_name, kind, value, context, done); });
    QVERIFY(written.has_value());
    QVERIFY2(written->storage == SecretStorage::Keychain,
             "the Secret Service did not take the secret; run the tests through scripts/run-tests.sh");
}

std::optional<SecretResult> TestActiveProfile::readStored(const QString &name, SecretKind kind)
{
    // A new store holds nothing in memory: whatever it finds is in the keychain or the file.
    ProfileStore profiles(path());
    SecretStore store(&profiles);
    return await([&](QObject *context, SecretStore::Callback done) { store.read(name, kind, context, done); });
}

void TestActiveProfile::loadAndWait(Session &s, const QString &name)
{
    QSignalSpy secretsLoaded(&s.active, &ActiveProfile::secretsLoaded);
    QString error;
    QVERIFY2(s.active.load(name, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(secretsLoaded.count(), 1, KeychainTimeoutMs);
}

void TestActiveProfile::saveAndWait(Session &s, ActiveProfile::Severity expected)
{
    QSignalSpy saved(&s.active, &ActiveProfile::saved);
    QSignalSpy notices(&s.active, &ActiveProfile::notice);
    QString error;
    QVERIFY2(s.active.save(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, KeychainTimeoutMs);
    QCOMPARE(saved.at(0).at(0).toString(), s.active.name());
    QCOMPARE(notices.count(), 1);
    QVERIFY2(notices.at(0).at(1).value<ActiveProfile::Severity>() == expected,
             qPrintable(notices.at(0).at(0).toString()));
}

void TestActiveProfile::verifyNowhereInFiles(const QString &secret)
{
    QCOMPARE(filesContaining(foldersToScan({m_dir->path()}), secret), QStringList());
    const QStringList lines = MessageLog::lines();
    for (const QString &line : lines)
        QVERIFY2(!line.contains(secret), "a log line carries the secret");
}

void TestActiveProfile::loadEmitsLoadedThenStoredSecrets()
{
    saveProfile(AuthMethod::TemporaryAkSk);
    const QString secretKey = uniqueSecret();
    const QString securityToken = uniqueSecret();
    storeSecret(SecretKind::SecretKey, secretKey);
    storeSecret(SecretKind::SecurityToken, securityToken);
    if (QTest::currentTestFailed())
        return;

    auto s = session();
    QStringList order;
    connect(&s->active, &ActiveProfile::loaded, this, [&order] { order.append(QStringLiteral("loaded")); });
    connect(&s->active, &ActiveProfile::secretsLoaded, this, [&order] { order.append(QStringLiteral("secrets")); });
    QSignalSpy loaded(&s->active, &ActiveProfile::loaded);
    QSignalSpy secretsLoaded(&s->active, &ActiveProfile::secretsLoaded);

    QVERIFY(s->active.load(m_name));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(secretsLoaded.count(), 0);
    QVERIFY(s->active.isLoadingSecrets());
    const auto profile = loaded.at(0).at(0).value<Profile>();
    const auto first = loaded.at(0).at(1).value<Credentials>();
    QCOMPARE(profile.name, m_name);
    QCOMPARE(first.method, AuthMethod::TemporaryAkSk);
    QCOMPARE(first.accessKey, QStringLiteral("AKEXAMPLE"));
    QCOMPARE(first.userName, QStringLiteral("operator"));
    QVERIFY(first.secretKey.isEmpty());
    QVERIFY(first.securityToken.isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(secretsLoaded.count(), 1, KeychainTimeoutMs);
    const auto withSecrets = secretsLoaded.at(0).at(0).value<Credentials>();
    QCOMPARE(withSecrets.secretKey, secretKey);
    QCOMPARE(withSecrets.securityToken, securityToken);
    QCOMPARE(withSecrets.accessKey, QStringLiteral("AKEXAMPLE"));
    QCOMPARE(s->active.credentials().secretKey, secretKey);
    QCOMPARE(order, QStringList({QStringLiteral("loaded"), QStringLiteral("secrets")}));
    QVERIFY(!s->active.isLoadingSecrets());
    QVERIFY(!s->active.isModified());
    QCOMPARE(s->profiles.lastUsedProfileName(), m_name);
}

void TestActiveProfile::loadUnknownProfileFails()
{
    auto s = session();
    QSignalSpy loaded(&s->active, &ActiveProfile::loaded);
    QString error;
    QVERIFY(!s->active.load(QStringLiteral("no such profile"), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(loaded.count(), 0);
    QVERIFY(!s->active.isLoaded());
}

void TestActiveProfile::typedSecretComesBackFromTheKeychainOnly()
{
    saveProfile(AuthMethod::AkSk);
    const QString secret = uniqueSecret();
    {
        auto s = session();
        loadAndWait(*s, m_name);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(s->active.credentials().secretKey.isEmpty());
        Credentials typed = s->active.credentials();
        typed.secretKey = secret;
        s->active.setCredentials(typed);
        QVERIFY(s->active.isModified());
        saveAndWait(*s, ActiveProfile::Severity::Info);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!s->active.isModified());
    }
    // "Restart": new stores on the same file.
    auto s = session();
    loadAndWait(*s, m_name);
    QCOMPARE(s->active.credentials().secretKey, secret);
    QVERIFY(!s->active.isModified());
    const auto stored = readStored(m_name, SecretKind::SecretKey);
    QVERIFY(stored.has_value() && stored->found);
    QCOMPARE(stored->storage, SecretStorage::Keychain);
    verifyNowhereInFiles(secret);
}

void TestActiveProfile::modifiedFollowsEdits()
{
    saveProfile(AuthMethod::AkSk);
    const QString secret = uniqueSecret();
    storeSecret(SecretKind::SecretKey, secret);
    if (QTest::currentTestFailed())
        return;
    auto s = session();
    loadAndWait(*s, m_name);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy modified(&s->active, &ActiveProfile::modifiedChanged);
    QVERIFY(!s->active.isModified());

    const Profile original = s->active.profile();
    Profile edited = original;
    edited.regionId = QStringLiteral("cn-east-3");
    s->active.setProfileEdits(edited);
    QVERIFY(s->active.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.at(0).at(0).toBool(), true);
    s->active.setProfileEdits(edited); // same edit again: no new signal
    QCOMPARE(modified.count(), 1);

    s->active.setProfileEdits(original); // edited back to what is saved
    QVERIFY(!s->active.isModified());
    QCOMPARE(modified.count(), 2);
    QCOMPARE(modified.at(1).at(0).toBool(), false);

    Credentials c = s->active.credentials();
    c.secretKey = uniqueSecret();
    s->active.setCredentials(c);
    QVERIFY(s->active.isModified());
    c.secretKey = secret;
    s->active.setCredentials(c);
    QVERIFY(!s->active.isModified());

    c.accessKey = QStringLiteral("AKOTHER"); // a non-secret field of the credentials is a profile edit
    s->active.setCredentials(c);
    QVERIFY(s->active.isModified());
    QCOMPARE(s->active.profile().accessKeyId, QStringLiteral("AKOTHER"));
    c.accessKey = QStringLiteral("AKEXAMPLE");
    s->active.setCredentials(c);
    QVERIFY(!s->active.isModified());

    // A secret of another method, or the one-time MFA code, changes nothing that is saved.
    c.password = uniqueSecret();
    c.mfaCode = QStringLiteral("123456");
    s->active.setCredentials(c);
    QVERIFY(!s->active.isModified());
    QCOMPARE(modified.count(), 6);
}

void TestActiveProfile::discardEditsRestoresSavedProfileAndSecrets()
{
    saveProfile(AuthMethod::AkSk);
    const QString secret = uniqueSecret();
    storeSecret(SecretKind::SecretKey, secret);
    if (QTest::currentTestFailed())
        return;
    auto s = session();
    loadAndWait(*s, m_name);
    if (QTest::currentTestFailed())
        return;

    Profile edited = s->active.profile();
    edited.regionId = QStringLiteral("cn-east-3");
    edited.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    s->active.setProfileEdits(edited);
    Credentials c = s->active.credentials();
    c.secretKey = uniqueSecret();
    c.mfaCode = QStringLiteral("654321");
    s->active.setCredentials(c);
    QVERIFY(s->active.isModified());

    QSignalSpy loaded(&s->active, &ActiveProfile::loaded);
    QSignalSpy modified(&s->active, &ActiveProfile::modifiedChanged);
    s->active.discardEdits();
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(modified.count(), 1);
    QVERIFY(!s->active.isModified());
    const auto profile = loaded.at(0).at(0).value<Profile>();
    QCOMPARE(profile.regionId, QStringLiteral("cn-north-4"));
    QVERIFY(profile.projectId.isEmpty());
    const auto shown = loaded.at(0).at(1).value<Credentials>();
    QCOMPARE(shown.secretKey, secret);
    QVERIFY(shown.mfaCode.isEmpty());
    QCOMPARE(s->active.profile(), *s->profiles.profile(m_name));
    QCOMPARE(s->active.credentials().secretKey, secret);
}

void TestActiveProfile::switchingMethodStoresOnlyThatMethodsSecrets()
{
    saveProfile(AuthMethod::TemporaryAkSk);
    storeSecret(SecretKind::SecretKey, uniqueSecret());
    storeSecret(SecretKind::SecurityToken, uniqueSecret());
    if (QTest::currentTestFailed())
        return;
    auto s = session();
    loadAndWait(*s, m_name);
    if (QTest::currentTestFailed())
        return;

    const QString token = uniqueSecret();
    const QString password = uniqueSecret();
    Credentials c = s->active.credentials();
    c.method = AuthMethod::Token;
    c.token = token;
    c.password = password; // typed for another method: not stored
    s->active.setCredentials(c);
    QCOMPARE(s->active.profile().authMethod, AuthMethod::Token);
    saveAndWait(*s, ActiveProfile::Severity::Info);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(ProfileStore(path()).profile(m_name)->authMethod, AuthMethod::Token);
    const auto storedToken = readStored(m_name, SecretKind::Token);
    QVERIFY(storedToken.has_value() && storedToken->found);
    QCOMPARE(storedToken->value, token);
    for (SecretKind kind : {SecretKind::SecretKey, SecretKind::SecurityToken, SecretKind::Password}) {
        const auto other = readStored(m_name, kind);
        QVERIFY(other.has_value());
        QVERIFY2(other->ok && !other->found, qPrintable(SecretKinds::id(kind)));
    }
    verifyNowhereInFiles(password);
}

void TestActiveProfile::mfaCodeIsNeverStored()
{
    saveProfile(AuthMethod::IamPassword);
    const QString password = uniqueSecret();
    const QString mfaCode =
        QStringLiteral("9") + QString::number(QRandomGenerator::global()->bounded(10000000, 99999999));
    {
        auto s = session();
        loadAndWait(*s, m_name);
        if (QTest::currentTestFailed())
            return;
        Credentials c = s->active.credentials();
        c.mfaUserId = QStringLiteral("7b6a5c4d3e2f41a0b9c8d7e6f5a4b3c2");
        c.password = password;
        c.mfaCode = mfaCode;
        s->active.setCredentials(c);
        QCOMPARE(s->active.credentials().mfaCode, mfaCode); // there for signing in now
        saveAndWait(*s, ActiveProfile::Severity::Info);
        if (QTest::currentTestFailed())
            return;
    }
    auto s = session();
    loadAndWait(*s, m_name);
    QCOMPARE(s->active.credentials().password, password);
    QCOMPARE(s->active.credentials().mfaUserId, QStringLiteral("7b6a5c4d3e2f41a0b9c8d7e6f5a4b3c2"));
    QVERIFY(s->active.credentials().mfaCode.isEmpty());
    for (SecretKind kind : SecretKinds::all()) {
        const auto stored = readStored(m_name, kind);
        QVERIFY(stored.has_value());
        QVERIFY(stored->value != mfaCode);
    }
    verifyNowhereInFiles(mfaCode);
}

void TestActiveProfile::renameElsewhereIsFollowed()
{
    saveProfile(AuthMethod::Token);
    const QString token = uniqueSecret();
    storeSecret(SecretKind::Token, token);
    if (QTest::currentTestFailed())
        return;
    auto s = session();
    loadAndWait(*s, m_name);
    if (QTest::currentTestFailed())
        return;

    QSignalSpy nameChanged(&s->active, &ActiveProfile::nameChanged);
    QSignalSpy moved(&s->secrets, &SecretStore::secretsMoved);
    QVERIFY(s->profiles.renameProfile(m_name, renamed())); // as the profile manager does
    QCOMPARE(nameChanged.count(), 1);
    QCOMPARE(nameChanged.at(0).at(0).toString(), renamed());
    QCOMPARE(s->active.name(), renamed());
    QCOMPARE(s->active.profile().name, renamed());
    QVERIFY(!s->active.isModified());
    QCOMPARE(s->active.credentials().token, token);
    QTRY_COMPARE_WITH_TIMEOUT(moved.count(), 1, KeychainTimeoutMs);

    Profile edited = s->active.profile();
    edited.regionId = QStringLiteral("cn-east-3");
    s->active.setProfileEdits(edited);
    saveAndWait(*s, ActiveProfile::Severity::Info);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(s->profiles.profileNames(), QStringList({renamed()}));
    QCOMPARE(s->profiles.profile(renamed())->regionId, QStringLiteral("cn-east-3"));

    auto fresh = session();
    loadAndWait(*fresh, renamed());
    QCOMPARE(fresh->active.credentials().token, token);
}

void TestActiveProfile::removalElsewhereIsSignalled()
{
    saveProfile(AuthMethod::AkSk);
    Profile other;
    other.name = QStringLiteral("other");
    other.regionId = QStringLiteral("cn-north-4");
    QVERIFY(ProfileStore(path()).saveProfile(other));
    auto s = session();
    loadAndWait(*s, m_name);
    if (QTest::currentTestFailed())
        return;
    Profile edited = s->active.profile();
    edited.regionId = QStringLiteral("cn-east-3");
    s->active.setProfileEdits(edited);

    QSignalSpy removed(&s->active, &ActiveProfile::activeProfileRemoved);
    QSignalSpy modified(&s->active, &ActiveProfile::modifiedChanged);
    QVERIFY(s->profiles.removeProfile(QStringLiteral("other"))); // another profile: nothing happens
    QCOMPARE(removed.count(), 0);
    QVERIFY(s->profiles.removeProfile(m_name));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), m_name);
    QVERIFY(!s->active.isLoaded());
    QVERIFY(s->active.name().isEmpty());
    QVERIFY(!s->active.isModified());
    QCOMPARE(modified.count(), 1);

    QString error;
    QVERIFY(!s->active.save(&error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!s->profiles.contains(m_name)); // not brought back
}

void TestActiveProfile::secretTypedBeforeStoredOneArrivesWins()
{
    saveProfile(AuthMethod::TemporaryAkSk);
    const QString storedKey = uniqueSecret();
    const QString storedToken = uniqueSecret();
    storeSecret(SecretKind::SecretKey, storedKey);
    storeSecret(SecretKind::SecurityToken, storedToken);
    if (QTest::currentTestFailed())
        return;
    auto s = session();
    QSignalSpy secretsLoaded(&s->active, &ActiveProfile::secretsLoaded);
    QVERIFY(s->active.load(m_name));
    QVERIFY(s->active.isLoadingSecrets());

    // The person types before the keychain has answered.
    const QString typedKey = uniqueSecret();
    Credentials c = s->active.credentials();
    c.secretKey = typedKey;
    s->active.setCredentials(c);
    QVERIFY(s->active.isModified());

    QTRY_COMPARE_WITH_TIMEOUT(secretsLoaded.count(), 1, KeychainTimeoutMs);
    const auto arrived = secretsLoaded.at(0).at(0).value<Credentials>();
    QCOMPARE(arrived.secretKey, typedKey);
    QCOMPARE(arrived.securityToken, storedToken); // not typed: filled in from the keychain
    QCOMPARE(s->active.credentials().secretKey, typedKey);
    QVERIFY(s->active.isModified());

    // Typing the stored value makes it unmodified again: the stored one is known now.
    c = s->active.credentials();
    c.secretKey = storedKey;
    s->active.setCredentials(c);
    QVERIFY(!s->active.isModified());
}

void TestActiveProfile::saveBeforeSecretsArriveKeepsStoredOnes()
{
    saveProfile(AuthMethod::AkSk);
    const QString secret = uniqueSecret();
    storeSecret(SecretKind::SecretKey, secret);
    if (QTest::currentTestFailed())
        return;
    auto s = session();
    QSignalSpy secretsLoaded(&s->active, &ActiveProfile::secretsLoaded);
    QVERIFY(s->active.load(m_name));
    Profile edited = s->active.profile();
    edited.regionId = QStringLiteral("cn-east-3");
    s->active.setProfileEdits(edited);
    // Saved before the keychain answered: the secret key, not yet shown, must not be wiped.
    saveAndWait(*s, ActiveProfile::Severity::Info);
    QTRY_COMPARE_WITH_TIMEOUT(secretsLoaded.count(), 1, KeychainTimeoutMs);
    QCOMPARE(s->active.credentials().secretKey, secret);
    QVERIFY(!s->active.isModified());
    const auto stored = readStored(m_name, SecretKind::SecretKey);
    QVERIFY(stored.has_value() && stored->found);
    QCOMPARE(stored->value, secret);
}

void TestActiveProfile::profileSavedElsewhereIsTakenOver()
{
    saveProfile(AuthMethod::AkSk);
    auto s = session();
    loadAndWait(*s, m_name);
    if (QTest::currentTestFailed())
        return;

    QSignalSpy loaded(&s->active, &ActiveProfile::loaded);
    Profile fromManager = *s->profiles.profile(m_name);
    fromManager.connectTimeoutSeconds = 42;
    QVERIFY(s->profiles.saveProfile(fromManager)); // the profile manager edits the open profile
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(s->active.profile().connectTimeoutSeconds, 42);
    QVERIFY(!s->active.isModified());

    // With edits here, they stay; the new saved state is what they are compared with.
    Profile edited = s->active.profile();
    edited.regionId = QStringLiteral("cn-east-3");
    s->active.setProfileEdits(edited);
    fromManager.connectTimeoutSeconds = 43;
    QVERIFY(s->profiles.saveProfile(fromManager));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(s->active.profile().regionId, QStringLiteral("cn-east-3"));
    QVERIFY(s->active.isModified());
    s->active.discardEdits();
    QCOMPARE(s->active.profile().connectTimeoutSeconds, 43);
}

void TestActiveProfile::invalidEditsAreNotSaved()
{
    saveProfile(AuthMethod::AkSk);
    auto s = session();
    loadAndWait(*s, m_name);
    if (QTest::currentTestFailed())
        return;
    Profile edited = s->active.profile();
    edited.regionId = QStringLiteral("nowhere-1");
    s->active.setProfileEdits(edited);
    QCOMPARE(s->active.problems().size(), 1);
    QSignalSpy notices(&s->active, &ActiveProfile::notice);
    QSignalSpy saved(&s->active, &ActiveProfile::saved);
    QString error;
    QVERIFY(!s->active.save(&error));
    QVERIFY(error.contains(QStringLiteral("nowhere-1")));
    QCOMPARE(notices.count(), 1);
    QVERIFY(notices.at(0).at(1).value<ActiveProfile::Severity>() == ActiveProfile::Severity::Error);
    QCOMPARE(ProfileStore(path()).profile(m_name)->regionId, QStringLiteral("cn-north-4"));
    QVERIFY(s->active.isModified());
    QCOMPARE(saved.count(), 0);
}

void TestActiveProfile::withoutKeychainSaveIsSessionOnly()
{
    saveProfile(AuthMethod::AkSk);
    auto s = session(SecretStore::Backend::Unavailable);
    QSignalSpy notices(&s->active, &ActiveProfile::notice);
    loadAndWait(*s, m_name);
    if (QTest::currentTestFailed())
        return;
    // Saved secrets could not be read: said once, as a warning.
    QCOMPARE(notices.count(), 1);
    QVERIFY(notices.at(0).at(1).value<ActiveProfile::Severity>() == ActiveProfile::Severity::Warning);

    const QString secret = uniqueSecret();
    Credentials c = s->active.credentials();
    c.secretKey = secret;
    s->active.setCredentials(c);
    QSignalSpy saveNotices(&s->active, &ActiveProfile::notice);
    saveAndWait(*s, ActiveProfile::Severity::Warning);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(saveNotices.at(0).at(0).toString(), SecretStore::sessionOnlyNotice());
    QVERIFY(!saveNotices.at(0).at(0).toString().contains(secret));
    QVERIFY(s->secrets.hasSessionOnlySecret(m_name, SecretKind::SecretKey));
    QVERIFY(!s->active.isModified());

    // Still there for this run.
    loadAndWait(*s, m_name);
    QCOMPARE(s->active.credentials().secretKey, secret);
    verifyNowhereInFiles(secret);
}

void TestActiveProfile::withoutKeychainOptInWritesUnencrypted()
{
    saveProfile(AuthMethod::Token, true);
    auto s = session(SecretStore::Backend::Unavailable);
    loadAndWait(*s, m_name);
    if (QTest::currentTestFailed())
        return;
    const QString token = uniqueSecret();
    Credentials c = s->active.credentials();
    c.token = token;
    s->active.setCredentials(c);
    QSignalSpy notices(&s->active, &ActiveProfile::notice);
    saveAndWait(*s, ActiveProfile::Severity::Warning);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(notices.at(0).at(0).toString(), PlainSecretFile::warning());
    const ProfileStore profiles(path());
    QCOMPARE(PlainSecretFile(profiles).read(m_name, SecretKind::Token).value_or(QString()), token);
}

void TestActiveProfile::firstRunGetsADefaultProfile()
{
    ProfileStore profiles(path());
    QVERIFY(profiles.profileNames().isEmpty());
    QString error;
    QVERIFY2(ActiveProfile::ensureProfileExists(&profiles, &error), qPrintable(error));
    QCOMPARE(profiles.profileNames(), QStringList({QStringLiteral("Default")}));
    QCOMPARE(profiles.profile(QStringLiteral("Default"))->regionId, RegionCatalog::defaultRegionId());
    QCOMPARE(profiles.startupProfileName(), QStringLiteral("Default"));

    QVERIFY(profiles.renameProfile(QStringLiteral("Default"), QStringLiteral("mine")));
    QVERIFY(ActiveProfile::ensureProfileExists(&profiles));
    QCOMPARE(profiles.profileNames(), QStringList({QStringLiteral("mine")})); // nothing added
}

RecordServer TestActiveProfile::teamServer()
{
    RecordServer server;
    server.host = QStringLiteral("db.example.com");
    server.database = QStringLiteral("endpointdesk");
    server.user = QStringLiteral("alice");
    return server;
}

void TestActiveProfile::recordPasswordGoesToTheKeychainOnly()
{
    qRegisterMetaType<RecordServer>();
    saveProfile(AuthMethod::Token);
    const QString password = uniqueSecret();
    {
        auto s = session();
        QSignalSpy changed(&s->active, &ActiveProfile::recordServerChanged);
        loadAndWait(*s, m_name);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!s->active.recordServer().isSet());
        QCOMPARE(changed.count(), 0); // this computer's file, as before

        Profile edited = s->active.profile();
        edited.recordServer = teamServer();
        s->active.setProfileEdits(edited);
        QVERIFY(s->active.isModified());
        QVERIFY(!s->active.recordServer().isSet()); // what is saved counts, not what is typed
        s->active.setRecordPassword(password);
        QCOMPARE(s->active.recordPassword(), password);
        saveAndWait(*s, ActiveProfile::Severity::Info);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!s->active.isModified());
        QCOMPARE(changed.count(), 1);
        const auto told = changed.at(0).at(0).value<RecordServer>();
        RecordServer expected = teamServer();
        expected.password = password;
        QVERIFY(told == expected);
        QVERIFY(s->active.recordServer() == expected);
        QVERIFY(s->profiles.profile(m_name)->recordServer.password.isEmpty());
    }
    const auto stored = readStored(m_name, SecretKind::RecordPassword);
    QVERIFY(stored.has_value() && stored->found);
    QCOMPARE(stored->storage, SecretStorage::Keychain);
    QCOMPARE(stored->value, password);
    verifyNowhereInFiles(password);

    // "Restart": the server is told whole once its password has come back from the keychain.
    auto s = session();
    QSignalSpy changed(&s->active, &ActiveProfile::recordServerChanged);
    QVERIFY(s->active.load(m_name));
    QCOMPARE(changed.count(), 0);
    QVERIFY(s->active.isLoadingSecrets());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, KeychainTimeoutMs);
    QVERIFY(!s->active.isLoadingSecrets());
    QCOMPARE(changed.at(0).at(0).value<RecordServer>().password, password);
    QCOMPARE(s->active.recordServer().password, password);
    QCOMPARE(s->active.recordPassword(), password);
    QVERIFY(!s->active.isModified());

    // Back to this computer's file: the password leaves the keychain.
    Profile local = s->active.profile();
    local.recordServer.host.clear();
    s->active.setProfileEdits(local);
    saveAndWait(*s, ActiveProfile::Severity::Info);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(changed.count(), 2);
    QVERIFY(!changed.at(1).at(0).value<RecordServer>().isSet());
    const auto removed = readStored(m_name, SecretKind::RecordPassword);
    QVERIFY(removed.has_value() && !removed->found);
}

void TestActiveProfile::recordServerFollowsSwitchesAndRemoval()
{
    qRegisterMetaType<RecordServer>();
    {
        ProfileStore profiles(path());
        Profile team;
        team.name = m_name;
        team.regionId = QStringLiteral("cn-north-4");
        team.recordServer = teamServer();
        QVERIFY(profiles.saveProfile(team));
        Profile alone = team;
        alone.name = renamed();
        alone.recordServer = RecordServer();
        QVERIFY(profiles.saveProfile(alone));
    }
    const QString password = uniqueSecret();
    storeSecret(SecretKind::RecordPassword, password);
    if (QTest::currentTestFailed())
        return;

    auto s = session();
    QSignalSpy changed(&s->active, &ActiveProfile::recordServerChanged);
    RecordServer expected = teamServer();
    expected.password = password;
    loadAndWait(*s, m_name);
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.at(0).at(0).value<RecordServer>() == expected);

    loadAndWait(*s, renamed()); // switched to a profile of its own file
    QCOMPARE(changed.count(), 2);
    QVERIFY(!changed.at(1).at(0).value<RecordServer>().isSet());

    loadAndWait(*s, m_name);
    QCOMPARE(changed.count(), 3);
    QVERIFY(changed.at(2).at(0).value<RecordServer>() == expected);
    loadAndWait(*s, m_name); // the same server again: nothing to tell
    QCOMPARE(changed.count(), 3);

    QVERIFY(s->profiles.removeProfile(m_name));
    QCOMPARE(changed.count(), 4);
    QVERIFY(!changed.at(3).at(0).value<RecordServer>().isSet());
    QVERIFY(!s->active.recordServer().isSet());
}

void TestActiveProfile::recordServerSavedElsewhereWhileEditedHere()
{
    qRegisterMetaType<RecordServer>();
    saveProfile(AuthMethod::Token);
    auto s = session();
    loadAndWait(*s, m_name);
    if (QTest::currentTestFailed())
        return;
    Profile edited = s->active.profile();
    edited.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    s->active.setProfileEdits(edited);
    QVERIFY(s->active.isModified());

    // The profile manager names a server and stores its password, while this one has edits.
    const QString password = uniqueSecret();
    storeSecret(SecretKind::RecordPassword, password);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy changed(&s->active, &ActiveProfile::recordServerChanged);
    Profile fromManager = *s->profiles.profile(m_name);
    fromManager.recordServer = teamServer();
    QVERIFY(s->profiles.saveProfile(fromManager));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, KeychainTimeoutMs);
    QCOMPARE(changed.at(0).at(0).value<RecordServer>().password, password);
    QCOMPARE(changed.at(0).at(0).value<RecordServer>().host, teamServer().host);
    // The edits stay; saving them keeps the manager's server.
    QCOMPARE(s->active.profile().projectId, edited.projectId);
    QVERIFY(s->active.isModified());
    saveAndWait(*s, ActiveProfile::Severity::Info);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(s->profiles.profile(m_name)->recordServer.host, teamServer().host);
    QCOMPARE(readStored(m_name, SecretKind::RecordPassword)->value, password);
    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(TestActiveProfile)
#include "tst_activeprofile.moc"
