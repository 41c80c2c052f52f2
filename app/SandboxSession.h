#pragma once

#include "SandboxProvider.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace EndpointDesk {

class ProfileStore;
class SecretStore;
class WindowStateStore;

// What `endpoint-desk --sandbox` runs on: a sandbox in this process, and profiles of its own for this
// run with a ready profile and the demo token. The user's settings and keychain are never touched.
class SandboxSession
{
public:
    // provider: what starts the sandbox; nullptr for the plugin, loaded by start() (SandboxLoader).
    explicit SandboxSession(const SandboxSeedOptions &seed = {}, SandboxProvider *provider = nullptr);
    ~SandboxSession();

    // False with *error when the plugin could not be loaded, the sandbox could not listen or the
    // settings folder not be made.
    bool start(QString *error = nullptr);

    RunningSandbox &sandbox() const { return *m_sandbox; }
    ProfileStore &profiles() const { return *m_profiles; }
    SecretStore &secrets() const { return *m_secrets; }
    WindowStateStore &windowState() const { return *m_windowState; }
    // The ready profile: demo region, project, token, and the first VPC and subnet as defaults.
    QString profileName() const;

private:
    SandboxSeedOptions m_seed;
    SandboxProvider *m_provider;
    QTemporaryDir m_settings;
    std::unique_ptr<RunningSandbox> m_sandbox;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<WindowStateStore> m_windowState;
};

} // namespace EndpointDesk
