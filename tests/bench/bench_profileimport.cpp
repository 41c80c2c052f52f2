// Figures for importing many profiles through the window's path (File ▸ Import profiles): 1,000 and
// 10,000 profiles into a settings file that already holds some, with the main window open. Prints the
// time until the import has ended and the longest event-loop stall meanwhile (target: under 2 s for
// 10,000, no stall over 50 ms); fails only when something functionally breaks, such as a profile
// missing afterwards, never because the machine is slow.

#include "MainWindow.h"
#include "ProfileImport.h"
#include "ProfileJson.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "StallMeter.h"
#include "Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

using namespace EndpointDesk;
using EndpointDesk::TestSupport::StallMeter;

namespace {

constexpr int existingProfiles = 20;

QList<Profile> generatedProfiles(int count, const QString &prefix)
{
    QList<Profile> profiles;
    profiles.reserve(count);
    for (int i = 0; i < count; ++i) {
        Profile p;
        p.name = QStringLiteral("%1 %2").arg(prefix).arg(i, 5, 10, QLatin1Char('0'));
        p.regionId = i % 2 ? QStringLiteral("cn-north-4") : QStringLiteral("cn-east-3");
        p.projectId = QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0'));
        p.authMethod = AuthMethod::AkSk;
        p.accessKeyId = QStringLiteral("AK%1").arg(i, 18, 10, QLatin1Char('0'));
        p.defaultVpcId = QStringLiteral("11111111-2222-3333-4444-%1").arg(i, 12, 10, QLatin1Char('0'));
        p.defaultSubnetId = QStringLiteral("66666666-7777-8888-9999-%1").arg(i, 12, 10, QLatin1Char('0'));
        p.defaultFlavor = QStringLiteral("default");
        p.defaultAgency = QStringLiteral("fgs-agency");
        profiles.append(p);
    }
    return profiles;
}

struct Figures
{
    bool ok = false;
    double ms = 0;
    double maxStallMs = 0;
    double stallWhileWorkingMs = 0; // until the worker was done
    double listenersMs = 0;         // the store telling the window, which lists the names again
    qsizetype fileBytes = 0;
};

Figures importInto(const QString &folder, int count)
{
    Figures figures;
    const QString settingsFile = folder + QStringLiteral("/settings-%1.ini").arg(count);
    const QString exportFile = folder + QStringLiteral("/profiles-%1.json").arg(count);
    ProfileStore store(settingsFile);
    for (const Profile &p : generatedProfiles(existingProfiles, QStringLiteral("Existing")))
        store.saveProfile(p);
    const QByteArray json = ProfileJson::exportProfiles(generatedProfiles(count, QStringLiteral("Imported")));
    figures.fileBytes = json.size();
    QFile file(exportFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        return figures;
    file.close();

    SecretStore secrets(&store, SecretStore::Backend::Unavailable);
    Workspace workspace(&store, &secrets);
    MainWindow window(&workspace);
    window.show();
    window.openStartupProfile({});
    QCoreApplication::processEvents();

    StallMeter meter;
    QSignalSpy finished(workspace.profileImport(), &ProfileImport::finished);
    // Connected after the window: runs once the window has listed the names again.
    QObject::connect(&store, &ProfileStore::profilesChanged, &store, [&] {
        figures.listenersMs = meter.currentGapMs();
        figures.stallWhileWorkingMs = meter.stop();
        meter.start();
    });
    QElapsedTimer clock;
    meter.start();
    clock.start();
    if (!workspace.importProfiles(exportFile).isEmpty())
        return figures;
    finished.wait(120000);
    figures.ms = clock.nsecsElapsed() / 1e6;
    // One more turn of the event loop, so that a stall at the very end is seen too.
    QEventLoop settle;
    QTimer::singleShot(20, &settle, &QEventLoop::quit);
    settle.exec();
    figures.maxStallMs = std::max({meter.stop(), figures.stallWhileWorkingMs, figures.listenersMs});
    figures.ok = finished.size() == 1 && store.profileNames().size() == existingProfiles + count
                 && !finished.at(0).at(1).toBool();
    return figures;
}

// The floor, measured in the same run: the least any import must do with the same file, namely parse
// its JSON and write every value into a settings file with one sync, with no checking and no window.
double floorMs(const QString &folder, int count)
{
    const QString exportFile = folder + QStringLiteral("/profiles-%1.json").arg(count);
    QElapsedTimer clock;
    clock.start();
    QFile file(exportFile);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QJsonArray list =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("profiles")).toArray();
    QSettings settings(folder + QStringLiteral("/floor-%1.ini").arg(count), QSettings::IniFormat);
    for (const QJsonValue &entry : list) {
        const QJsonObject o = entry.toObject();
        const QString group = QStringLiteral("profiles/") + o.value(QStringLiteral("name")).toString();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            settings.setValue(group + u'/' + it.key(), it.value().toVariant());
    }
    settings.sync();
    return clock.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir folder;
    bool ok = folder.isValid();
    for (const int count : {1000, 10000}) {
        const Figures figures = importInto(folder.path(), count);
        qInfo().noquote() << QStringLiteral("import of %1 profiles (%2 KiB of JSON, %3 already saved): %4 ms; longest "
                                            "event-loop stall %5 ms (%6 ms while the worker ran, %7 ms for the window "
                                            "to list the names again)%8")
                                 .arg(count)
                                 .arg(figures.fileBytes / 1024)
                                 .arg(existingProfiles)
                                 .arg(figures.ms, 0, 'f', 1)
                                 .arg(figures.maxStallMs, 0, 'f', 1)
                                 .arg(figures.stallWhileWorkingMs, 0, 'f', 1)
                                 .arg(figures.listenersMs, 0, 'f', 1)
                                 .arg(figures.ok ? QString() : QStringLiteral(" - FAILED: profiles missing"));
        qInfo().noquote() << QStringLiteral("  floor: parsing the same file and writing its values with one sync, "
                                            "unchecked and without a window: %1 ms")
                                 .arg(floorMs(folder.path(), count), 0, 'f', 1);
        ok = ok && figures.ok;
    }
    qInfo().noquote() << QStringLiteral("targets: 10,000 profiles in under 2 s, no stall over 50 ms");
    return ok ? 0 : 1;
}
