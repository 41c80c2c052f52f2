#include "SandboxSession.h"

#include "Profile.h"
#include "ProfileStore.h"
#include "SandboxDemo.h"
#include "SandboxServer.h"
#include "SecretStore.h"
#include "WindowStateStore.h"

#include <QCoreApplication>

namespace EndpointDesk {

SandboxSession::SandboxSession(const SandboxSeedOptions &seed)
    : m_seed(seed)
{
}

SandboxSession::~SandboxSession() = default;

QString SandboxSession::profileName() const
{
    return QCoreApplication::translate("EndpointDesk", "Sandbox");
}

bool SandboxSession::start(QString *error)
{
    m_server = std::make_unique<SandboxServer>(m_seed);
    if (!m_settings.isValid() || !m_server->start()) {
        if (error)
            *error = QCoreApplication::translate("EndpointDesk", "The built-in sandbox could not start.");
        return false;
    }
    m_profiles = std::make_unique<ProfileStore>(m_settings.filePath(QStringLiteral("EndpointDesk.conf")));
    m_secrets = std::make_unique<SecretStore>(m_profiles.get(), SecretStore::Backend::Unavailable);
    m_windowState = std::make_unique<WindowStateStore>(*m_profiles);

    Profile profile;
    profile.name = profileName();
    profile.regionId = SandboxDemo::regionId();
    profile.endpointOverride = m_server->baseUrl().toString();
    profile.projectId = SandboxDemo::projectId();
    profile.authMethod = AuthMethod::Token;
    profile.defaultVpcId = m_server->cloud().firstVpcId();
    profile.defaultSubnetId = m_server->cloud().firstSubnetId();
    if (!m_profiles->saveProfile(profile, error) || !m_profiles->setDefaultProfileName(profile.name, error))
        return false;
    m_secrets->keepForSession(profile.name, SecretKind::Token, SandboxDemo::token());
    return true;
}

} // namespace EndpointDesk
