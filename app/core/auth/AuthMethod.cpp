#include "AuthMethod.h"

#include <QCoreApplication>

namespace EndpointDesk {

QList<AuthMethod> AuthMethods::all()
{
    return {AuthMethod::Token, AuthMethod::IamPassword, AuthMethod::AkSk, AuthMethod::TemporaryAkSk};
}

QString AuthMethods::id(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Token:
        return QStringLiteral("token");
    case AuthMethod::IamPassword:
        return QStringLiteral("iam-password");
    case AuthMethod::AkSk:
        return QStringLiteral("aksk");
    case AuthMethod::TemporaryAkSk:
        return QStringLiteral("temporary-aksk");
    }
    return {};
}

std::optional<AuthMethod> AuthMethods::fromId(const QString &id)
{
    for (AuthMethod method : all()) {
        if (AuthMethods::id(method) == id)
            return method;
    }
    return std::nullopt;
}

QString AuthMethods::label(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Token:
        return QCoreApplication::translate("EndpointDesk", "Token");
    case AuthMethod::IamPassword:
        return QCoreApplication::translate("EndpointDesk", "IAM password");
    case AuthMethod::AkSk:
        return QCoreApplication::translate("EndpointDesk", "AK/SK");
    case AuthMethod::TemporaryAkSk:
        return QCoreApplication::translate("EndpointDesk", "Temporary AK/SK");
    }
    return {};
}

} // namespace EndpointDesk
