#pragma once

#include "AuthMethod.h"

#include <QList>
#include <QString>

#include <optional>

namespace EndpointDesk {

// ProxyPassword belongs to a manual proxy with a user, RecordPassword to the shared record's server
// (RecordServer), not to signing in.
enum class SecretKind { Password, SecretKey, SecurityToken, Token, ProxyPassword, RecordPassword };

class SecretKinds
{
public:
    static QList<SecretKind> all();
    // The secrets of signing in: all but the proxy's and the record server's passwords.
    static QList<SecretKind> signIn();
    // Stable ids: the last part of the keychain key and of the opt-in settings key.
    static QString id(SecretKind kind);
    static std::optional<SecretKind> fromId(const QString &id);
    // The kinds an auth method signs in with, and so the ones a profile using it stores.
    static QList<SecretKind> forMethod(AuthMethod method);
};

} // namespace EndpointDesk
