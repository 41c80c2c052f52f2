#include "SignInStatus.h"

#include <QCoreApplication>
#include <QLocale>

namespace EndpointDesk {

bool SignInStatus::isReady(const Credentials &credentials, bool sessionSignedIn)
{
    switch (credentials.method) {
    case AuthMethod::Token:
        return !credentials.token.trimmed().isEmpty();
    case AuthMethod::IamPassword:
        return sessionSignedIn;
    case AuthMethod::AkSk:
        return !credentials.accessKey.trimmed().isEmpty() && !credentials.secretKey.isEmpty();
    case AuthMethod::TemporaryAkSk:
        return !credentials.accessKey.trimmed().isEmpty() && !credentials.secretKey.isEmpty()
               && !credentials.securityToken.trimmed().isEmpty();
    }
    return false;
}

QString SignInStatus::describe(const Credentials &credentials, bool sessionSignedIn, const QString &sessionStatus)
{
    const bool ready = isReady(credentials, sessionSignedIn);
    const QString &token =
        credentials.method == AuthMethod::TemporaryAkSk ? credentials.securityToken : credentials.token;
    const bool usesToken = credentials.method == AuthMethod::Token || credentials.method == AuthMethod::TemporaryAkSk;
    if (const QString tooLong = Credentials::checkTokenLength(token); usesToken && !tooLong.isEmpty())
        return tooLong;
    switch (credentials.method) {
    case AuthMethod::Token:
        return ready ? QCoreApplication::translate("EndpointDesk",
                                                   "Using the pasted token; the cloud checks it with each request.")
                     : QCoreApplication::translate("EndpointDesk", "Paste a token to sign in.");
    case AuthMethod::IamPassword:
        return sessionStatus;
    case AuthMethod::AkSk:
        return ready ? QCoreApplication::translate("EndpointDesk", "Each request is signed with access key %1.")
                           .arg(credentials.accessKey.trimmed())
                     : QCoreApplication::translate("EndpointDesk", "Enter the access key and secret key.");
    case AuthMethod::TemporaryAkSk:
        return ready
                   ? QCoreApplication::translate("EndpointDesk", "Each request is signed with temporary access key %1.")
                         .arg(credentials.accessKey.trimmed())
                   : QCoreApplication::translate("EndpointDesk",
                                                 "Enter the access key, secret key and security token.");
    }
    return {};
}

QString SignInStatus::describeToken(const IamSessionInfo &info)
{
    const QString until = QLocale().toString(info.expiresAt.toLocalTime(), QLocale::ShortFormat);
    if (info.projectId.isEmpty() && info.projectName.isEmpty())
        return QCoreApplication::translate("EndpointDesk",
                                           "The token is %1's (account %2), for the whole account, valid until %3.")
            .arg(info.userName, info.accountName, until);
    const QString project = info.projectName.isEmpty() || info.projectName == info.projectId
                                ? info.projectId
                                : QStringLiteral("%1 (%2)").arg(info.projectName, info.projectId);
    return QCoreApplication::translate("EndpointDesk",
                                       "The token is %1's (account %2), for project %3, valid until %4.")
        .arg(info.userName, info.accountName, project, until);
}

QString SignInStatus::describeFailure(const ApiError &error)
{
    QString text = error.message.trimmed();
    if (!error.hint.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + error.hint;
    text = QCoreApplication::translate("EndpointDesk", "Sign-in failed: %1").arg(text);
    if (!error.requestId.isEmpty())
        text += QLatin1Char(' ') + QCoreApplication::translate("EndpointDesk", "Request ID: %1").arg(error.requestId);
    return text;
}

} // namespace EndpointDesk
