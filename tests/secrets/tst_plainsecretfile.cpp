#include "PlainSecretFile.h"
#include "ProfileJson.h"
#include "ProfileStore.h"
#include "SettingsKeys.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace EndpointDesk;

class TestPlainSecretFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void secretsMakeTheFileOwnerOnly()
    {
        ProfileStore store(path());
        QVERIFY(store.saveProfile(profile(QStringLiteral("P"))));
        QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                          | QFileDevice::ReadOther);
        PlainSecretFile secrets(store);
        QVERIFY(secrets.write(QStringLiteral("P"), SecretKind::Password, QStringLiteral("s3cr3t-x")));
        QCOMPARE(QFile::permissions(path()) & others(), QFileDevice::Permissions());
        QCOMPARE(secrets.read(QStringLiteral("P"), SecretKind::Password), QStringLiteral("s3cr3t-x"));
        QCOMPARE(secrets.kinds(QStringLiteral("P")), QList<SecretKind>{SecretKind::Password});
        QVERIFY(!secrets.read(QStringLiteral("P"), SecretKind::Token).has_value());
        // Later writes of the profiles keep the file private.
        QVERIFY(store.saveProfile(profile(QStringLiteral("Q"))));
        QCOMPARE(QFile::permissions(path()) & others(), QFileDevice::Permissions());
        // The secret is no part of the profile value, so not of an export either.
        QVERIFY(!ProfileJson::exportProfiles(store.profiles()).contains("s3cr3t-x"));
        // Renaming the profile carries it along; removing the profile removes it.
        QVERIFY(store.renameProfile(QStringLiteral("P"), QStringLiteral("P2")));
        QCOMPARE(secrets.read(QStringLiteral("P2"), SecretKind::Password), QStringLiteral("s3cr3t-x"));
        QVERIFY(store.removeProfile(QStringLiteral("P2")));
        QVERIFY(!secrets.read(QStringLiteral("P2"), SecretKind::Password).has_value());
        QVERIFY(!fileBytes().contains("s3cr3t-x"));
    }

    void storedUnderTheClearlyNamedKey()
    {
        ProfileStore store(path());
        QVERIFY(store.saveProfile(profile(QStringLiteral("a/b"))));
        QVERIFY(PlainSecretFile(store).write(QStringLiteral("a/b"), SecretKind::SecretKey, QStringLiteral("sk-1")));
        QSettings raw(path(), QSettings::IniFormat);
        QCOMPARE(raw.value(ProfileStore::groupFor(QStringLiteral("a/b")) + u'/' + SettingsKeys::UnencryptedSecretsGroup
                           + QStringLiteral("/secret-key"))
                     .toString(),
                 QStringLiteral("sk-1"));
    }

    void removeTakesOneKindAndRemoveAllTheRest()
    {
        ProfileStore store(path());
        QVERIFY(store.saveProfile(profile(QStringLiteral("P"))));
        PlainSecretFile secrets(store);
        QVERIFY(secrets.write(QStringLiteral("P"), SecretKind::SecretKey, QStringLiteral("sk-2")));
        QVERIFY(secrets.write(QStringLiteral("P"), SecretKind::SecurityToken, QStringLiteral("st-2")));
        {
            // A kind written by a newer version.
            QSettings raw(path(), QSettings::IniFormat);
            raw.setValue(ProfileStore::groupFor(QStringLiteral("P")) + u'/' + SettingsKeys::UnencryptedSecretsGroup
                             + QStringLiteral("/passkey"),
                         QStringLiteral("pk-2"));
        }
        QCOMPARE(secrets.kinds(QStringLiteral("P")),
                 (QList<SecretKind>{SecretKind::SecretKey, SecretKind::SecurityToken}));
        QVERIFY(secrets.remove(QStringLiteral("P"), SecretKind::SecretKey));
        QVERIFY(secrets.remove(QStringLiteral("P"), SecretKind::SecretKey)); // nothing left to remove is fine
        QCOMPARE(secrets.kinds(QStringLiteral("P")), QList<SecretKind>{SecretKind::SecurityToken});
        QVERIFY(secrets.removeAll(QStringLiteral("P")));
        QVERIFY(secrets.kinds(QStringLiteral("P")).isEmpty());
        QVERIFY(!fileBytes().contains("st-2"));
        QVERIFY(!fileBytes().contains("pk-2"));
        QVERIFY(store.contains(QStringLiteral("P")));
    }

    void readOnlySettingsAreNotWritten()
    {
        QVERIFY(QFile::copy(QStringLiteral(ENDPOINTDESK_TEST_DATA_DIR "/profiles-v3.ini"), path()));
        QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray before = fileBytes();
        ProfileStore store(path());
        QVERIFY(store.isReadOnly());
        PlainSecretFile secrets(store);
        QString error;
        QVERIFY(!secrets.write(QStringLiteral("Future"), SecretKind::Token, QStringLiteral("tok-3"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!secrets.removeAll(QStringLiteral("Future")));
        QCOMPARE(fileBytes(), before);
    }

private:
    QString path() const { return m_dir->filePath(QStringLiteral("EndpointDesk.conf")); }
    QByteArray fileBytes() const
    {
        QFile file(path());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static QFileDevice::Permissions others()
    {
        return QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
               | QFileDevice::WriteOther | QFileDevice::ExeOther;
    }
    static Profile profile(const QString &name)
    {
        Profile p;
        p.name = name;
        p.regionId = QStringLiteral("cn-east-3");
        p.storeSecretsUnencrypted = true;
        return p;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestPlainSecretFile)
#include "tst_plainsecretfile.moc"
