#include "Credentials.h"

#include <QCoreApplication>
#include <QLocale>

namespace EndpointDesk {

QString Credentials::checkTokenLength(const QString &token)
{
    if (token.size() <= MaxTokenLength)
        return {};
    return QCoreApplication::translate("EndpointDesk",
                                       "The token is longer than %1 characters, more than any IAM token: it was not "
                                       "sent. Copy it again, whole and on its own.")
        .arg(QLocale().toString(MaxTokenLength));
}

QString Credentials::secret(SecretKind kind) const
{
    switch (kind) {
    case SecretKind::Password:
        return password;
    case SecretKind::SecretKey:
        return secretKey;
    case SecretKind::SecurityToken:
        return securityToken;
    case SecretKind::Token:
        return token;
    case SecretKind::ProxyPassword:  // the network's, not the sign-in's
    case SecretKind::RecordPassword: // the shared record's
        break;
    }
    return {};
}

void Credentials::setSecret(SecretKind kind, const QString &value)
{
    switch (kind) {
    case SecretKind::Password:
        password = value;
        break;
    case SecretKind::SecretKey:
        secretKey = value;
        break;
    case SecretKind::SecurityToken:
        securityToken = value;
        break;
    case SecretKind::Token:
        token = value;
        break;
    case SecretKind::ProxyPassword:
    case SecretKind::RecordPassword:
        break;
    }
}

} // namespace EndpointDesk
