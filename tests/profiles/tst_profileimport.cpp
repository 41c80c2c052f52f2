#include "ProfileImport.h"
#include "ProfileJson.h"
#include "ProfileStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace EndpointDesk;

namespace {

QList<Profile> numbered(int count, const QString &prefix)
{
    QList<Profile> profiles;
    for (int i = 0; i < count; ++i) {
        Profile p;
        p.name = QStringLiteral("%1 %2").arg(prefix).arg(i);
        p.regionId = QStringLiteral("cn-north-4");
        p.projectId = QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0'));
        profiles.append(p);
    }
    return profiles;
}

} // namespace

// A profiles file imported in the background: every good profile arrives, written with one sync.
class TestProfileImport : public QObject
{
    Q_OBJECT

private:
    QString writeExport(const QList<Profile> &profiles, const QString &name = QStringLiteral("export.json"))
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(ProfileJson::exportProfiles(profiles));
        return path;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void largeImportKeepsEveryProfile()
    {
        const int count = 3000;
        ProfileStore store(m_dir.filePath(QStringLiteral("large.ini")));
        QVERIFY(store.saveProfile(numbered(1, QStringLiteral("Imported")).constFirst()));
        const QString path = writeExport(numbered(count, QStringLiteral("Imported")));

        ProfileImport import(&store);
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QSignalSpy progress(&import, &ProfileImport::progress);
        QSignalSpy finished(&import, &ProfileImport::finished);
        QCOMPARE(import.start(path), QString());
        QVERIFY(import.isRunning());
        QVERIFY(finished.wait(120000));
        QVERIFY(!import.isRunning());

        QCOMPARE(finished.at(0).at(1).toBool(), false);
        // The one that clashed was renamed, not replaced: count + the one saved before.
        QCOMPARE(store.profileNames().size(), count + 1);
        QVERIFY(store.contains(QStringLiteral("Imported 0 (2)")));
        QCOMPARE(store.profile(QStringLiteral("Imported 2999"))->projectId,
                 QStringLiteral("%1").arg(2999, 32, 16, QLatin1Char('0')));
        // The listeners hear of it once, not once a profile.
        QCOMPARE(changed.size(), 1);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().at(0).toInt(), progress.constLast().at(1).toInt());
        QVERIFY2(finished.at(0).at(0).toString().contains(QStringLiteral("Imported %1 profile").arg(count)),
                 qPrintable(finished.at(0).at(0).toString()));

        // Another store on the same file, as after a restart, finds them all too.
        ProfileStore reopened(store.fileName());
        QCOMPARE(reopened.profileNames().size(), count + 1);
    }

    void badEntriesAreListedAndCounted()
    {
        ProfileStore store(m_dir.filePath(QStringLiteral("bad.ini")));
        QList<Profile> profiles = numbered(30, QStringLiteral("Bad"));
        for (Profile &p : profiles)
            p.regionId = QStringLiteral("Nowhere 1"); // not a region id
        profiles.append(numbered(2, QStringLiteral("Good")));
        ProfileImport import(&store);
        QSignalSpy finished(&import, &ProfileImport::finished);
        QCOMPARE(import.start(writeExport(profiles, QStringLiteral("bad.json"))), QString());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        const QString summary = finished.at(0).at(0).toString();
        QVERIFY2(summary.contains(QLatin1String("Imported 2 profile")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("Bad 0, region")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("10 more problem")), qPrintable(summary));
        QCOMPARE(store.profileNames(), (QStringList{QStringLiteral("Good 0"), QStringLiteral("Good 1")}));
    }

    void unreadableFileImportsNothing()
    {
        ProfileStore store(m_dir.filePath(QStringLiteral("none.ini")));
        ProfileImport import(&store);
        QSignalSpy finished(&import, &ProfileImport::finished);
        QCOMPARE(import.start(m_dir.filePath(QStringLiteral("missing.json"))), QString());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        QVERIFY(finished.at(0).at(0).toString().startsWith(QLatin1String("Could not read")));
        QVERIFY(store.profileNames().isEmpty());
    }

    void oneImportAtATime()
    {
        ProfileStore store(m_dir.filePath(QStringLiteral("twice.ini")));
        const QString path = writeExport(numbered(500, QStringLiteral("Twice")), QStringLiteral("twice.json"));
        ProfileImport import(&store);
        QSignalSpy finished(&import, &ProfileImport::finished);
        QCOMPARE(import.start(path), QString());
        QVERIFY(!import.start(path).isEmpty());
        QVERIFY(finished.wait(60000));
        QCOMPARE(store.profileNames().size(), 500);
    }
};

QTEST_GUILESS_MAIN(TestProfileImport)
#include "tst_profileimport.moc"
