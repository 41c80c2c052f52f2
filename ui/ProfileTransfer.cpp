#include "ProfileTransfer.h"

#include "ProfileImport.h"
#include "ProfileJson.h"
#include "ProfileStore.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QProgressDialog>
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

QString ProfileTransfer::importProfiles(QWidget *parent, Workspace *workspace)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("EndpointDesk", "Import profiles"), QDir::homePath(), jsonFilter());
    if (path.isEmpty())
        return {};
    const QString refusal = workspace->importProfiles(path);
    if (!refusal.isEmpty())
        return refusal;
    // Window-modal: the window stays live and repaints, but nothing else changes the profiles meanwhile.
    auto *dialog = new QProgressDialog(QCoreApplication::translate("EndpointDesk", "Importing profiles…"), QString(), 0,
                                       0, parent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinimumDuration(300);
    ProfileImport *import = workspace->profileImport();
    QObject::connect(import, &ProfileImport::progress, dialog, [dialog](int done, int total) {
        dialog->setMaximum(total);
        dialog->setValue(done);
    });
    QObject::connect(import, &ProfileImport::finished, dialog, &QWidget::close);
    return {};
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

} // namespace EndpointDesk
