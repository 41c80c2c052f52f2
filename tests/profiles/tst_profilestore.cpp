#include "ProfileStore.h"
#include "SettingsKeys.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace EndpointDesk;

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTrip();
    void recordServerRoundTrip();
    void recordTlsStaysOnUnlessTurnedOff();
    void regionThisVersionDoesNotListIsKept();
    void namesWithSeparatorsRoundTrip();
    void startupProfile_data();
    void startupProfile();
    void renameKeepsEveryKeyAndTheDefault();
    void duplicateAndRemove();
    void uniqueName();
    void invalidNameRefused();
    void migratesFromVersion1();
    void newerVersionIsReadButNeverWritten();
    void damagedFileIsMovedAsideAndReported();
    void garbageIsMovedAsideAndReportedOnce_data();
    void garbageIsMovedAsideAndReportedOnce();
    void unreadableFileIsMovedAside();
    void failedWriteIsReported();
    void twoStoresEditDifferentProfiles();
    void twoProcessesEditDifferentProfiles();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("EndpointDesk.conf")); }
    QString copyData(const QString &name);
    static Profile fullProfile(const QString &name);
    QStringList damagedFiles() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestProfileStore::copyData(const QString &name)
{
    const QString source = QStringLiteral(ENDPOINTDESK_TEST_DATA_DIR "/") + name;
    if (!QFile::copy(source, path()))
        return {};
    QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path();
}

QStringList TestProfileStore::damagedFiles() const
{
    return QDir(m_dir->path()).entryList({QStringLiteral("EndpointDesk.conf.damaged-*")}, QDir::Files | QDir::Dirs);
}

Profile TestProfileStore::fullProfile(const QString &name)
{
    Profile p;
    p.name = name;
    p.regionId = QStringLiteral("cn-east-3");
    p.endpointOverride = QStringLiteral("https://gateway.example.com/base");
    p.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    p.authMethod = AuthMethod::TemporaryAkSk;
    p.accountName = QStringLiteral("account");
    p.iamUserName = QStringLiteral("iam user");
    p.mfaUserId = QStringLiteral("mfa-user");
    p.accessKeyId = QStringLiteral("AKEXAMPLE");
    p.defaultVpcId = QStringLiteral("vpc-1");
    p.defaultSubnetId = QStringLiteral("subnet-1");
    p.defaultFlavor = QStringLiteral("normal");
    p.defaultAgency = QStringLiteral("fgs-agency");
    p.connectTimeoutSeconds = 7;
    p.readTimeoutSeconds = 90;
    p.proxyMode = ProxyMode::Manual;
    p.proxyHost = QStringLiteral("proxy.example.com");
    p.proxyPort = 3128;
    p.caFile = QStringLiteral("/etc/ssl/extra.pem");
    p.storeSecretsUnencrypted = true;
    return p;
}

void TestProfileStore::roundTrip()
{
    const Profile original = fullProfile(QStringLiteral("Production"));
    {
        ProfileStore store(path());
        QSignalSpy saved(&store, &ProfileStore::profileSaved);
        QVERIFY(store.saveProfile(original));
        QCOMPARE(saved.count(), 1);
    }
    ProfileStore reopened(path());
    QCOMPARE(reopened.profileNames(), QStringList{QStringLiteral("Production")});
    QVERIFY(reopened.profile(QStringLiteral("Production")) == original);
    QVERIFY(reopened.notices().isEmpty());
    QSettings raw(path(), QSettings::IniFormat);
    QCOMPARE(raw.value(SettingsKeys::SchemaVersion).toInt(), ProfileStore::CurrentSchemaVersion);
}

void TestProfileStore::recordServerRoundTrip()
{
    Profile original = fullProfile(QStringLiteral("Team"));
    original.recordServer.host = QStringLiteral("db.example.com");
    original.recordServer.port = 6432;
    original.recordServer.database = QStringLiteral("endpointdesk");
    original.recordServer.user = QStringLiteral("alice");
    original.recordServer.tls = false;
    original.recordServer.caFile = QStringLiteral("/etc/ssl/team-ca.pem");
    const QString password = QStringLiteral("record-password-never-in-the-file");
    Profile withPassword = original;
    withPassword.recordServer.password = password;
    {
        ProfileStore store(path());
        QVERIFY(store.saveProfile(withPassword));
    }
    ProfileStore reopened(path());
    const std::optional<Profile> read = reopened.profile(QStringLiteral("Team"));
    QVERIFY(read);
    QCOMPARE(read->recordServer.host, QStringLiteral("db.example.com"));
    QCOMPARE(read->recordServer.port, 6432);
    QCOMPARE(read->recordServer.database, QStringLiteral("endpointdesk"));
    QCOMPARE(read->recordServer.user, QStringLiteral("alice"));
    QCOMPARE(read->recordServer.tls, false);
    QCOMPARE(read->recordServer.caFile, QStringLiteral("/etc/ssl/team-ca.pem"));
    QVERIFY(read->recordServer.password.isEmpty());
    QVERIFY(*read == original);
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(password.toUtf8()));

    // Back to this computer's file.
    Profile local = original;
    local.recordServer.host.clear();
    QVERIFY(reopened.saveProfile(local));
    QVERIFY(!ProfileStore(path()).profile(QStringLiteral("Team"))->recordServer.isSet());
}

void TestProfileStore::recordTlsStaysOnUnlessTurnedOff()
{
    {
        QSettings raw(path(), QSettings::IniFormat);
        raw.setValue(SettingsKeys::SchemaVersion, ProfileStore::CurrentSchemaVersion);
        for (const char *name : {"Absent", "Garbled", "Off"}) {
            const QString group = ProfileStore::groupFor(QString::fromLatin1(name));
            raw.setValue(group + u'/' + SettingsKeys::Region, QStringLiteral("cn-north-4"));
            raw.setValue(group + u'/' + SettingsKeys::RecordHost, QStringLiteral("db.example.com"));
        }
        raw.setValue(ProfileStore::groupFor(QStringLiteral("Garbled")) + u'/' + SettingsKeys::RecordTls,
                     QStringLiteral("perhaps"));
        raw.setValue(ProfileStore::groupFor(QStringLiteral("Garbled")) + u'/' + SettingsKeys::RecordPort,
                     QStringLiteral("70000"));
        raw.setValue(ProfileStore::groupFor(QStringLiteral("Off")) + u'/' + SettingsKeys::RecordTls, false);
    }
    ProfileStore store(path());
    const RecordServer absent = store.profile(QStringLiteral("Absent"))->recordServer;
    QVERIFY(absent.tls);
    QCOMPARE(absent.port, RecordServer::DefaultPort);
    const RecordServer garbled = store.profile(QStringLiteral("Garbled"))->recordServer;
    QVERIFY(garbled.tls);
    QCOMPARE(garbled.port, RecordServer::DefaultPort);
    QVERIFY(!store.profile(QStringLiteral("Off"))->recordServer.tls);
}

void TestProfileStore::regionThisVersionDoesNotListIsKept()
{
    Profile far = fullProfile(QStringLiteral("Far away"));
    far.regionId = QStringLiteral("xy-central-7");
    {
        ProfileStore store(path());
        QVERIFY(store.saveProfile(far));
    }
    ProfileStore reopened(path());
    QCOMPARE(reopened.profile(QStringLiteral("Far away"))->regionId, QStringLiteral("xy-central-7"));
    QVERIFY(reopened.notices().isEmpty());
}

void TestProfileStore::namesWithSeparatorsRoundTrip()
{
    const QStringList names = {QStringLiteral("a/b"), QStringLiteral("c\\d"), QStringLiteral("prod %20 ü")};
    {
        ProfileStore store(path());
        for (const QString &name : names)
            QVERIFY(store.saveProfile(fullProfile(name)));
    }
    ProfileStore reopened(path());
    QStringList expected = names;
    std::sort(expected.begin(), expected.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    QCOMPARE(reopened.profileNames(), expected);
    for (const QString &name : names)
        QCOMPARE(reopened.profile(name)->name, name);
}

void TestProfileStore::startupProfile_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("lastUsed");
    QTest::addColumn<QString>("defaultName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("requested wins") << "B"
                                    << "C"
                                    << "A"
                                    << "B";
    QTest::newRow("unknown request falls to last used") << "nope"
                                                        << "C"
                                                        << "A"
                                                        << "C";
    QTest::newRow("last used before default") << ""
                                              << "C"
                                              << "A"
                                              << "C";
    QTest::newRow("default when no last used") << ""
                                               << ""
                                               << "B"
                                               << "B";
    QTest::newRow("stale names fall to the first") << ""
                                                   << "gone"
                                                   << "gone too"
                                                   << "A";
}

void TestProfileStore::startupProfile()
{
    QFETCH(QString, requested);
    QFETCH(QString, lastUsed);
    QFETCH(QString, defaultName);
    QFETCH(QString, expected);
    ProfileStore store(path());
    for (const char *name : {"A", "B", "C"})
        QVERIFY(store.saveProfile(fullProfile(QString::fromLatin1(name))));
    QVERIFY(store.setLastUsedProfileName(lastUsed));
    QVERIFY(store.setDefaultProfileName(defaultName));
    ProfileStore reopened(path());
    QCOMPARE(reopened.lastUsedProfileName(), lastUsed);
    QCOMPARE(reopened.defaultProfileName(), defaultName);
    QCOMPARE(reopened.startupProfileName(requested), expected);
}

void TestProfileStore::renameKeepsEveryKeyAndTheDefault()
{
    ProfileStore store(path());
    QVERIFY(store.saveProfile(fullProfile(QStringLiteral("Old"))));
    QVERIFY(store.setDefaultProfileName(QStringLiteral("Old")));
    {
        // A key this version does not know, as a newer one might add.
        QSettings raw(path(), QSettings::IniFormat);
        raw.setValue(ProfileStore::groupFor(QStringLiteral("Old")) + QStringLiteral("/laterKey"), QStringLiteral("x"));
    }
    QSignalSpy renamed(&store, &ProfileStore::profileRenamed);
    QVERIFY(store.renameProfile(QStringLiteral("Old"), QStringLiteral("New")));
    QCOMPARE(renamed.count(), 1);
    QCOMPARE(renamed.at(0).at(0).toString(), QStringLiteral("Old"));
    QCOMPARE(renamed.at(0).at(1).toString(), QStringLiteral("New"));
    QCOMPARE(store.profileNames(), QStringList{QStringLiteral("New")});
    QCOMPARE(store.defaultProfileName(), QStringLiteral("New"));
    Profile expected = fullProfile(QStringLiteral("New"));
    QVERIFY(store.profile(QStringLiteral("New")) == expected);
    QSettings raw(path(), QSettings::IniFormat);
    QCOMPARE(raw.value(ProfileStore::groupFor(QStringLiteral("New")) + QStringLiteral("/laterKey")).toString(),
             QStringLiteral("x"));

    QString error;
    QVERIFY(store.saveProfile(fullProfile(QStringLiteral("Other"))));
    QVERIFY(!store.renameProfile(QStringLiteral("Other"), QStringLiteral("New"), &error));
    QVERIFY(error.contains(QStringLiteral("already exists")));
}

void TestProfileStore::duplicateAndRemove()
{
    ProfileStore store(path());
    QVERIFY(store.saveProfile(fullProfile(QStringLiteral("A"))));
    QVERIFY(store.setLastUsedProfileName(QStringLiteral("A")));
    QVERIFY(store.duplicateProfile(QStringLiteral("A"), QStringLiteral("A copy")));
    QCOMPARE(store.profile(QStringLiteral("A copy"))->accessKeyId, QStringLiteral("AKEXAMPLE"));
    QSignalSpy removed(&store, &ProfileStore::profileRemoved);
    QVERIFY(store.removeProfile(QStringLiteral("A")));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(store.profileNames(), QStringList{QStringLiteral("A copy")});
    QVERIFY(store.lastUsedProfileName().isEmpty());
    QVERIFY(!store.removeProfile(QStringLiteral("A")));
}

void TestProfileStore::uniqueName()
{
    ProfileStore store(path());
    QCOMPARE(store.uniqueName(QStringLiteral("P")), QStringLiteral("P"));
    QVERIFY(store.saveProfile(fullProfile(QStringLiteral("P"))));
    QVERIFY(store.saveProfile(fullProfile(QStringLiteral("P (2)"))));
    QCOMPARE(store.uniqueName(QStringLiteral("P")), QStringLiteral("P (3)"));
    QCOMPARE(store.uniqueName(QStringLiteral("P"), {QStringLiteral("P (3)")}), QStringLiteral("P (4)"));
}

void TestProfileStore::invalidNameRefused()
{
    ProfileStore store(path());
    QString error;
    QVERIFY(!store.saveProfile(fullProfile(QStringLiteral(" padded")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!store.saveProfile(fullProfile(QString()), &error));
    QVERIFY(store.profileNames().isEmpty());
}

void TestProfileStore::migratesFromVersion1()
{
    QVERIFY(!copyData(QStringLiteral("profiles-v1.ini")).isEmpty());
    ProfileStore store(path());
    QCOMPARE(store.fileSchemaVersion(), 1);
    QVERIFY(!store.isReadOnly());
    QCOMPARE(store.profileNames(), (QStringList{QStringLiteral("Production"), QStringLiteral("Staging")}));
    const Profile production = *store.profile(QStringLiteral("Production"));
    QCOMPARE(production.endpointOverride, QStringLiteral("https://gateway.example.com"));
    QCOMPARE(production.authMethod, AuthMethod::AkSk);
    QCOMPARE(production.accessKeyId, QStringLiteral("AKEXAMPLE"));
    const Profile staging = *store.profile(QStringLiteral("Staging"));
    QCOMPARE(staging.authMethod, AuthMethod::IamPassword);
    QCOMPARE(staging.iamUserName, QStringLiteral("deployer"));
    QCOMPARE(store.defaultProfileName(), QStringLiteral("Production"));

    QSettings raw(path(), QSettings::IniFormat);
    QCOMPARE(raw.value(SettingsKeys::SchemaVersion).toInt(), 2);
    QVERIFY(!raw.contains(ProfileStore::groupFor(QStringLiteral("Production")) + u'/' + SettingsKeys::V1Endpoint));
    QCOMPARE(
        raw.value(ProfileStore::groupFor(QStringLiteral("Production")) + u'/' + SettingsKeys::AuthMethod).toString(),
        QStringLiteral("aksk"));
    // A second opening has nothing left to migrate.
    ProfileStore again(path());
    QCOMPARE(again.fileSchemaVersion(), 2);
    QVERIFY(again.profile(QStringLiteral("Production")) == production);
}

void TestProfileStore::newerVersionIsReadButNeverWritten()
{
    QVERIFY(!copyData(QStringLiteral("profiles-v3.ini")).isEmpty());
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    ProfileStore store(path());
    QCOMPARE(store.fileSchemaVersion(), 3);
    QVERIFY(store.isReadOnly());
    QCOMPARE(store.notices().size(), 1);
    const Profile future = *store.profile(QStringLiteral("Future"));
    QCOMPARE(future.iamUserName, QStringLiteral("ops"));
    QCOMPARE(future.authMethod, AuthMethod::Token); // "passkey" is not understood
    QString error;
    QVERIFY(!store.saveProfile(fullProfile(QStringLiteral("Mine")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!store.removeProfile(QStringLiteral("Future")));
    QVERIFY(!store.setLastUsedProfileName(QStringLiteral("Future")));

    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestProfileStore::damagedFileIsMovedAsideAndReported()
{
    const QByteArray damaged = "[General]\nschemaVersion=2\n\n[profiles]\nGood\\name=Good\nGood\\region=cn-east-3\n"
                               "[broken section\n\x01\xff\xfe garbage\n";
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(damaged);
    }
    ProfileStore store(path());
    QCOMPARE(store.notices().size(), 1);
    QVERIFY(store.notices().constFirst().contains(QStringLiteral(".damaged-")));
    const QStringList aside = damagedFiles();
    QCOMPARE(aside.size(), 1);
    QFile moved(m_dir->filePath(aside.constFirst()));
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), damaged);
    // What could be read is kept, and the store works.
    QCOMPARE(store.profile(QStringLiteral("Good"))->regionId, QStringLiteral("cn-east-3"));
    QVERIFY(store.saveProfile(fullProfile(QStringLiteral("New"))));
    QCOMPARE(QSettings(path(), QSettings::IniFormat).status(), QSettings::NoError);
    ProfileStore reopened(path());
    QVERIFY(reopened.notices().isEmpty());
    QCOMPARE(reopened.profileNames().size(), 2);
}

void TestProfileStore::garbageIsMovedAsideAndReportedOnce_data()
{
    QTest::addColumn<QByteArray>("bytes");
    // Qt's reader takes random bytes for keys and reports an error only when it next writes.
    for (quint32 seed = 1; seed <= 4; ++seed) {
        QRandomGenerator generator(seed);
        QByteArray bytes;
        for (int i = 0; i < 4096; ++i)
            bytes.append(char(generator.bounded(256)));
        QTest::addRow("random bytes, seed %u", seed) << bytes;
    }
    // These it takes without any error, and writes back as keys.
    QTest::newRow("control characters in a value") << QByteArray("[General]\nkey=\x01\x02\n");
    QTest::newRow("not UTF-8") << QByteArray("\xff\xfe=1\n");
    QTest::newRow("NUL in a key") << QByteArray("k\0=v\n", 5);
}

void TestProfileStore::garbageIsMovedAsideAndReportedOnce()
{
    QFETCH(QByteArray, bytes);
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    ProfileStore store(path());
    QCOMPARE(store.notices().size(), 1);
    QVERIFY2(store.notices().constFirst().contains(QStringLiteral("damaged")), qPrintable(store.notices().join(u'\n')));
    QCOMPARE(damagedFiles().size(), 1);
    QFile moved(m_dir->filePath(damagedFiles().constFirst()));
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), bytes);

    // A clean start: no garbage written back as keys, and saving works without a word.
    QVERIFY(store.profileNames().isEmpty());
    QSignalSpy problems(&store, &ProfileStore::storageProblem);
    QVERIFY(store.saveProfile(fullProfile(QStringLiteral("Fresh"))));
    QVERIFY(store.setLastUsedProfileName(QStringLiteral("Fresh")));
    QCOMPARE(problems.size(), 0);
    QSettings written(path(), QSettings::IniFormat);
    const QStringList keys = written.allKeys();
    for (const QString &key : keys)
        QVERIFY2(key == SettingsKeys::SchemaVersion || key == SettingsKeys::LastUsedProfile
                     || key.startsWith(SettingsKeys::ProfilesGroup + QStringLiteral("/Fresh/")),
                 qPrintable(key));
    ProfileStore reopened(path());
    QVERIFY(reopened.notices().isEmpty());
    QCOMPARE(reopened.profileNames(), QStringList{QStringLiteral("Fresh")});
    QCOMPARE(damagedFiles().size(), 1);
}

void TestProfileStore::unreadableFileIsMovedAside()
{
    // Tests may run as root, who can read any file: a directory in its place cannot be read by anyone.
    QVERIFY(QDir().mkpath(path()));
    ProfileStore store(path());
    QCOMPARE(store.notices().size(), 1);
    QCOMPARE(damagedFiles().size(), 1);
    QVERIFY(store.profileNames().isEmpty());
    QVERIFY(store.saveProfile(fullProfile(QStringLiteral("Fresh"))));
    QVERIFY(QFileInfo(path()).isFile());
}

void TestProfileStore::failedWriteIsReported()
{
    // A regular file where the settings folder should be: the write cannot succeed.
    const QString blocker = m_dir->filePath(QStringLiteral("not-a-folder"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    ProfileStore store(blocker + QStringLiteral("/EndpointDesk.conf"));
    QSignalSpy problems(&store, &ProfileStore::storageProblem);
    QString error;
    QVERIFY(!store.saveProfile(fullProfile(QStringLiteral("P")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(problems.count() >= 1);
}

void TestProfileStore::twoStoresEditDifferentProfiles()
{
    ProfileStore first(path());
    ProfileStore second(path());
    QVERIFY(first.saveProfile(fullProfile(QStringLiteral("One"))));
    QVERIFY(second.saveProfile(fullProfile(QStringLiteral("Two"))));
    Profile one = fullProfile(QStringLiteral("One"));
    one.defaultVpcId = QStringLiteral("vpc-changed-by-first");
    QVERIFY(first.saveProfile(one));
    QVERIFY(second.renameProfile(QStringLiteral("Two"), QStringLiteral("Two renamed")));
    QVERIFY(first.setDefaultProfileName(QStringLiteral("One")));

    ProfileStore third(path());
    QCOMPARE(third.profileNames(), (QStringList{QStringLiteral("One"), QStringLiteral("Two renamed")}));
    QCOMPARE(third.profile(QStringLiteral("One"))->defaultVpcId, QStringLiteral("vpc-changed-by-first"));
    QCOMPARE(first.profileNames(), third.profileNames());
    QCOMPARE(second.defaultProfileName(), QStringLiteral("One"));
}

void TestProfileStore::twoProcessesEditDifferentProfiles()
{
    const int iterations = 60;
    QProcess a;
    QProcess b;
    QSignalSpy aDone(&a, &QProcess::finished);
    QSignalSpy bDone(&b, &QProcess::finished);
    const QStringList common = {path()};
    a.start(QStringLiteral(ENDPOINTDESK_WRITER),
            common + QStringList{QStringLiteral("Alpha"), QString::number(iterations)});
    b.start(QStringLiteral(ENDPOINTDESK_WRITER),
            common + QStringList{QStringLiteral("Beta"), QString::number(iterations)});
    QTRY_COMPARE_WITH_TIMEOUT(aDone.count(), 1, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(bDone.count(), 1, 60000);
    QCOMPARE(a.exitCode(), 0);
    QCOMPARE(b.exitCode(), 0);

    QCOMPARE(QSettings(path(), QSettings::IniFormat).status(), QSettings::NoError);
    ProfileStore store(path());
    QVERIFY(store.notices().isEmpty());
    QCOMPARE(store.profileNames(), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));
    for (const QString &name : {QStringLiteral("Alpha"), QStringLiteral("Beta")}) {
        const Profile p = *store.profile(name);
        QCOMPARE(p.defaultVpcId, QStringLiteral("vpc-%1").arg(iterations));
        QCOMPARE(p.readTimeoutSeconds, iterations);
    }
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
