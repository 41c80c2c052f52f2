#include "SandboxIam.h"

#include "SandboxClock.h"
#include "SandboxDemo.h"
#include "SandboxInventory.h"
#include "SandboxTokenStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace EndpointDesk {

namespace {

SandboxResponse badRequest(const QString &message)
{
    return SandboxResponse::keystoneError(400, message, QStringLiteral("Bad Request"));
}

SandboxResponse unauthorized(const QString &message)
{
    return SandboxResponse::keystoneError(401, message, QStringLiteral("Unauthorized"));
}

QJsonObject at(const QJsonObject &object, const char *path)
{
    QJsonObject current = object;
    for (const QByteArray &key : QByteArray(path).split('.'))
        current = current.value(QString::fromLatin1(key)).toObject();
    return current;
}

} // namespace

SandboxIam::SandboxIam(const SandboxInventory &inventory, SandboxTokenStore &tokens, const SandboxClock &clock)
    : m_inventory(inventory)
    , m_tokens(tokens)
    , m_clock(clock)
{
}

void SandboxIam::setTokenLifetime(int seconds)
{
    m_tokenLifetime = seconds;
}

int SandboxIam::tokenLifetime() const
{
    return m_tokenLifetime;
}

SandboxResponse SandboxIam::issueToken(const SandboxRequest &request)
{
    int lifetime = m_tokenLifetime;
    if (request.hasHeader("X-Sandbox-Token-Lifetime")) {
        bool ok = false;
        lifetime = request.header("X-Sandbox-Token-Lifetime").trimmed().toInt(&ok);
        if (!ok || lifetime < 1 || lifetime > defaultTokenLifetime)
            return badRequest(QStringLiteral("X-Sandbox-Token-Lifetime must be a number of seconds from 1 to %1")
                                  .arg(defaultTokenLifetime));
    }

    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonObject auth = document.object().value(QStringLiteral("auth")).toObject();
    const QJsonObject identity = auth.value(QStringLiteral("identity")).toObject();
    QStringList methods;
    for (const QJsonValue &method : identity.value(QStringLiteral("methods")).toArray())
        methods.append(method.toString());
    if (!document.isObject() || !methods.contains(QLatin1String("password")))
        return badRequest(
            QStringLiteral("The request body is invalid: auth.identity.methods must contain \"password\"."));

    const QJsonObject user = at(identity, "password.user");
    const QString account = at(user, "domain").value(QStringLiteral("name")).toString();
    const QString name = user.value(QStringLiteral("name")).toString();
    const QString password = user.value(QStringLiteral("password")).toString();
    if (account.isEmpty() || name.isEmpty() || password.isEmpty())
        return badRequest(QStringLiteral("The request body is invalid: the user's domain name, name and password are "
                                         "required."));

    const bool plainUser = name == SandboxDemo::userName() && password == SandboxDemo::password();
    const bool mfaUser = name == SandboxDemo::mfaUserName() && password == SandboxDemo::mfaPassword();
    if (account != SandboxDemo::accountName() || (!plainUser && !mfaUser))
        return unauthorized(QStringLiteral("The username or password is wrong."));
    if (mfaUser) {
        // The cloud's exact wording for a missing second factor is not documented; this says what is needed.
        if (!methods.contains(QLatin1String("totp")))
            return unauthorized(QStringLiteral("MFA verification is required. Add the totp method with the user ID "
                                               "and the verification code from the virtual MFA device."));
        const QJsonObject totp = at(identity, "totp.user");
        if (totp.value(QStringLiteral("id")).toString() != SandboxDemo::mfaUserId()
            || totp.value(QStringLiteral("passcode")).toString() != SandboxDemo::mfaPasscode())
            return unauthorized(QStringLiteral("The verification code is wrong."));
    }

    // Scope: a project by id or by name (a region's default project is named after it); otherwise the token is
    // scoped to the account (domain) and good for IAM calls only.
    const QJsonObject scopeProject = at(auth, "scope.project");
    const SandboxProject *project = nullptr;
    if (!scopeProject.isEmpty()) {
        const QString id = scopeProject.value(QStringLiteral("id")).toString();
        const QString projectName = scopeProject.value(QStringLiteral("name")).toString();
        project = id.isEmpty() ? m_inventory.projectByName(projectName) : m_inventory.project(id);
        if (!project)
            return badRequest(QStringLiteral("The project %1 does not exist.").arg(id.isEmpty() ? projectName : id));
    }

    SandboxToken token;
    token.userId = mfaUser ? SandboxDemo::mfaUserId() : SandboxDemo::userId();
    token.userName = name;
    token.domainId = SandboxDemo::domainId();
    token.domainName = account;
    token.projectId = project ? project->id : QString();
    token.methods = mfaUser ? QStringList{QStringLiteral("password"), QStringLiteral("totp")}
                            : QStringList{QStringLiteral("password")};
    token.issuedAt = m_clock.now();
    token.expiresAt = token.issuedAt.addSecs(lifetime);
    const SandboxToken &issued = m_tokens.issue(token);

    QJsonObject body = tokenBody(issued, project);
    if (request.query.queryItemValue(QStringLiteral("nocatalog")) != QLatin1String("true")) {
        // Every service answers on the address the client used.
        const QString url = QStringLiteral("http://") + QString::fromLatin1(request.header("Host"));
        QJsonArray catalog;
        for (const char *type : {"iam", "vpc", "functiongraph"}) {
            catalog.append(QJsonObject{
                {QStringLiteral("type"), QString::fromLatin1(type)},
                {QStringLiteral("name"), QString::fromLatin1(type)},
                {QStringLiteral("endpoints"),
                 QJsonArray{QJsonObject{{QStringLiteral("interface"), QStringLiteral("public")},
                                        {QStringLiteral("region"), project ? project->regionId : QStringLiteral("*")},
                                        {QStringLiteral("url"), url}}}},
            });
        }
        body.insert(QStringLiteral("catalog"), catalog);
    }

    SandboxResponse response =
        SandboxResponse::fromJson(201, QJsonDocument(QJsonObject{{QStringLiteral("token"), body}}));
    response.setHeader("X-Subject-Token", issued.value.toLatin1());
    return response;
}

QJsonObject SandboxIam::tokenBody(const SandboxToken &token, const SandboxProject *project)
{
    const QJsonObject domain{{QStringLiteral("id"), token.domainId}, {QStringLiteral("name"), token.domainName}};
    QJsonObject body{
        {QStringLiteral("expires_at"), SandboxTokenStore::formatTime(token.expiresAt)},
        {QStringLiteral("issued_at"), SandboxTokenStore::formatTime(token.issuedAt)},
        {QStringLiteral("methods"), QJsonArray::fromStringList(token.methods)},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), token.userId},
                                             {QStringLiteral("name"), token.userName},
                                             {QStringLiteral("domain"), domain},
                                             {QStringLiteral("password_expires_at"), QString()}}},
        {QStringLiteral("roles"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("0")},
                                {QStringLiteral("name"), QStringLiteral("op_fine_grained")}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("f2d3a1b5c6e74f8a9b0c1d2e3f4a5b6c")},
                                {QStringLiteral("name"), QStringLiteral("te_admin")}}}},
    };
    if (project) {
        body.insert(QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), project->id},
                                                           {QStringLiteral("name"), project->name},
                                                           {QStringLiteral("domain"), domain}});
    } else {
        body.insert(QStringLiteral("domain"), domain);
    }
    return body;
}

SandboxResponse SandboxIam::validateToken(const SandboxRequest &request) const
{
    // IAM checks the caller's own token first, then the one asked about (they may be the same).
    const SandboxToken *caller = m_tokens.find(QString::fromLatin1(request.header("X-Auth-Token")));
    if (!caller || isExpired(*caller))
        return unauthorized(QStringLiteral("The request you have made requires authentication."));
    const QString subject = QString::fromLatin1(request.header("X-Subject-Token"));
    if (subject.isEmpty())
        return badRequest(QStringLiteral("X-Subject-Token is required."));
    const SandboxToken *token = m_tokens.find(subject);
    if (!token || isExpired(*token))
        return SandboxResponse::keystoneError(404, QStringLiteral("Could not find token."),
                                              QStringLiteral("Not Found"));
    // The demo token never expires; it is told as one issued now, as the cloud would.
    SandboxToken told = *token;
    if (!told.expiresAt.isValid()) {
        told.issuedAt = m_clock.now();
        told.expiresAt = told.issuedAt.addSecs(defaultTokenLifetime);
    }
    SandboxResponse response = SandboxResponse::fromJson(
        200,
        QJsonDocument(QJsonObject{{QStringLiteral("token"), tokenBody(told, m_inventory.project(told.projectId))}}));
    response.setHeader("X-Subject-Token", token->value.toLatin1());
    return response;
}

bool SandboxIam::isExpired(const SandboxToken &token) const
{
    return token.expiresAt.isValid() && m_clock.now() >= token.expiresAt;
}

SandboxResponse SandboxIam::listProjects(const SandboxIdentity &identity) const
{
    QJsonArray projects;
    for (const SandboxProject &project : m_inventory.projects()) {
        if (project.domainId != identity.domainId)
            continue;
        projects.append(QJsonObject{
            {QStringLiteral("id"), project.id},
            {QStringLiteral("name"), project.name},
            {QStringLiteral("domain_id"), project.domainId},
            {QStringLiteral("parent_id"), project.domainId},
            {QStringLiteral("description"), QString()},
            {QStringLiteral("is_domain"), false},
            {QStringLiteral("enabled"), true},
        });
    }
    return SandboxResponse::fromJson(200, QJsonDocument(QJsonObject{{QStringLiteral("projects"), projects}}));
}

} // namespace EndpointDesk
