#include "QuitGuard.h"

#include "MessageBar.h"
#include "Workspace.h"

#include <QMainWindow>
#include <QStatusBar>

namespace EndpointDesk {

QuitGuard::QuitGuard(Workspace *workspace, QWidget *window, MessageBar *messages)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_messages(messages)
{
    connect(workspace, &Workspace::writesSettled, this, &QuitGuard::onWritesSettled);
}

bool QuitGuard::mayClose()
{
    if (m_state == State::Done)
        return true;
    if (m_state == State::Saving)
        return false;
    if (!m_workspace->hasPendingWrites())
        return true;
    m_state = State::Saving;
    m_messages->showMessage(tr("Saving… the window closes once everything is written."), MessageBar::Kind::Information);
    if (auto *mainWindow = qobject_cast<QMainWindow *>(m_window.data())) {
        mainWindow->centralWidget()->setEnabled(false);
        mainWindow->statusBar()->showMessage(tr("Saving…"));
    }
    m_workspace->settleWrites(WaitMs);
    return false;
}

void QuitGuard::onWritesSettled(bool allWritten)
{
    if (m_state != State::Saving || !m_window)
        return;
    if (auto *mainWindow = qobject_cast<QMainWindow *>(m_window.data())) {
        mainWindow->centralWidget()->setEnabled(true);
        mainWindow->statusBar()->clearMessage();
    }
    if (allWritten) {
        m_state = State::Done;
        m_window->close();
        return;
    }
    // Nothing is lost without the person knowing: they can save again, or quit once more.
    m_state = State::Idle;
    m_messages->showMessage(
        tr("Not everything could be saved, so the window stays open: %1").arg(m_workspace->failedWrite()),
        MessageBar::Kind::Error);
}

} // namespace EndpointDesk
