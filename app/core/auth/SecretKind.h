#pragma once

#include "AuthMethod.h"

#include <QList>
#include <QString>

#include <optional>

namespace EndpointDesk {

enum class SecretKind { Password, SecretKey, SecurityToken, Token };

class SecretKinds
{
public:
    static QList<SecretKind> all();
    // Stable ids: the last part of the keychain key and of the opt-in settings key.
    static QString id(SecretKind kind);
    static std::optional<SecretKind> fromId(const QString &id);
    // The kinds an auth method signs in with, and so the ones a profile using it stores.
    static QList<SecretKind> forMethod(AuthMethod method);
};

} // namespace EndpointDesk
