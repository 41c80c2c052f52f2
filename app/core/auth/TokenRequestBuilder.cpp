#include "TokenRequestBuilder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace EndpointDesk {

TokenRequestBuilder::TokenRequestBuilder(ServiceEndpoints endpoints)
    : m_endpoints(std::move(endpoints))
{
}

bool TokenRequestBuilder::usesMfa(const Credentials &credentials)
{
    return !credentials.mfaCode.trimmed().isEmpty();
}

QString TokenRequestBuilder::check(const Credentials &credentials)
{
    auto say = [](const char *text) { return QCoreApplication::translate("EndpointDesk", text); };
    if (credentials.accountName.trimmed().isEmpty())
        return say(QT_TRANSLATE_NOOP("EndpointDesk",
                                     "Enter the account name (the account the IAM user belongs to; for the account "
                                     "itself, its own name)."));
    if (credentials.userName.trimmed().isEmpty())
        return say(QT_TRANSLATE_NOOP("EndpointDesk",
                                     "Enter the IAM user name (for the account itself, the account name again)."));
    if (credentials.password.isEmpty())
        return say(QT_TRANSLATE_NOOP("EndpointDesk", "Enter the password."));
    if (usesMfa(credentials) && credentials.mfaUserId.trimmed().isEmpty())
        return say(QT_TRANSLATE_NOOP("EndpointDesk",
                                     "Signing in with an MFA code needs the IAM user ID (My Credentials, "
                                     "\"IAM User ID\"). Enter it in MFA user ID."));
    return {};
}

QByteArray TokenRequestBuilder::body(const Credentials &credentials, const QString &projectId,
                                     const QString &projectName)
{
    const QJsonObject user{
        {QLatin1String("domain"), QJsonObject{{QLatin1String("name"), credentials.accountName.trimmed()}}},
        {QLatin1String("name"), credentials.userName.trimmed()},
        // Passwords may begin or end with spaces: sent exactly as typed.
        {QLatin1String("password"), credentials.password},
    };
    QJsonArray methods{QLatin1String("password")};
    QJsonObject identity{{QLatin1String("password"), QJsonObject{{QLatin1String("user"), user}}}};
    if (usesMfa(credentials)) {
        methods.append(QLatin1String("totp"));
        identity.insert(QLatin1String("totp"),
                        QJsonObject{{QLatin1String("user"),
                                     QJsonObject{{QLatin1String("id"), credentials.mfaUserId.trimmed()},
                                                 {QLatin1String("passcode"), credentials.mfaCode.trimmed()}}}});
    }
    identity.insert(QLatin1String("methods"), methods);

    const QJsonObject project = projectId.trimmed().isEmpty()
                                    ? QJsonObject{{QLatin1String("name"), projectName.trimmed()}}
                                    : QJsonObject{{QLatin1String("id"), projectId.trimmed()}};
    const QJsonObject auth{{QLatin1String("identity"), identity},
                           {QLatin1String("scope"), QJsonObject{{QLatin1String("project"), project}}}};
    return QJsonDocument(QJsonObject{{QLatin1String("auth"), auth}}).toJson(QJsonDocument::Compact);
}

QUrl TokenRequestBuilder::tokensUrl() const
{
    QUrl url = m_endpoints.url(ServiceEndpoints::Service::Iam, QStringLiteral("/v3/auth/tokens"));
    // The service catalog is large and unused.
    url.setQuery(QStringLiteral("nocatalog=true"));
    return url;
}

ApiRequest TokenRequestBuilder::tokenValidation(const QString &token) const
{
    ApiRequest request;
    request.method = QByteArrayLiteral("GET");
    request.url = tokensUrl();
    request.setHeader(QByteArrayLiteral("X-Auth-Token"), token.trimmed().toLatin1());
    request.setHeader(QByteArrayLiteral("X-Subject-Token"), token.trimmed().toLatin1());
    return request;
}

ApiRequest TokenRequestBuilder::passwordToken(const Credentials &credentials, const QString &projectId) const
{
    ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = tokensUrl();
    request.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=utf8"));
    request.body = body(credentials, projectId, m_endpoints.regionId());
    return request;
}

} // namespace EndpointDesk
