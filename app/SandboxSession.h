#pragma once

#include "SandboxSeedOptions.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace EndpointDesk {

class ProfileStore;
class SandboxServer;
class SecretStore;
class WindowStateStore;

// What `endpoint-desk --sandbox` runs on: an in-process sandbox, and profiles of its own for this
// run with a ready profile and the demo token. The user's settings and keychain are never touched.
class SandboxSession
{
public:
    explicit SandboxSession(const SandboxSeedOptions &seed = {});
    ~SandboxSession();

    // False with *error when the sandbox could not listen or the settings folder not be made.
    bool start(QString *error = nullptr);

    SandboxServer &server() const { return *m_server; }
    ProfileStore &profiles() const { return *m_profiles; }
    SecretStore &secrets() const { return *m_secrets; }
    WindowStateStore &windowState() const { return *m_windowState; }
    // The ready profile: demo region, project, token, and the first VPC and subnet as defaults.
    QString profileName() const;

private:
    SandboxSeedOptions m_seed;
    QTemporaryDir m_settings;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<WindowStateStore> m_windowState;
};

} // namespace EndpointDesk
