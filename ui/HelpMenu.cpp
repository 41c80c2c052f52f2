#include "HelpMenu.h"

#include "ProjectLinks.h"
#include "ShortcutsDialog.h"

#include <QAction>
#include <QDesktopServices>
#include <QMenu>

namespace EndpointDesk {

HelpMenu::HelpMenu(QMenu *menu, QWidget *window, bool inSandbox)
    : QObject(menu)
    , m_window(window)
    , m_sandbox(new QAction(inSandbox ? tr("&Leave the sandbox") : tr("&Try the sandbox"), menu))
    , m_shortcuts(new QAction(tr("&Keyboard shortcuts"), menu))
    , m_documentation(new QAction(tr("&Documentation"), menu))
{
    m_sandbox->setObjectName(QStringLiteral("sandboxAction"));
    m_shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    m_documentation->setObjectName(QStringLiteral("documentationAction"));
    m_documentation->setShortcut(QKeySequence::HelpContents);
    m_documentation->setToolTip(tr("Open the README on the project's homepage"));
    QAction *first = menu->actions().value(0);
    menu->insertActions(first, {m_sandbox, m_shortcuts, m_documentation});
    menu->insertSeparator(first);

    connect(m_sandbox, &QAction::triggered, this,
            inSandbox ? &HelpMenu::leaveSandboxRequested : &HelpMenu::sandboxRequested);
    connect(m_shortcuts, &QAction::triggered, this, &HelpMenu::showShortcuts);
    connect(m_documentation, &QAction::triggered, this,
            [] { QDesktopServices::openUrl(ProjectLinks::documentation()); });
}

void HelpMenu::showShortcuts()
{
    ShortcutsDialog(m_window).exec();
}

} // namespace EndpointDesk
