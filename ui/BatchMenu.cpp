#include "BatchMenu.h"

#include "CreateFromFileDialog.h"

#include <QAction>
#include <QMenu>

namespace EndpointDesk {

BatchMenu::BatchMenu(QMenu *menu, Workspace *workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
{
    menu->addSeparator();
    m_action = menu->addAction(tr("Create from &file…"));
    m_action->setObjectName(QStringLiteral("createFromFileAction"));
    m_action->setStatusTip(tr("Create many endpoints from the rows of a CSV file"));
    connect(m_action, &QAction::triggered, this, &BatchMenu::open);
}

QWidget *BatchMenu::open()
{
    auto *dialog = new CreateFromFileDialog(m_workspace, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

} // namespace EndpointDesk
