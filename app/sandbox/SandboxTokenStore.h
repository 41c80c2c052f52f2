#pragma once

#include "SandboxToken.h"

#include <QHash>

namespace EndpointDesk {

// Tokens issued by the emulated IAM, plus the demo token that is always accepted.
class SandboxTokenStore
{
public:
    SandboxTokenStore();

    // Stores the token under a new random value and returns it.
    const SandboxToken &issue(SandboxToken token);
    const SandboxToken *find(const QString &value) const;

    // "2020-01-04T09:05:22.701000Z", as IAM writes times.
    static QString formatTime(const QDateTime &time);

private:
    QHash<QString, SandboxToken> m_tokens;
};

} // namespace EndpointDesk
