#pragma once

#include "HistoryStore.h"
#include "ProfileStore.h"
#include "SandboxDemo.h"
#include "SandboxServer.h"
#include "SandboxTokenProfile.h"
#include "SecretStore.h"
#include "Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace EndpointDesk::TestSupport {

// A workspace over real stores (a settings file and a history file in a temporary folder, secrets kept
// for the session) on a token profile named "Sandbox" that calls the sandbox over HTTP.
class TokenWorkspace
{
public:
    explicit TokenWorkspace(SandboxSeedOptions options = {})
        : m_server(options)
    {
        m_started = m_server.start();
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("EndpointDesk.conf")));
        m_secrets = std::make_unique<SecretStore>(m_profiles.get(), SecretStore::Backend::Unavailable);
        m_history = std::make_unique<HistoryStore>(m_dir.filePath(QStringLiteral("history.sqlite")));
    }

    ~TokenWorkspace()
    {
        m_workspace.reset(); // before the stores it uses
    }

    // Opens the profile with this token and waits until its secrets are read; false when it could not.
    // With a record server, the profile's record is that server's (its password kept like a secret).
    bool open(const QString &token, const RecordServer &record = {})
    {
        if (!m_started)
            return false;
        const Profile profile = sandboxTokenProfile(QStringLiteral("Sandbox"), m_server, record);
        if (!m_profiles->saveProfile(profile))
            return false;
        m_secrets->keepForSession(profile.name, SecretKind::Token, token);
        if (record.isSet())
            m_secrets->keepForSession(profile.name, SecretKind::RecordPassword, record.password);
        m_workspace = std::make_unique<Workspace>(m_profiles.get(), m_secrets.get(), m_history.get());
        QSignalSpy secretsRead(m_workspace->activeProfile(), &ActiveProfile::secretsLoaded);
        return m_workspace->openProfile(profile.name, nullptr) && secretsRead.wait(5000);
    }

    SandboxServer &server() { return m_server; }
    HistoryStore &history() { return *m_history; }
    Workspace &workspace() { return *m_workspace; }

private:
    QTemporaryDir m_dir;
    SandboxServer m_server;
    bool m_started = false;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace EndpointDesk::TestSupport
