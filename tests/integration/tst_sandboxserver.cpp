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
    QNetworkReply *reply = send(
        "GET", QStringLiteral("/v2/") + SandboxDemo::projectId() + QStringLiteral("/fgs/service-trusted-agencies"));
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

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
