#pragma once

#include <QDateTime>
#include <QStringList>

namespace EndpointDesk {

// What the sandbox remembers about a token it issued.
struct SandboxToken
{
    QString value;
    QString userId;
    QString userName;
    QString domainId;
    QString domainName;
    QString projectId; // empty for a domain-scoped token
    QStringList methods;
    QDateTime issuedAt;
    QDateTime expiresAt; // invalid: never expires (the demo token)
};

} // namespace EndpointDesk
