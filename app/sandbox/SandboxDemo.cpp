#include "SandboxDemo.h"

namespace EndpointDesk::SandboxDemo {

QString regionId()
{
    return QStringLiteral("cn-north-4");
}

QString projectId()
{
    return QStringLiteral("0c5d1e2f3a4b45c6978d9e0f1a2b3c4d");
}

QString domainId()
{
    return QStringLiteral("9a8b7c6d5e4f43a2b1c0d9e8f7a6b5c4");
}

QString token()
{
    return QStringLiteral("MIISandboxDemoToken-0c5d1e2f3a4b45c6978d9e0f1a2b3c4d-NeverExpires");
}

QString accountName()
{
    return QStringLiteral("sandbox-account");
}

QString userName()
{
    return QStringLiteral("sandbox-user");
}

QString userId()
{
    return QStringLiteral("6a5b4c3d2e1f40a9b8c7d6e5f4a3b2c1");
}

QString password()
{
    return QStringLiteral("Sandbox-Passw0rd");
}

QString mfaUserName()
{
    return QStringLiteral("sandbox-mfa-user");
}

QString mfaUserId()
{
    return QStringLiteral("7b6a5c4d3e2f41a0b9c8d7e6f5a4b3c2");
}

QString mfaPassword()
{
    return QStringLiteral("Sandbox-Mfa-Passw0rd");
}

QString mfaPasscode()
{
    return QStringLiteral("123456");
}

QString accessKey()
{
    return QStringLiteral("SBXDEMOPERMANENTAK01");
}

QString secretKey()
{
    return QStringLiteral("SandboxDemoPermanentSecretKey0123456789ab");
}

QString temporaryAccessKey()
{
    return QStringLiteral("SBXDEMOTEMPORARYAK01");
}

QString temporarySecretKey()
{
    return QStringLiteral("SandboxDemoTemporarySecretKey0123456789ab");
}

QString securityToken()
{
    return QStringLiteral("gQpjbi1ub3J0aC00SandboxDemoSecurityToken0c5d1e2f3a4b45c6978d9e0f1a2b3c4d");
}

QString agencyName()
{
    return QStringLiteral("fgs-vpc-endpoint-agency");
}

} // namespace EndpointDesk::SandboxDemo
