#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace EndpointDesk {

class Workspace;

// "Create from file…" in the Request menu, opening the CreateFromFileDialog over the window.
class BatchMenu : public QObject
{
    Q_OBJECT

public:
    // Adds the action at the end of menu.
    BatchMenu(QMenu *menu, Workspace *workspace, QWidget *window);

    QAction *action() const { return m_action; }
    // Opens the dialog (window-modal) and returns it; it deletes itself when closed.
    QWidget *open();

private:
    Workspace *m_workspace;
    QWidget *m_window;
    QAction *m_action;
};

} // namespace EndpointDesk
