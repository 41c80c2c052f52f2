// Against the real Secret Service (gnome-keyring) that scripts/run-tests.sh provides. Without a
// keychain these tests fail rather than skip: the fallback has its own test.
#include "ProfileStore.h"
#include "SecretStore.h"
#include "SecretTestSupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace EndpointDesk;
using namespace EndpointDesk::TestSupport;

class TestSecretStoreKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void writeReadBackAndDelete();
    void typedSecretComesBackAndIsNowhereElse();
    void renameMovesSecretsAndRemoveDeletesThem();

private:
    static QString uniqueSecret()
    {
        return QStringLiteral("EDK-secret-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    void writeToKeychain(ProfileStore &profiles, const QString &name, SecretKind kind, const QString &value);

    QString m_settingsPath;
    QString m_profile;
};

void TestSecretStoreKeychain::initTestCase()
{
    MessageLog::install();
    QStandardPaths::setTestModeEnabled(true);
    m_settingsPath =
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/EndpointDesk.conf");
}

void TestSecretStoreKeychain::init()
{
    QFile::remove(m_settingsPath);
    // A fresh name each time, so a run never reads what an earlier one left behind.
    m_profile = QStringLiteral("keychain test ") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    ProfileStore profiles(m_settingsPath);
    Profile p;
    p.name = m_profile;
    p.regionId = QStringLiteral("cn-north-4");
    p.authMethod = AuthMethod::AkSk;
    p.accessKeyId = QStringLiteral("AKEXAMPLE");
    QVERIFY(profiles.saveProfile(p));
}

void TestSecretStoreKeychain::cleanup()
{
    ProfileStore profiles(m_settingsPath);
    SecretStore store(&profiles);
    for (const QString &name : {m_profile, QString(m_profile + QStringLiteral(" renamed"))})
        await([&](QObject *context, SecretStore::Callback done) { store.removeAll(name, context, done); });
    QFile::remove(m_settingsPath);
}

void TestSecretStoreKeychain::writeToKeychain(ProfileStore &profiles, const QString &name, SecretKind kind,
                                              const QString &value)
{
    SecretStore store(&profiles);
    const auto written =
        await([&](QObject *context, SecretStore::Callback done) { store.write(name, kind, value, context, done); });
    QVERIFY(written.has_value());
    QVERIFY2(written->storage == SecretStorage::Keychain,
             "the Secret Service did not take the secret; run the tests through scripts/run-tests.sh");
    QVERIFY(written->ok);
    QVERIFY(!store.hasSessionOnlySecrets());
}

void TestSecretStoreKeychain::writeReadBackAndDelete()
{
    ProfileStore profiles(m_settingsPath);
    const QString secret = uniqueSecret();
    writeToKeychain(profiles, m_profile, SecretKind::SecretKey, secret);
    if (QTest::currentTestFailed())
        return;

    SecretStore fresh(&profiles); // nothing in memory: the value must come from the keychain
    const auto read = await([&](QObject *context, SecretStore::Callback done) {
        fresh.read(m_profile, SecretKind::SecretKey, context, done);
    });
    QVERIFY(read.has_value());
    QVERIFY(read->ok);
    QVERIFY(read->found);
    QCOMPARE(read->storage, SecretStorage::Keychain);
    QCOMPARE(read->value, secret);
    // Another kind of the same profile is a different entry.
    const auto other = await([&](QObject *context, SecretStore::Callback done) {
        fresh.read(m_profile, SecretKind::Password, context, done);
    });
    QVERIFY(other.has_value() && other->ok && !other->found);

    const auto removed = await([&](QObject *context, SecretStore::Callback done) {
        fresh.remove(m_profile, SecretKind::SecretKey, context, done);
    });
    QVERIFY(removed.has_value() && removed->ok);
    SecretStore afterDelete(&profiles);
    const auto gone = await([&](QObject *context, SecretStore::Callback done) {
        afterDelete.read(m_profile, SecretKind::SecretKey, context, done);
    });
    QVERIFY(gone.has_value());
    QVERIFY(gone->ok);
    QVERIFY(!gone->found);
}

void TestSecretStoreKeychain::typedSecretComesBackAndIsNowhereElse()
{
    const QString secret = uniqueSecret();
    {
        ProfileStore profiles(m_settingsPath);
        writeToKeychain(profiles, m_profile, SecretKind::Password, secret);
        if (QTest::currentTestFailed())
            return;
    }
    // "Restart": new stores on the same file.
    ProfileStore profiles(m_settingsPath);
    SecretStore store(&profiles);
    const auto read = await([&](QObject *context, SecretStore::Callback done) {
        store.read(m_profile, SecretKind::Password, context, done);
    });
    QVERIFY(read.has_value() && read->found);
    QCOMPARE(read->storage, SecretStorage::Keychain);
    QCOMPARE(read->value, secret);

    QCOMPARE(filesContaining(foldersToScan({QFileInfo(m_settingsPath).absolutePath()}), secret), QStringList());
    const QStringList lines = MessageLog::lines();
    for (const QString &line : lines)
        QVERIFY2(!line.contains(secret), qPrintable(QStringLiteral("a log line carries the secret")));
}

void TestSecretStoreKeychain::renameMovesSecretsAndRemoveDeletesThem()
{
    ProfileStore profiles(m_settingsPath);
    const QString secret = uniqueSecret();
    writeToKeychain(profiles, m_profile, SecretKind::Token, secret);
    if (QTest::currentTestFailed())
        return;

    SecretStore store(&profiles);
    QSignalSpy moved(&store, &SecretStore::secretsMoved);
    const QString renamed = m_profile + QStringLiteral(" renamed");
    QVERIFY(profiles.renameProfile(m_profile, renamed));
    QTRY_COMPARE_WITH_TIMEOUT(moved.count(), 1, 30000);
    QCOMPARE(moved.at(0).at(2).toBool(), true);

    SecretStore fresh(&profiles);
    auto atNew = await([&](QObject *c, SecretStore::Callback d) { fresh.read(renamed, SecretKind::Token, c, d); });
    QVERIFY(atNew.has_value() && atNew->found);
    QCOMPARE(atNew->value, secret);
    auto atOld = await([&](QObject *c, SecretStore::Callback d) { fresh.read(m_profile, SecretKind::Token, c, d); });
    QVERIFY(atOld.has_value() && atOld->ok && !atOld->found);

    QSignalSpy removed(&store, &SecretStore::secretsRemoved);
    QVERIFY(profiles.removeProfile(renamed));
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 30000);
    QCOMPARE(removed.at(0).at(1).toBool(), true);
    SecretStore afterRemove(&profiles);
    auto gone = await([&](QObject *c, SecretStore::Callback d) { afterRemove.read(renamed, SecretKind::Token, c, d); });
    QVERIFY(gone.has_value() && gone->ok && !gone->found);
}

QTEST_GUILESS_MAIN(TestSecretStoreKeychain)
#include "tst_secretstorekeychain.moc"
