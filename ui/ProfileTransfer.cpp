#include "ProfileTransfer.h"

#include "ProfileJson.h"
#include "ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QSaveFile>

namespace EndpointDesk {

namespace {

QString jsonFilter()
{
    return QCoreApplication::translate("EndpointDesk", "Profiles (*.json);;All files (*)");
}

} // namespace

QString ProfileTransfer::exportProfiles(QWidget *parent, const ProfileStore &store)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("EndpointDesk", "Export profiles"),
        QDir::home().filePath(QStringLiteral("endpoint-desk-profiles.json")), jsonFilter());
    return path.isEmpty() ? QString() : exportTo(path, store);
}

QString ProfileTransfer::importProfiles(QWidget *parent, ProfileStore &store)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("EndpointDesk", "Import profiles"), QDir::homePath(), jsonFilter());
    return path.isEmpty() ? QString() : importFrom(path, store);
}

QString ProfileTransfer::exportTo(const QString &path, const ProfileStore &store)
{
    const QList<Profile> profiles = store.profiles();
    // QSaveFile: an interrupted export never leaves half a file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ProfileJson::exportProfiles(profiles)) < 0 || !file.commit())
        return QCoreApplication::translate("EndpointDesk", "Could not write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return QCoreApplication::translate("EndpointDesk", "Exported %n profile(s) to %1, without passwords or keys.",
                                       nullptr, int(profiles.size()))
        .arg(QDir::toNativeSeparators(path));
}

QString ProfileTransfer::importFrom(const QString &path, ProfileStore &store)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("EndpointDesk", "Could not read %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    if (file.size() > MaxFileBytes)
        return QCoreApplication::translate("EndpointDesk", "%1 is too large to be a profiles file.")
            .arg(QDir::toNativeSeparators(path));
    const ProfileImportResult result = ProfileJson::importProfiles(file.read(MaxFileBytes), store.profileNames());

    QStringList lines;
    int saved = 0;
    for (const Profile &profile : result.profiles) {
        QString error;
        if (store.saveProfile(profile, &error))
            ++saved;
        else
            lines.append(QCoreApplication::translate("EndpointDesk", "%1: not saved: %2").arg(profile.name, error));
    }
    for (const ProfileImportProblem &problem : result.problems) {
        QString where = problem.profileName.isEmpty() && problem.index >= 0
                            ? QCoreApplication::translate("EndpointDesk", "Profile %1").arg(problem.index + 1)
                            : problem.profileName;
        if (!problem.field.isEmpty())
            where += where.isEmpty() ? problem.field : QLatin1String(", ") + problem.field;
        lines.append(where.isEmpty() ? problem.message : where + QLatin1String(": ") + problem.message);
    }
    lines.prepend(QCoreApplication::translate("EndpointDesk", "Imported %n profile(s) from %1.", nullptr, saved)
                      .arg(QDir::toNativeSeparators(path)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace EndpointDesk
