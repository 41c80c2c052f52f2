#pragma once

#include <QObject>

class QMenu;
class QStackedWidget;

namespace EndpointDesk {

class HelpMenu;
class MainWindow;
class StartPanel;
class Workspace;

// What a session adds around the main window without the window knowing: the start panel in place
// of the form while no profile is saved, the sandbox banner, and the Help menu's sandbox, shortcuts
// and documentation. Asks for a switch of session; the owner of the sessions performs it.
class SessionFrame : public QObject
{
    Q_OBJECT

public:
    // Installs itself in window, which owns it.
    SessionFrame(MainWindow *window, Workspace *workspace, bool inSandbox);

    HelpMenu *helpMenu() const { return m_help; }

Q_SIGNALS:
    void sandboxRequested();
    void leaveSandboxRequested();

private:
    void addSettingsMenu(QMenu *before);
    void updateStartPanel();
    void createProfile();
    void importProfiles();
    // Opens the profile the program would start with, once there is one.
    void openFirstProfile();

    MainWindow *m_window;
    Workspace *m_workspace;
    QStackedWidget *m_stack = nullptr;
    StartPanel *m_startPanel = nullptr;
    HelpMenu *m_help = nullptr;
};

} // namespace EndpointDesk
