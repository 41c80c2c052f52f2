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

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void delayedAnswer();
    void clientAbortsDuringDelay();
    void chosenStatusForCount();
    void faultOnlyOnMatchingPath();
    void malformedJson();
    void truncatedBody();
    void hugeBody();
    void droppedConnection();
    void networkStackResendsAfterOneDrop();
    void redirect();
    void throttle();

private:
    QNetworkReply *get(const QString &path,
                       QNetworkRequest::RedirectPolicy policy = QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *create();
    static int status(QNetworkReply *reply);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestSandboxFaults::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestSandboxFaults::cleanup()
{
    m_network.reset();
    m_server.reset();
}

QNetworkReply *TestSandboxFaults::get(const QString &path, QNetworkRequest::RedirectPolicy policy)
{
    QNetworkRequest request(QUrl(m_server->baseUrl().toString() + path));
    request.setRawHeader("X-Auth-Token", SandboxDemo::token().toLatin1());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, policy);
    QNetworkReply *reply = m_network->get(request);
    reply->setParent(this);
    return reply;
}

QNetworkReply *TestSandboxFaults::create()
{
    QNetworkRequest request(QUrl(m_server->baseUrl().toString() + QStringLiteral("/v2/") + SandboxDemo::projectId()
                                 + QStringLiteral("/fgs/vpc-endpoint")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("X-Auth-Token", SandboxDemo::token().toLatin1());
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("vpc_id"), m_server->cloud().firstVpcId()},
                                                      {QStringLiteral("subnet_id"), m_server->cloud().firstSubnetId()}})
                                .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network->post(request, body);
    reply->setParent(this);
    return reply;
}

int TestSandboxFaults::status(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

static QString agenciesPath()
{
    return QStringLiteral("/v2/") + SandboxDemo::projectId() + QStringLiteral("/fgs/service-trusted-agencies");
}

void TestSandboxFaults::delayedAnswer()
{
    m_server->setFault(SandboxFault::delay(400));
    QNetworkReply *reply = get(agenciesPath());
    // The event loop keeps running during the delay: a second server answers meanwhile.
    SandboxServer other;
    QVERIFY(other.start());
    QNetworkReply *quick = m_network->get(QNetworkRequest(QUrl(other.baseUrl().toString() + QStringLiteral("/x"))));
    quick->setParent(this);
    QTRY_VERIFY(quick->isFinished());
    QVERIFY(!reply->isFinished());

    // Still delayed after another answer came and went; no clock is read, so a loaded machine cannot fail this.
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(status(reply), 200);
    QVERIFY(QJsonDocument::fromJson(reply->readAll()).isArray());
    QVERIFY(!m_server->fault().isActive());
}

void TestSandboxFaults::clientAbortsDuringDelay()
{
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    m_server->setFault(SandboxFault::delay(300));
    QNetworkReply *reply = create();
    // The cloud acted at once; only the answer waits.
    QTRY_COMPARE(m_server->cloud().endpoints().size(), 1);
    reply->abort();
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);

    QTRY_COMPARE(handled.size(), 1);
    QCOMPARE(handled.at(0).at(2).toInt(), 0);

    // The server carries on.
    QNetworkReply *next = get(agenciesPath());
    QTRY_VERIFY(next->isFinished());
    QCOMPARE(status(next), 200);
}

void TestSandboxFaults::chosenStatusForCount()
{
    m_server->setFault(SandboxFault::httpStatus(503, 2));
    QList<int> statuses;
    for (int i = 0; i < 3; ++i) {
        QNetworkReply *reply = get(agenciesPath());
        QTRY_VERIFY(reply->isFinished());
        statuses.append(status(reply));
        if (i == 0) {
            const QJsonObject error = QJsonDocument::fromJson(reply->readAll()).object();
            QCOMPARE(error.value(QStringLiteral("error_code")).toString(), QStringLiteral("FSS.0503"));
            QCOMPARE(reply->rawHeader("X-Request-Id").size(), 32);
        }
    }
    QCOMPARE(statuses, (QList<int>{503, 503, 200}));

    m_server->setFault(SandboxFault::httpStatus(500, -1, QStringLiteral("FSS.0500"), QStringLiteral("boom")));
    for (int i = 0; i < 3; ++i) {
        QNetworkReply *reply = get(agenciesPath());
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(status(reply), 500);
    }
    m_server->clearFault();
    QNetworkReply *reply = get(agenciesPath());
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(status(reply), 200);
}

void TestSandboxFaults::faultOnlyOnMatchingPath()
{
    SandboxFault fault = SandboxFault::throttle();
    fault.pathContains = QStringLiteral("/vpc-endpoint");
    m_server->setFault(fault);
    QNetworkReply *other = get(agenciesPath());
    QTRY_VERIFY(other->isFinished());
    QCOMPARE(status(other), 200);
    QVERIFY(m_server->fault().isActive());
    QNetworkReply *reply = create();
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(status(reply), 429);
    QVERIFY(m_server->cloud().endpoints().isEmpty());
}

void TestSandboxFaults::malformedJson()
{
    m_server->setFault(SandboxFault::malformedJson());
    QNetworkReply *reply = create();
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(status(reply), 200);
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("application/json"));
    QJsonParseError error;
    QJsonDocument::fromJson(reply->readAll(), &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestSandboxFaults::truncatedBody()
{
    m_server->setFault(SandboxFault::truncatedBody());
    QNetworkReply *reply = get(agenciesPath());
    QTRY_VERIFY(reply->isFinished());
    QVERIFY(reply->error() != QNetworkReply::NoError);
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    QVERIFY(announced > 0);
    QVERIFY(reply->readAll().size() < announced);
}

void TestSandboxFaults::hugeBody()
{
    m_server->setFault(SandboxFault::hugeBody());
    QNetworkReply *reply = get(agenciesPath());
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const QByteArray body = reply->readAll();
    QCOMPARE(body.size(), 3 * 1024 * 1024);
    QVERIFY(QJsonDocument::fromJson(body).isObject());
}

void TestSandboxFaults::droppedConnection()
{
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    // Every attempt is dropped: the network stack may retry a request whose connection closed unanswered.
    m_server->setFault(SandboxFault::dropConnection(-1));
    QNetworkReply *reply = create();
    QTRY_VERIFY(reply->isFinished());
    QVERIFY(reply->error() != QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute), QVariant());
    QVERIFY(handled.size() >= 1);
    QCOMPARE(handled.at(0).at(2).toInt(), 0);
    QVERIFY(m_server->cloud().endpoints().isEmpty());
}

// Qt 6.4's QNetworkAccessManager silently sends a request again, even a POST on a fresh connection, when the
// connection closes before any answer. The sandbox shows it: one drop, and the create still happens. A client
// that must never send a create twice has to know this.
void TestSandboxFaults::networkStackResendsAfterOneDrop()
{
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    m_server->setFault(SandboxFault::dropConnection(1));
    QNetworkReply *reply = create();
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(handled.size(), 2);
    QCOMPARE(handled.at(0).at(2).toInt(), 0);
    QCOMPARE(handled.at(1).at(2).toInt(), 200);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(m_server->cloud().endpoints().size(), 1);
}

void TestSandboxFaults::redirect()
{
    const QUrl elsewhere(QStringLiteral("https://example.com/elsewhere"));
    m_server->setFault(SandboxFault::redirect(elsewhere));
    QNetworkReply *reply = get(agenciesPath());
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(status(reply), 302);
    QCOMPARE(reply->rawHeader("Location"), elsewhere.toEncoded());
}

void TestSandboxFaults::throttle()
{
    m_server->setFault(SandboxFault::throttle());
    QNetworkReply *reply = create();
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(status(reply), 429);
    const QByteArray requestId = reply->rawHeader("X-Request-Id");
    const QJsonObject error = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(error.value(QStringLiteral("error_code")).toString(), QStringLiteral("APIG.0308"));
    QVERIFY(error.value(QStringLiteral("error_msg"))
                .toString()
                .startsWith(QLatin1String("The throttling threshold has been reached: policy ")));
    QCOMPARE(error.value(QStringLiteral("request_id")).toString().toLatin1(), requestId);
    QVERIFY(m_server->cloud().endpoints().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
