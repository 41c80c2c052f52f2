#include "Profile.h"

#include "Credentials.h"

namespace EndpointDesk {

void Profile::applyCredentials(const Credentials &credentials)
{
    authMethod = credentials.method;
    accountName = credentials.accountName;
    iamUserName = credentials.userName;
    mfaUserId = credentials.mfaUserId;
    accessKeyId = credentials.accessKey;
}

Credentials Profile::credentials() const
{
    Credentials c;
    c.method = authMethod;
    c.accountName = accountName;
    c.userName = iamUserName;
    c.mfaUserId = mfaUserId;
    c.accessKey = accessKeyId;
    return c;
}

EndpointSpec Profile::formDefaults() const
{
    EndpointSpec defaults;
    defaults.region = regionId;
    defaults.projectId = projectId;
    defaults.vpcId = defaultVpcId;
    defaults.subnetId = defaultSubnetId;
    defaults.flavor = defaultFlavor;
    defaults.agency = defaultAgency;
    return defaults;
}

QString Profile::proxyModeId(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::System:
        return QStringLiteral("system");
    case ProxyMode::None:
        return QStringLiteral("none");
    case ProxyMode::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

std::optional<ProxyMode> Profile::proxyModeFromId(const QString &id)
{
    for (ProxyMode mode : {ProxyMode::System, ProxyMode::None, ProxyMode::Manual}) {
        if (proxyModeId(mode) == id)
            return mode;
    }
    return std::nullopt;
}

bool operator==(const Profile &a, const Profile &b)
{
    return a.name == b.name && a.regionId == b.regionId && a.endpointOverride == b.endpointOverride
           && a.projectId == b.projectId && a.authMethod == b.authMethod && a.accountName == b.accountName
           && a.iamUserName == b.iamUserName && a.mfaUserId == b.mfaUserId && a.accessKeyId == b.accessKeyId
           && a.defaultVpcId == b.defaultVpcId && a.defaultSubnetId == b.defaultSubnetId
           && a.defaultFlavor == b.defaultFlavor && a.defaultAgency == b.defaultAgency
           && a.connectTimeoutSeconds == b.connectTimeoutSeconds && a.readTimeoutSeconds == b.readTimeoutSeconds
           && a.proxyMode == b.proxyMode && a.proxyHost == b.proxyHost && a.proxyPort == b.proxyPort
           && a.proxyUser == b.proxyUser && a.caFile == b.caFile && a.recordServer == b.recordServer
           && a.storeSecretsUnencrypted == b.storeSecretsUnencrypted;
}

NetworkSettings Profile::networkSettings() const
{
    NetworkSettings settings;
    settings.proxyMode = proxyMode;
    settings.proxyHost = proxyHost.trimmed();
    settings.proxyPort = proxyPort > 0 && proxyPort <= 65535 ? quint16(proxyPort) : 0;
    settings.proxyUser = proxyUser.trimmed();
    settings.caFile = caFile.trimmed();
    settings.connectTimeout = std::chrono::seconds(connectTimeoutSeconds);
    settings.readTimeout = std::chrono::seconds(readTimeoutSeconds);
    return settings;
}

} // namespace EndpointDesk
