#include "SandboxCloud.h"
#include "SandboxDemo.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace EndpointDesk;

namespace {

QJsonObject passwordIdentity(const QString &user, const QString &password)
{
    return QJsonObject{
        {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
        {QStringLiteral("password"),
         QJsonObject{
             {QStringLiteral("user"),
              QJsonObject{{QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), SandboxDemo::accountName()}}},
                          {QStringLiteral("name"), user},
                          {QStringLiteral("password"), password}}}}},
    };
}

QJsonObject withTotp(QJsonObject identity, const QString &userId, const QString &passcode)
{
    identity.insert(QStringLiteral("methods"), QJsonArray{QStringLiteral("password"), QStringLiteral("totp")});
    identity.insert(QStringLiteral("totp"),
                    QJsonObject{{QStringLiteral("user"),
                                 QJsonObject{{QStringLiteral("id"), userId}, {QStringLiteral("passcode"), passcode}}}});
    return identity;
}

SandboxRequest tokenRequest(const QJsonObject &identity, const QJsonObject &scope = {},
                            const QString &query = QStringLiteral("?nocatalog=true"))
{
    QJsonObject auth{{QStringLiteral("identity"), identity}};
    if (!scope.isEmpty())
        auth.insert(QStringLiteral("scope"), scope);
    SandboxRequest request = SandboxRequest::create(
        "POST", QStringLiteral("/v3/auth/tokens") + query,
        QJsonDocument(QJsonObject{{QStringLiteral("auth"), auth}}).toJson(QJsonDocument::Compact));
    request.setHeader("Content-Type", "application/json;charset=utf8");
    request.setHeader("Host", "127.0.0.1:8099");
    return request;
}

QJsonObject projectScope(const QString &key, const QString &value)
{
    return QJsonObject{{QStringLiteral("project"), QJsonObject{{key, value}}}};
}

SandboxResponse agencies(SandboxCloud &cloud, const QByteArray &token,
                         const QString &projectId = SandboxDemo::projectId())
{
    SandboxRequest request = SandboxRequest::create("GET", QStringLiteral("/v2/") + projectId
                                                               + QStringLiteral("/fgs/service-trusted-agencies"));
    request.setHeader("X-Auth-Token", token);
    return cloud.handle(request);
}

} // namespace

class TestSandboxIam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordToken();
    void scopeByName();
    void catalog();
    void refused_data();
    void refused();
    void mfaToken();
    void domainScopedToken();
    void shortLivedToken();
    void tokenLifetimeSetter();
    void projects();
};

void TestSandboxIam::passwordToken()
{
    SandboxCloud cloud;
    const QDateTime now(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC);
    cloud.setClock([now] { return now; });
    const SandboxResponse response =
        cloud.handle(tokenRequest(passwordIdentity(SandboxDemo::userName(), SandboxDemo::password()),
                                  projectScope(QStringLiteral("id"), SandboxDemo::projectId())));
    QCOMPARE(response.status, 201);
    const QByteArray token = response.header("X-Subject-Token");
    QVERIFY(token.startsWith("MII"));
    QVERIFY(token.size() > 100);
    QCOMPARE(response.header("X-IAM-Trace-Id").size(), 32);
    QCOMPARE(response.header("X-Request-Id").size(), 32);

    const QJsonObject body = response.json().object().value(QStringLiteral("token")).toObject();
    QCOMPARE(body.value(QStringLiteral("issued_at")).toString(), QStringLiteral("2024-05-01T08:00:00.000000Z"));
    QCOMPARE(body.value(QStringLiteral("expires_at")).toString(), QStringLiteral("2024-05-02T08:00:00.000000Z"));
    const QJsonObject project = body.value(QStringLiteral("project")).toObject();
    QCOMPARE(project.value(QStringLiteral("id")).toString(), SandboxDemo::projectId());
    QCOMPARE(project.value(QStringLiteral("name")).toString(), QStringLiteral("cn-north-4"));
    const QJsonObject user = body.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("name")).toString(), SandboxDemo::userName());
    QCOMPARE(user.value(QStringLiteral("domain")).toObject().value(QStringLiteral("name")).toString(),
             SandboxDemo::accountName());
    QVERIFY(!body.value(QStringLiteral("roles")).toArray().isEmpty());
    QVERIFY(!body.contains(QStringLiteral("catalog")));

    QCOMPARE(agencies(cloud, token).status, 200);
    QCOMPARE(agencies(cloud, token, cloud.projects().at(1).id).status, 403);
}

void TestSandboxIam::scopeByName()
{
    SandboxCloud cloud;
    const SandboxResponse response =
        cloud.handle(tokenRequest(passwordIdentity(SandboxDemo::userName(), SandboxDemo::password()),
                                  projectScope(QStringLiteral("name"), QStringLiteral("cn-east-3"))));
    QCOMPARE(response.status, 201);
    const QString id = response.json()
                           .object()
                           .value(QStringLiteral("token"))
                           .toObject()
                           .value(QStringLiteral("project"))
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    QCOMPARE(id, cloud.inventory().projectByName(QStringLiteral("cn-east-3"))->id);
    QCOMPARE(agencies(cloud, response.header("X-Subject-Token"), id).status, 200);
}

void TestSandboxIam::catalog()
{
    SandboxCloud cloud;
    const SandboxResponse response =
        cloud.handle(tokenRequest(passwordIdentity(SandboxDemo::userName(), SandboxDemo::password()),
                                  projectScope(QStringLiteral("id"), SandboxDemo::projectId()), QString()));
    QCOMPARE(response.status, 201);
    const QJsonArray catalog =
        response.json().object().value(QStringLiteral("token")).toObject().value(QStringLiteral("catalog")).toArray();
    QCOMPARE(catalog.size(), 3);
    QCOMPARE(catalog.at(0)
                 .toObject()
                 .value(QStringLiteral("endpoints"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("url")),
             QJsonValue(QStringLiteral("http://127.0.0.1:8099")));
}

void TestSandboxIam::refused_data()
{
    QTest::addColumn<QJsonObject>("identity");
    QTest::addColumn<QJsonObject>("scope");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    const QJsonObject scope = projectScope(QStringLiteral("id"), SandboxDemo::projectId());
    QTest::newRow("wrong password") << passwordIdentity(SandboxDemo::userName(), QStringLiteral("nope")) << scope << 401
                                    << QStringLiteral("The username or password is wrong.");
    QTest::newRow("unknown user") << passwordIdentity(QStringLiteral("someone"), SandboxDemo::password()) << scope
                                  << 401 << QStringLiteral("The username or password is wrong.");
    QJsonObject wrongAccount = passwordIdentity(SandboxDemo::userName(), SandboxDemo::password());
    QJsonObject password = wrongAccount.value(QStringLiteral("password")).toObject();
    QJsonObject user = password.value(QStringLiteral("user")).toObject();
    user.insert(QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), QStringLiteral("other-account")}});
    password.insert(QStringLiteral("user"), user);
    wrongAccount.insert(QStringLiteral("password"), password);
    QTest::newRow("wrong account") << wrongAccount << scope << 401
                                   << QStringLiteral("The username or password is wrong.");
    QTest::newRow("MFA user without code") << passwordIdentity(SandboxDemo::mfaUserName(), SandboxDemo::mfaPassword())
                                           << scope << 401 << QStringLiteral("MFA verification is required");
    QTest::newRow("MFA wrong code") << withTotp(
        passwordIdentity(SandboxDemo::mfaUserName(), SandboxDemo::mfaPassword()), SandboxDemo::mfaUserId(),
        QStringLiteral("000000")) << scope
                                    << 401 << QStringLiteral("The verification code is wrong.");
    QTest::newRow("MFA wrong user id") << withTotp(
        passwordIdentity(SandboxDemo::mfaUserName(), SandboxDemo::mfaPassword()), SandboxDemo::userId(),
        SandboxDemo::mfaPasscode()) << scope
                                       << 401 << QStringLiteral("The verification code is wrong.");
    QTest::newRow("unknown project id") << passwordIdentity(SandboxDemo::userName(), SandboxDemo::password())
                                        << projectScope(QStringLiteral("id"),
                                                        QStringLiteral("00000000000000000000000000000000"))
                                        << 400 << QStringLiteral("00000000000000000000000000000000");
    QTest::newRow("unknown project name")
        << passwordIdentity(SandboxDemo::userName(), SandboxDemo::password())
        << projectScope(QStringLiteral("name"), QStringLiteral("eu-west-0")) << 400 << QStringLiteral("eu-west-0");
    QTest::newRow("no methods") << QJsonObject() << scope << 400 << QStringLiteral("password");
}

void TestSandboxIam::refused()
{
    QFETCH(QJsonObject, identity);
    QFETCH(QJsonObject, scope);
    QFETCH(int, status);
    QFETCH(QString, message);
    SandboxCloud cloud;
    const SandboxResponse response = cloud.handle(tokenRequest(identity, scope));
    QCOMPARE(response.status, status);
    QVERIFY(response.header("X-Subject-Token").isEmpty());
    QCOMPARE(response.header("X-IAM-Trace-Id").size(), 32);
    const QJsonObject error = response.json().object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), status);
    QVERIFY2(error.value(QStringLiteral("message")).toString().contains(message), response.body.constData());
    QCOMPARE(error.value(QStringLiteral("title")).toString(),
             status == 401 ? QStringLiteral("Unauthorized") : QStringLiteral("Bad Request"));
    if (message == QLatin1String("The username or password is wrong."))
        QCOMPARE(
            response.body,
            QByteArray(
                R"({"error":{"code":401,"message":"The username or password is wrong.","title":"Unauthorized"}})"));
}

void TestSandboxIam::mfaToken()
{
    SandboxCloud cloud;
    const SandboxResponse response =
        cloud.handle(tokenRequest(withTotp(passwordIdentity(SandboxDemo::mfaUserName(), SandboxDemo::mfaPassword()),
                                           SandboxDemo::mfaUserId(), SandboxDemo::mfaPasscode()),
                                  projectScope(QStringLiteral("id"), SandboxDemo::projectId())));
    QCOMPARE(response.status, 201);
    const QJsonObject token = response.json().object().value(QStringLiteral("token")).toObject();
    QCOMPARE(token.value(QStringLiteral("methods")).toArray(),
             (QJsonArray{QStringLiteral("password"), QStringLiteral("totp")}));
    QCOMPARE(token.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString(),
             SandboxDemo::mfaUserId());
    QCOMPARE(agencies(cloud, response.header("X-Subject-Token")).status, 200);
}

void TestSandboxIam::domainScopedToken()
{
    SandboxCloud cloud;
    const SandboxResponse response =
        cloud.handle(tokenRequest(passwordIdentity(SandboxDemo::userName(), SandboxDemo::password())));
    QCOMPARE(response.status, 201);
    QVERIFY(!response.json().object().value(QStringLiteral("token")).toObject().contains(QStringLiteral("project")));
    QCOMPARE(agencies(cloud, response.header("X-Subject-Token")).status, 403);
    SandboxRequest projects = SandboxRequest::create("GET", QStringLiteral("/v3/auth/projects"));
    projects.setHeader("X-Auth-Token", response.header("X-Subject-Token"));
    QCOMPARE(cloud.handle(projects).status, 200);
}

void TestSandboxIam::shortLivedToken()
{
    SandboxCloud cloud;
    QDateTime now(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC);
    cloud.setClock([&now] { return now; });
    SandboxRequest request = tokenRequest(passwordIdentity(SandboxDemo::userName(), SandboxDemo::password()),
                                          projectScope(QStringLiteral("id"), SandboxDemo::projectId()));
    request.setHeader("X-Sandbox-Token-Lifetime", "90");
    const SandboxResponse response = cloud.handle(request);
    QCOMPARE(response.status, 201);
    QCOMPARE(response.json().object().value(QStringLiteral("token")).toObject().value(QStringLiteral("expires_at")),
             QJsonValue(QStringLiteral("2024-05-01T08:01:30.000000Z")));
    const QByteArray token = response.header("X-Subject-Token");

    now = now.addSecs(89);
    QCOMPARE(agencies(cloud, token).status, 200);
    now = now.addSecs(1);
    const SandboxResponse expired = agencies(cloud, token);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.json().object().value(QStringLiteral("error_msg")).toString(),
             QStringLiteral("Incorrect IAM authentication information: token expires, expires_at: "
                            "2024-05-01T08:01:30.000000Z"));

    // Renewal: a new sign-in gives a token that works again.
    const SandboxResponse renewed = cloud.handle(request);
    QCOMPARE(agencies(cloud, renewed.header("X-Subject-Token")).status, 200);

    request.setHeader("X-Sandbox-Token-Lifetime", "0");
    QCOMPARE(cloud.handle(request).status, 400);
    request.setHeader("X-Sandbox-Token-Lifetime", "soon");
    QCOMPARE(cloud.handle(request).status, 400);
}

void TestSandboxIam::tokenLifetimeSetter()
{
    SandboxCloud cloud;
    QDateTime now(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC);
    cloud.setClock([&now] { return now; });
    cloud.setTokenLifetime(5);
    const SandboxResponse response =
        cloud.handle(tokenRequest(passwordIdentity(SandboxDemo::userName(), SandboxDemo::password()),
                                  projectScope(QStringLiteral("id"), SandboxDemo::projectId())));
    now = now.addSecs(5);
    QCOMPARE(agencies(cloud, response.header("X-Subject-Token")).status, 401);
}

void TestSandboxIam::projects()
{
    SandboxCloud cloud;
    SandboxRequest request = SandboxRequest::create("GET", QStringLiteral("/v3/auth/projects"));
    QCOMPARE(cloud.handle(request).status, 401);
    request.setHeader("X-Auth-Token", SandboxDemo::token().toLatin1());
    const SandboxResponse response = cloud.handle(request);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("X-IAM-Trace-Id").size(), 32);
    const QJsonArray projects = response.json().object().value(QStringLiteral("projects")).toArray();
    QStringList names;
    for (const QJsonValue &value : projects) {
        const QJsonObject project = value.toObject();
        names.append(project.value(QStringLiteral("name")).toString());
        QCOMPARE(project.value(QStringLiteral("id")).toString().size(), 32);
        QCOMPARE(project.value(QStringLiteral("domain_id")).toString(), SandboxDemo::domainId());
        QCOMPARE(project.value(QStringLiteral("enabled")).toBool(), true);
    }
    QCOMPARE(names, (QStringList{QStringLiteral("cn-north-4"), QStringLiteral("cn-east-3"), QStringLiteral("cn-east-2"),
                                 QStringLiteral("cn-southwest-2"), QStringLiteral("ap-southeast-2")}));
    QCOMPARE(projects.at(0).toObject().value(QStringLiteral("id")).toString(), SandboxDemo::projectId());
}

QTEST_GUILESS_MAIN(TestSandboxIam)
#include "tst_sandboxiam.moc"
