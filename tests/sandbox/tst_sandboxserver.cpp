#include "SandboxAkSkVerifier.h"
#include "SandboxDemo.h"
#include "SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

#include <memory>

using namespace EndpointDesk;

class TestSandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createOverHttp();
    void refusedWithoutToken();
    void unknownPath();
    void signedWithHostAndPort();
    void passwordSignInOverHttp();

private:
    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                        const QByteArray &token = {});

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestSandboxServer::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(!m_server->baseUrl().toString().endsWith(QLatin1Char('/')));
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestSandboxServer::cleanup()
{
    m_network.reset();
    m_server.reset();
}

QNetworkReply *TestSandboxServer::send(const QByteArray &method, const QString &path, const QByteArray &body,
                                       const QByteArray &token)
{
    QNetworkRequest request(QUrl(m_server->baseUrl().toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("X-Auth-Token", token);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    reply->setParent(this);
    return reply;
}

void TestSandboxServer::createOverHttp()
{
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("vpc_id"), m_server->cloud().firstVpcId()},
                                                      {QStringLiteral("subnet_id"), m_server->cloud().firstSubnetId()}})
                                .toJson(QJsonDocument::Compact);
    const QString path = QStringLiteral("/v2/") + SandboxDemo::projectId() + QStringLiteral("/fgs/vpc-endpoint");
    QNetworkReply *reply = send("POST", path, body, SandboxDemo::token().toLatin1());
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("application/json"));
    QCOMPARE(reply->rawHeader("X-Request-Id").size(), 32);
    const QJsonObject result = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(result.value(QStringLiteral("endpoints")).toArray().size(), 2);

    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.at(0).at(0).toByteArray(), QByteArray("POST"));
    QCOMPARE(handled.at(0).at(1).toString(), path);
    QCOMPARE(handled.at(0).at(2).toInt(), 200);
    QCOMPARE(m_server->cloud().endpoints().size(), 1);

    // The same connection carries the next request: the answer was framed correctly.
    QNetworkReply *remove = send("DELETE",
                                 path + QLatin1Char('/') + m_server->cloud().firstVpcId() + QLatin1Char('/')
                                     + m_server->cloud().firstSubnetId(),
                                 {}, SandboxDemo::token().toLatin1());
    QTRY_VERIFY(remove->isFinished());
    QCOMPARE(remove->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
    QVERIFY(m_server->cloud().endpoints().isEmpty());
}

void TestSandboxServer::refusedWithoutToken()
{
    QNetworkReply *reply = send("GET", QStringLiteral("/v2/") + SandboxDemo::projectId()
                                           + QStringLiteral("/fgs/service-trusted-agencies"));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    const QJsonObject error = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(error.value(QStringLiteral("error_code")).toString(), QStringLiteral("APIGW.0301"));
    QCOMPARE(error.value(QStringLiteral("error_msg")).toString(),
             QStringLiteral("Incorrect IAM authentication information: x-auth-token not found"));
}

void TestSandboxServer::unknownPath()
{
    QNetworkReply *reply = send("GET", QStringLiteral("/v2/nothing/here?x=1"), {}, SandboxDemo::token().toLatin1());
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("error_code")).toString(),
             QStringLiteral("APIGW.0101"));
    QCOMPARE(reply->rawHeader("X-Request-Id").size(), 32);
}

// The signature covers the Host header exactly as the client sent it, port included.
void TestSandboxServer::signedWithHostAndPort()
{
    const QString path = QStringLiteral("/v1/") + SandboxDemo::projectId() + QStringLiteral("/vpcs?limit=2");
    const QByteArray host = "127.0.0.1:" + QByteArray::number(m_server->port());
    SandboxRequest toSign = SandboxRequest::create("GET", path);
    toSign.setHeader("Host", host);
    toSign.setHeader("X-Project-Id", SandboxDemo::projectId().toLatin1());
    toSign.setHeader("X-Sdk-Date",
                     QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1());

    auto sendSigned = [&](const QByteArray &signedHost) {
        SandboxRequest request = toSign;
        request.setHeader("Host", signedHost);
        QNetworkRequest network(QUrl(m_server->baseUrl().toString() + path));
        network.setRawHeader("X-Project-Id", request.header("X-Project-Id"));
        network.setRawHeader("X-Sdk-Date", request.header("X-Sdk-Date"));
        network.setRawHeader("Authorization",
                             SandboxAkSkVerifier::authorization(request, SandboxDemo::accessKey().toLatin1(),
                                                                SandboxDemo::secretKey().toLatin1(),
                                                                {"host", "x-project-id", "x-sdk-date"}));
        QNetworkReply *reply = m_network->get(network);
        reply->setParent(this);
        return reply;
    };

    QNetworkReply *good = sendSigned(host);
    QTRY_VERIFY(good->isFinished());
    QCOMPARE(good->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(good->readAll()).object().value(QStringLiteral("vpcs")).toArray().size(), 2);

    QNetworkReply *withoutPort = sendSigned("127.0.0.1");
    QTRY_VERIFY(withoutPort->isFinished());
    QCOMPARE(withoutPort->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
}

void TestSandboxServer::passwordSignInOverHttp()
{
    const QByteArray body =
        QStringLiteral(
            R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"domain":{"name":"%1"},"name":"%2","password":"%3"}}},"scope":{"project":{"name":"cn-north-4"}}}})")
            .arg(SandboxDemo::accountName(), SandboxDemo::userName(), SandboxDemo::password())
            .toUtf8();
    QNetworkRequest request(QUrl(m_server->baseUrl().toString() + QStringLiteral("/v3/auth/tokens?nocatalog=true")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json;charset=utf8"));
    QNetworkReply *reply = m_network->post(request, body);
    reply->setParent(this);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    QVERIFY(!reply->rawHeader("X-IAM-Trace-Id").isEmpty());
    const QByteArray token = reply->rawHeader("X-Subject-Token");
    QVERIFY(!token.isEmpty());

    QNetworkReply *projects = send("GET", QStringLiteral("/v3/auth/projects"), {}, token);
    QTRY_VERIFY(projects->isFinished());
    QCOMPARE(projects->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
