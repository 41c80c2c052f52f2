// A Secret Service that comes up after Endpoint Desk, as right after logging in: the test runs its own
// D-Bus session bus without service activation, and starts a real gnome-keyring on it only once the
// first keychain call has found no service. Needs dbus-daemon and gnome-keyring-daemon (see
// scripts/debian-packages.txt); fails, never skips, without them.
#include "ProfileStore.h"
#include "SecretStore.h"
#include "SecretTestSupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace EndpointDesk;
using namespace EndpointDesk::TestSupport;
using namespace std::chrono_literals;

class TestSecretStoreLateKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fallsBackWhenNoServiceComes();
    void waitsForALateService();

private:
    void startKeyring();
    QString path() const { return m_dir.filePath(QStringLiteral("EndpointDesk.conf")); }
    QString saveProfile(const QString &name);

    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
};

void TestSecretStoreLateKeychain::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A session bus that starts nothing by itself: the keychain is there only once this test starts it.
    const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=%1</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)")
                   .arg(m_dir.filePath(QStringLiteral("bus")))
                   .toUtf8());
    file.close();
    m_bus.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                                                QStringLiteral("--print-address")});
    QVERIFY2(m_bus.waitForStarted(), "dbus-daemon is missing: install the packages of scripts/debian-packages.txt");
    QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 10000);
    const QByteArray address = m_bus.readLine().trimmed();
    QVERIFY(!address.isEmpty());
    // Before any D-Bus use in this process.
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
}

void TestSecretStoreLateKeychain::cleanupTestCase()
{
    for (QProcess *process : {&m_keyring, &m_bus}) {
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(5000))
                process->kill();
            process->waitForFinished(5000);
        }
    }
}

void TestSecretStoreLateKeychain::startKeyring()
{
    // Its own runtime and data folders, so it never meets the keyring of whoever runs the test.
    for (const char *folder : {"runtime", "home", "data"})
        QVERIFY(QDir(m_dir.path()).mkpath(QString::fromLatin1(folder)));
    QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));
    environment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    m_keyring.setProcessEnvironment(environment);
    m_keyring.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"), {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                                                             QStringLiteral("--components=secrets")});
    QVERIFY2(m_keyring.waitForStarted(), "gnome-keyring-daemon is missing");
    m_keyring.write("endpoint-desk-test");
    m_keyring.closeWriteChannel();
}

QString TestSecretStoreLateKeychain::saveProfile(const QString &name)
{
    ProfileStore profiles(path());
    Profile p;
    p.name = name;
    p.regionId = QStringLiteral("cn-north-4");
    [&] { QVERIFY(profiles.saveProfile(p)); }();
    return name;
}

void TestSecretStoreLateKeychain::fallsBackWhenNoServiceComes()
{
    const QString profile = saveProfile(QStringLiteral("no service"));
    ProfileStore profiles(path());
    SecretStore store(&profiles);
    store.setKeychainRetryWindow(300ms);
    QSignalSpy retrying(&store, &SecretStore::keychainRetrying);
    const auto written = await([&](QObject *c, SecretStore::Callback d) {
        store.write(profile, SecretKind::Password, QStringLiteral("kept for now"), c, d);
    });
    QVERIFY(written.has_value() && written->ok);
    QCOMPARE(written->storage, SecretStorage::SessionOnly);
    QVERIFY(retrying.size() >= 1);
    QCOMPARE(store.pendingJobs(), 0);

    // The window passed without a service: the next call falls back without waiting again.
    retrying.clear();
    const auto read =
        await([&](QObject *c, SecretStore::Callback d) { store.read(profile, SecretKind::SecretKey, c, d); });
    QVERIFY(read.has_value());
    QCOMPARE(retrying.size(), 0);
}

void TestSecretStoreLateKeychain::waitsForALateService()
{
    const QString profile = saveProfile(QStringLiteral("late service"));
    const QString secret = QStringLiteral("EDK-late-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    ProfileStore profiles(path());
    SecretStore store(&profiles);
    // Long enough for gnome-keyring to come up on a loaded machine; the default is shorter.
    store.setKeychainRetryWindow(60s);
    QSignalSpy retrying(&store, &SecretStore::keychainRetrying);
    connect(&store, &SecretStore::keychainRetrying, this, [this] {
        if (m_keyring.state() == QProcess::NotRunning)
            startKeyring();
    });

    const auto written = await(
        [&](QObject *c, SecretStore::Callback d) { store.write(profile, SecretKind::Password, secret, c, d); }, 90000);
    QVERIFY(written.has_value() && written->ok);
    QVERIFY2(retrying.size() >= 1, "the first call should have found no service");
    QCOMPARE(written->storage, SecretStorage::Keychain);
    QVERIFY(!store.hasSessionOnlySecrets());

    SecretStore nextRun(&profiles);
    const auto read =
        await([&](QObject *c, SecretStore::Callback d) { nextRun.read(profile, SecretKind::Password, c, d); });
    QVERIFY(read.has_value() && read->found);
    QCOMPARE(read->storage, SecretStorage::Keychain);
    QCOMPARE(read->value, secret);
}

QTEST_GUILESS_MAIN(TestSecretStoreLateKeychain)
#include "tst_secretstorelatekeychain.moc"
