#include "ProfileStore.h"
#include "SettingsKeys.h"
#include "WindowStateStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace EndpointDesk;

class TestWindowStateStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void emptyWhenNothingWasSaved()
    {
        ProfileStore profiles(path());
        QVERIFY(WindowStateStore(profiles).geometry().isEmpty());
    }

    void geometryIsKeptForTheNextRun()
    {
        // Binary, with a zero byte inside, as saveGeometry() gives.
        static const char bytes[] = "\x01\xd9\xd0\xcb\x00\x03 geometry bytes";
        const QByteArray geometry(bytes, sizeof bytes - 1);
        {
            ProfileStore profiles(path());
            QString error;
            QVERIFY2(WindowStateStore(profiles).setGeometry(geometry, &error), qPrintable(error));
        }
        ProfileStore profiles(path());
        QCOMPARE(WindowStateStore(profiles).geometry(), geometry);
    }

    void readsTheKeyEarlierVersionsWrote()
    {
        {
            QSettings raw(path(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("window/geometry"), QByteArray("saved before"));
        }
        ProfileStore profiles(path());
        QCOMPARE(WindowStateStore(profiles).geometry(), QByteArray("saved before"));
    }

    void profilesAndGeometryShareTheFile()
    {
        ProfileStore profiles(path());
        WindowStateStore windowState(profiles);
        Profile p;
        p.name = QStringLiteral("Kept");
        p.regionId = QStringLiteral("cn-north-4");
        QVERIFY(profiles.saveProfile(p));
        QVERIFY(windowState.setGeometry("first"));
        p.defaultVpcId = QStringLiteral("vpc-after");
        QVERIFY(profiles.saveProfile(p));

        QSettings raw(path(), QSettings::IniFormat);
        QCOMPARE(raw.value(SettingsKeys::WindowGeometry).toByteArray(), QByteArray("first"));
        QCOMPARE(ProfileStore(path()).profile(QStringLiteral("Kept"))->defaultVpcId, QStringLiteral("vpc-after"));
    }

    void readOnlySettingsAreNotWritten()
    {
        QVERIFY(QFile::copy(QStringLiteral(ENDPOINTDESK_TEST_DATA_DIR "/profiles-v3.ini"), path()));
        QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        ProfileStore profiles(path());
        QVERIFY(profiles.isReadOnly());
        QString error;
        QVERIFY(!WindowStateStore(profiles).setGeometry("new", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

private:
    QString path() const { return m_dir->filePath(QStringLiteral("EndpointDesk.conf")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestWindowStateStore)
#include "tst_windowstatestore.moc"
