#pragma once

#include "EndpointSpec.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMainWindow;

namespace EndpointDesk {

class KooCliImport;
class KooCliImportDialog;
class Workspace;

// The bridge to KooCLI in the main window: File > Import KooCLI profiles… and Request > Copy as KooCLI
// command. The reading, mapping and the command text are core's (KooCliImport, KooCliCommand).
class KooCliActions : public QObject
{
    Q_OBJECT

public:
    using FormValues = std::function<EndpointSpec()>;
    KooCliActions(QMainWindow *window, Workspace *workspace, QAction *importAction, QAction *copyAction,
                  FormValues formValues);

    // Imports KooCLI's file at its usual place, or asks for one when it is not there.
    void importProfiles();
    // Imports the file at path; the result is shown in a dialog over the window.
    void importFrom(const QString &path);
    void copyCommand();

    KooCliImport *import() const { return m_import; }
    KooCliImportDialog *resultDialog() const;

private:
    QMainWindow *m_window;
    Workspace *m_workspace;
    FormValues m_formValues;
    KooCliImport *m_import;
    QPointer<KooCliImportDialog> m_dialog;
};

} // namespace EndpointDesk
