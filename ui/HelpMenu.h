#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace EndpointDesk {

// What the Help menu offers besides About: the sandbox (to try, or to leave), the keyboard
// shortcuts and the documentation. Put at the top of an existing menu.
class HelpMenu : public QObject
{
    Q_OBJECT

public:
    // window: whose shortcuts the list shows.
    HelpMenu(QMenu *menu, QWidget *window, bool inSandbox);

    QAction *sandboxAction() const { return m_sandbox; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *documentationAction() const { return m_documentation; }

Q_SIGNALS:
    void sandboxRequested();
    void leaveSandboxRequested();

private:
    void showShortcuts();

    QWidget *m_window;
    QAction *m_sandbox;
    QAction *m_shortcuts;
    QAction *m_documentation;
};

} // namespace EndpointDesk
