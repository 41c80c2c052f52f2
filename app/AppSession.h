#pragma once

#include "MainWindow.h"
#include "SandboxSeedOptions.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace EndpointDesk {

class HistoryStore;
class ProfileStore;
class SandboxSession;
class SecretStore;
class WindowStateStore;
class Workspace;

// What the program runs on: either the user's own stores (settings file, keychain, history) or a
// SandboxSession, with the Workspace and the MainWindow built on them. It switches between the two
// from inside the running program: the window closes as at quit (unsaved edits asked about, writes
// settled), then the other session opens. The sandbox never writes the user's settings or keychain.
class AppSession : public QObject
{
    Q_OBJECT

public:
    enum class Mode { User, Sandbox };

    // userSettingsFile: the user's settings file; empty for the usual one (ProfileStore's default).
    explicit AppSession(const SandboxSeedOptions &seed = {}, const QString &userSettingsFile = {},
                        QObject *parent = nullptr);
    ~AppSession() override;

    // Opens the window on mode; the user's session opens `profile`, else the startup profile. False
    // with *error when the sandbox cannot start.
    bool start(Mode mode, const QString &profile = {}, QString *error = nullptr);

    Mode mode() const { return m_mode; }
    MainWindow *window() const { return m_window; }
    Workspace *workspace() const { return m_workspace.get(); }

    // Closes the window and opens the other session once it has closed; nothing when the person
    // keeps the window open.
    void switchTo(Mode mode);

Q_SIGNALS:
    // The window closed for good: the program is done.
    void finished();

private:
    bool open(Mode mode, const QString &profile, QString *error);
    void close();
    void onWindowClosed();

    SandboxSeedOptions m_seed;
    QString m_userSettingsFile;
    Mode m_mode = Mode::User;
    bool m_switching = false;
    std::unique_ptr<SandboxSession> m_sandbox;
    std::unique_ptr<ProfileStore> m_userProfiles;
    std::unique_ptr<SecretStore> m_userSecrets;
    std::unique_ptr<WindowStateStore> m_userWindowState;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<Workspace> m_workspace;
    QPointer<MainWindow> m_window;
};

} // namespace EndpointDesk
