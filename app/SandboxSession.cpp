#include "SandboxSession.h"

#include "Profile.h"
#include "ProfileStore.h"
#include "SandboxLoader.h"
#include "SecretStore.h"
#include "WindowStateStore.h"

#include <QCoreApplication>

namespace EndpointDesk {

SandboxSession::SandboxSession(const SandboxSeedOptions &seed, SandboxProvider *provider)
    : m_seed(seed)
    , m_provider(provider)
{
}

SandboxSession::~SandboxSession() = default;

QString SandboxSession::profileName() const
{
    return QCoreApplication::translate("EndpointDesk", "Sandbox");
}

bool SandboxSession::start(QString *error)
{
    if (!m_provider)
        m_provider = SandboxLoader::load(SandboxLoader::directories(), error);
    if (!m_provider)
        return false;
    m_sandbox = m_provider->start(m_seed);
    if (!m_settings.isValid() || !m_sandbox) {
        if (error)
            *error = QCoreApplication::translate("EndpointDesk", "The built-in sandbox could not start.");
        return false;
    }
    m_profiles = std::make_unique<ProfileStore>(m_settings.filePath(QStringLiteral("EndpointDesk.conf")));
    m_secrets = std::make_unique<SecretStore>(m_profiles.get(), SecretStore::Backend::Unavailable);
    m_windowState = std::make_unique<WindowStateStore>(*m_profiles);

    Profile profile;
    profile.name = profileName();
    profile.regionId = m_sandbox->regionId();
    profile.endpointOverride = m_sandbox->baseUrl().toString();
    profile.projectId = m_sandbox->projectId();
    profile.authMethod = AuthMethod::Token;
    profile.defaultVpcId = m_sandbox->firstVpcId();
    profile.defaultSubnetId = m_sandbox->firstSubnetId();
    if (!m_profiles->saveProfile(profile, error) || !m_profiles->setDefaultProfileName(profile.name, error))
        return false;
    m_secrets->keepForSession(profile.name, SecretKind::Token, m_sandbox->token());
    return true;
}

} // namespace EndpointDesk
