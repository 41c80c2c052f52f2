#pragma once

#include <QString>

namespace EndpointDesk {

// An IAM agency trusted by FunctionGraph. expireTime is "null" when it never expires, as the cloud says.
struct SandboxAgency
{
    QString name;
    QString expireTime;
};

} // namespace EndpointDesk
