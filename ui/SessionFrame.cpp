#include "SessionFrame.h"

#include "ActiveProfile.h"
#include "HelpMenu.h"
#include "LanguagePreference.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "ProfileManagerDialog.h"
#include "ProfileStore.h"
#include "ProfileTransfer.h"
#include "SandboxBanner.h"
#include "StartPanel.h"
#include "Workspace.h"

#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace EndpointDesk {

SessionFrame::SessionFrame(MainWindow *window, Workspace *workspace, bool inSandbox)
    : QObject(window)
    , m_window(window)
    , m_workspace(workspace)
{
    // The window's own content stays as it is, one page of a stack under the banner.
    QWidget *content = window->takeCentralWidget();
    auto *frame = new QWidget(window);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (inSandbox) {
        auto *banner = new SandboxBanner(frame);
        layout->addWidget(banner);
        connect(banner, &SandboxBanner::leaveRequested, this, &SessionFrame::leaveSandboxRequested);
    }
    m_stack = new QStackedWidget(frame);
    m_startPanel = new StartPanel(m_stack);
    m_stack->addWidget(content);
    m_stack->addWidget(m_startPanel);
    layout->addWidget(m_stack, 1);
    window->setCentralWidget(frame);

    auto *menu = window->menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
    Q_ASSERT(menu);
    addSettingsMenu(menu);
    m_help = new HelpMenu(menu, window, inSandbox);
    connect(m_help, &HelpMenu::sandboxRequested, this, &SessionFrame::sandboxRequested);
    connect(m_help, &HelpMenu::leaveSandboxRequested, this, &SessionFrame::leaveSandboxRequested);

    connect(m_startPanel, &StartPanel::sandboxRequested, this, &SessionFrame::sandboxRequested);
    connect(m_startPanel, &StartPanel::createProfileRequested, this, &SessionFrame::createProfile);
    connect(m_startPanel, &StartPanel::importProfilesRequested, this, &SessionFrame::importProfiles);
    connect(workspace->profiles(), &ProfileStore::profilesChanged, this, &SessionFrame::updateStartPanel);
    updateStartPanel();
}

void SessionFrame::addSettingsMenu(QMenu *before)
{
    auto *settings = new QMenu(tr("Settin&gs"), m_window->menuBar());
    settings->setObjectName(QStringLiteral("settingsMenu"));
    QAction *preferences = settings->addAction(tr("&Preferences…"));
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    // The platform's key where it has one (Ctrl+, elsewhere).
    const QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    preferences->setShortcuts(keys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)} : keys);
    m_window->menuBar()->insertMenu(before->menuAction(), settings);
    connect(preferences, &QAction::triggered, this, [this] {
        LanguagePreference language;
        PreferencesDialog(&language, m_window).exec();
    });
}

void SessionFrame::updateStartPanel()
{
    // Only a first start shows it: whoever has a profile goes straight to the form.
    const bool firstStart = m_workspace->profiles()->profileNames().isEmpty();
    if (firstStart == (m_stack->currentWidget() == m_startPanel))
        return;
    m_stack->setCurrentWidget(firstStart ? static_cast<QWidget *>(m_startPanel) : m_stack->widget(0));
    if (firstStart)
        m_startPanel->focusFirstChoice();
    else
        openFirstProfile();
}

void SessionFrame::createProfile()
{
    // The first profile, with the default region, then its details in the profile manager.
    QString error;
    if (!ActiveProfile::ensureProfileExists(m_workspace->profiles(), &error)) {
        m_window->showNotice(error);
        return;
    }
    ProfileManagerDialog dialog(m_workspace->profiles(), m_workspace->secrets(), m_window);
    dialog.selectProfile(m_workspace->profiles()->profileNames().value(0));
    dialog.exec();
    QString reopenError;
    if (!m_workspace->reopenActiveProfile(&reopenError))
        m_window->showNotice(reopenError);
}

void SessionFrame::importProfiles()
{
    m_window->showNotice(ProfileTransfer::importProfiles(m_window, m_workspace));
}

void SessionFrame::openFirstProfile()
{
    if (m_workspace->activeProfile()->name().isEmpty())
        m_window->openProfile(m_workspace->profiles()->startupProfileName());
}

} // namespace EndpointDesk
