#include "SecretKind.h"

namespace EndpointDesk {

QList<SecretKind> SecretKinds::all()
{
    return signIn() << SecretKind::ProxyPassword << SecretKind::RecordPassword;
}

QList<SecretKind> SecretKinds::signIn()
{
    return {SecretKind::Password, SecretKind::SecretKey, SecretKind::SecurityToken, SecretKind::Token};
}

QString SecretKinds::id(SecretKind kind)
{
    switch (kind) {
    case SecretKind::Password:
        return QStringLiteral("password");
    case SecretKind::SecretKey:
        return QStringLiteral("secret-key");
    case SecretKind::SecurityToken:
        return QStringLiteral("security-token");
    case SecretKind::Token:
        return QStringLiteral("token");
    case SecretKind::ProxyPassword:
        return QStringLiteral("proxy-password");
    case SecretKind::RecordPassword:
        return QStringLiteral("record-password");
    }
    return {};
}

std::optional<SecretKind> SecretKinds::fromId(const QString &id)
{
    for (SecretKind kind : all()) {
        if (SecretKinds::id(kind) == id)
            return kind;
    }
    return std::nullopt;
}

QList<SecretKind> SecretKinds::forMethod(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Token:
        return {SecretKind::Token};
    case AuthMethod::IamPassword:
        return {SecretKind::Password};
    case AuthMethod::AkSk:
        return {SecretKind::SecretKey};
    case AuthMethod::TemporaryAkSk:
        return {SecretKind::SecretKey, SecretKind::SecurityToken};
    }
    return {};
}

} // namespace EndpointDesk
