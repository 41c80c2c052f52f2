#include "KooCliActions.h"

#include "KooCliCommand.h"
#include "KooCliConfig.h"
#include "KooCliImport.h"
#include "KooCliImportDialog.h"
#include "Workspace.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMainWindow>
#include <QStatusBar>

namespace EndpointDesk {

KooCliActions::KooCliActions(QMainWindow *window, Workspace *workspace, QAction *importAction, QAction *copyAction,
                             FormValues formValues)
    : QObject(window)
    , m_window(window)
    , m_workspace(workspace)
    , m_formValues(std::move(formValues))
    , m_import(new KooCliImport(workspace->profiles(), workspace->secrets(), this))
{
    connect(importAction, &QAction::triggered, this, &KooCliActions::importProfiles);
    connect(copyAction, &QAction::triggered, this, &KooCliActions::copyCommand);
    connect(m_import, &KooCliImport::finished, this, [this](const KooCliImport::Report &report) {
        m_window->statusBar()->showMessage(report.headline(), 8000);
        if (m_dialog)
            m_dialog->close();
        m_dialog = new KooCliImportDialog(report, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->open();
    });
}

void KooCliActions::importProfiles()
{
    QString path = KooCliConfig::defaultPath();
    if (!QFile::exists(path)) {
        path =
            QFileDialog::getOpenFileName(m_window, tr("Import KooCLI profiles"), QDir::homePath(),
                                         tr("KooCLI configuration (config.json);;JSON files (*.json);;All files (*)"));
        if (path.isEmpty())
            return;
    }
    importFrom(path);
}

void KooCliActions::importFrom(const QString &path)
{
    if (!m_import->start(path))
        m_window->statusBar()->showMessage(tr("KooCLI profiles are being imported already."), 5000);
}

KooCliImportDialog *KooCliActions::resultDialog() const
{
    return m_dialog;
}

void KooCliActions::copyCommand()
{
    const QString command =
        KooCliCommand::create(m_workspace->specFor(m_formValues()), m_workspace->activeProfile()->name());
    QGuiApplication::clipboard()->setText(command);
    m_window->statusBar()->showMessage(
        tr("Copied the request as a KooCLI command; it holds no secret: KooCLI signs with its own profile."), 5000);
}

} // namespace EndpointDesk
