#include "AppSession.h"

#include "FirstFrame.h"
#include "HistoryStore.h"
#include "ProfileStore.h"
#include "SandboxSession.h"
#include "SecretStore.h"
#include "SessionFrame.h"
#include "WindowStateStore.h"
#include "Workspace.h"

#include <QGuiApplication>
#include <QMessageBox>
#include <QTimer>

namespace EndpointDesk {

AppSession::AppSession(const SandboxSeedOptions &seed, const QString &userSettingsFile, QObject *parent)
    : QObject(parent)
    , m_seed(seed)
    , m_userSettingsFile(userSettingsFile)
{
    // A switch closes the only window for a moment; the program ends on finished() instead.
    QGuiApplication::setQuitOnLastWindowClosed(false);
}

AppSession::~AppSession()
{
    close();
}

bool AppSession::start(Mode mode, const QString &profile, QString *error)
{
    close();
    return open(mode, profile, error);
}

bool AppSession::open(Mode mode, const QString &profile, QString *error)
{
    ProfileStore *profiles = nullptr;
    SecretStore *secrets = nullptr;
    WindowStateStore *windowState = nullptr;
    if (mode == Mode::Sandbox) {
        m_sandbox = std::make_unique<SandboxSession>(m_seed);
        if (!m_sandbox->start(error)) {
            m_sandbox.reset();
            return false;
        }
        profiles = &m_sandbox->profiles();
        secrets = &m_sandbox->secrets();
        windowState = &m_sandbox->windowState();
    } else {
        m_userProfiles = m_userSettingsFile.isEmpty() ? std::make_unique<ProfileStore>()
                                                      : std::make_unique<ProfileStore>(m_userSettingsFile);
        m_userSecrets = std::make_unique<SecretStore>(m_userProfiles.get());
        // The keychain and the history wait for the first frame (below).
        m_userSecrets->holdKeychain();
        m_userWindowState = std::make_unique<WindowStateStore>(*m_userProfiles);
        // Only the user's session has a history file: the sandbox's endpoints end with the run, its
        // workspace keeps their history in memory.
        m_history = std::make_unique<HistoryStore>(HistoryStore::defaultPath(), HistoryStore::Opening::OnFirstUse);
        profiles = m_userProfiles.get();
        secrets = m_userSecrets.get();
        windowState = m_userWindowState.get();
    }
    m_mode = mode;
    m_workspace = std::make_unique<Workspace>(profiles, secrets, m_history.get());
    m_window = new MainWindow(m_workspace.get(), windowState);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    if (mode == Mode::Sandbox)
        m_window->setWindowTitle(tr("Endpoint Desk - Sandbox"));
    auto *frame = new SessionFrame(m_window, m_workspace.get(), mode == Mode::Sandbox);
    connect(frame, &SessionFrame::sandboxRequested, this, [this] { switchTo(Mode::Sandbox); });
    connect(frame, &SessionFrame::leaveSandboxRequested, this, [this] { switchTo(Mode::User); });
    connect(m_window, &QObject::destroyed, this, &AppSession::onWindowClosed);
    m_window->openStartupProfile(profile);
    m_window->show();
    if (mode == Mode::User) {
        FirstFrame::whenPainted(m_window, m_userSecrets.get(), [this] {
            m_userSecrets->releaseKeychain();
            // Once the event loop is idle: says then whether its file was damaged, and settles what a crash left
            // pending; the Endpoints tab or a create opens it sooner.
            QTimer::singleShot(FirstFrame::IdleDelayMs, m_history.get(), [this] { m_history->openNow(); });
        });
    }
    return true;
}

void AppSession::switchTo(Mode mode)
{
    if (!m_window || mode == m_mode)
        return;
    m_switching = true;
    // The window closes later when writes are still settling (it says "Saving…"), and stays open
    // when the person keeps unsaved edits: then there is no switch.
    if (!m_window->close() && m_window && !m_workspace->hasPendingWrites())
        m_switching = false;
}

void AppSession::onWindowClosed()
{
    // Destroyed from its own close: tear down what it stood on once its destruction is over.
    QTimer::singleShot(0, this, [this] {
        const Mode next = m_mode == Mode::Sandbox ? Mode::User : Mode::Sandbox;
        const bool switching = m_switching;
        m_switching = false;
        close();
        if (!switching) {
            Q_EMIT finished();
            return;
        }
        QString error;
        if (!open(next, {}, &error)) {
            QMessageBox::critical(nullptr, tr("Endpoint Desk"), error);
            open(Mode::User, {}, nullptr);
        }
    });
}

void AppSession::close()
{
    // In the reverse order of open(); a window closed from here is no reason to end the program.
    if (m_window)
        disconnect(m_window, nullptr, this, nullptr);
    delete m_window;
    m_workspace.reset();
    m_history.reset();
    m_userSecrets.reset();
    m_userWindowState.reset();
    m_userProfiles.reset();
    m_sandbox.reset();
}

} // namespace EndpointDesk
