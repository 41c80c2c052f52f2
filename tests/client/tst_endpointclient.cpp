#include "CloudConnection.h"
#include "EndpointClient.h"
#include "SandboxDemo.h"
#include "SandboxDemoSpec.h"
#include "SandboxFault.h"
#include "SandboxServer.h"
#include "TokenAuthenticator.h"
#include "Transport.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace EndpointDesk;

Q_DECLARE_METATYPE(EndpointDesk::SandboxFault)

// The real client against the in-process sandbox, over real HTTP.
class TestEndpointClient : public QObject
{
    Q_OBJECT

private:
    EndpointSpec demoSpec() const { return sandboxDemoSpec(*m_server); }

    void useToken(const QString &token) { m_connection->setAuthenticator(std::make_shared<TokenAuthenticator>(token)); }

    EndpointResult create(const EndpointSpec &spec)
    {
        QSignalSpy finished(m_client.get(), &EndpointClient::createFinished);
        if (!m_client->create(spec))
            return {};
        if (!finished.wait(10000))
            return {};
        return finished.first().at(1).value<EndpointResult>();
    }

    EndpointResult remove(const EndpointKey &key)
    {
        QSignalSpy finished(m_client.get(), &EndpointClient::deleteFinished);
        if (!m_client->remove(key) || !finished.wait(10000))
            return {};
        return finished.first().at(1).value<EndpointResult>();
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<CloudConnection> m_connection;
    std::unique_ptr<EndpointClient> m_client;

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->start());
        m_transport = std::make_unique<Transport>();
        m_connection = std::make_unique<CloudConnection>(m_transport.get());
        m_connection->setEndpoints(ServiceEndpoints(SandboxDemo::regionId(), m_server->baseUrl()));
        useToken(SandboxDemo::token());
        m_client = std::make_unique<EndpointClient>(m_connection.get());
    }

    void cleanup()
    {
        m_client.reset();
        m_connection.reset();
        m_transport.reset();
        m_server.reset();
    }

    void createsAnEndpoint()
    {
        QSignalSpy busy(m_client.get(), &EndpointClient::busyChanged);
        const EndpointResult result = create(demoSpec());
        QVERIFY2(result.succeeded(), qPrintable(result.error.code + QLatin1Char(' ') + result.error.message));
        QVERIFY(!result.endpointIps.isEmpty());
        QVERIFY(!result.address.isEmpty());
        QCOMPARE(result.requestId.size(), 32);
        QCOMPARE(busy.size(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
        QCOMPARE(m_server->cloud().endpoints().size(), 1);
    }

    void announcesEachCallBeforeSendingIt()
    {
        QSignalSpy createStarted(m_client.get(), &EndpointClient::createStarted);
        QSignalSpy deleteStarted(m_client.get(), &EndpointClient::deleteStarted);
        QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
        EndpointSpec padded = demoSpec();
        padded.vpcId = QLatin1String("  ") + padded.vpcId;
        QVERIFY(m_client->create(padded));
        QCOMPARE(createStarted.size(), 1);
        QCOMPARE(handled.size(), 0);
        QCOMPARE(createStarted.first().at(0).value<EndpointSpec>().vpcId, demoSpec().vpcId); // as sent
        QVERIFY2(!m_client->create(demoSpec()), "busy");
        QCOMPARE(createStarted.size(), 1);
        QTRY_VERIFY(!m_client->isBusy());

        const EndpointKey key{demoSpec().region, demoSpec().projectId, demoSpec().vpcId, demoSpec().subnetId};
        QVERIFY(m_client->remove(key));
        QCOMPARE(deleteStarted.size(), 1);
        QCOMPARE(deleteStarted.first().at(0).value<EndpointKey>(), key);
        QTRY_VERIFY(!m_client->isBusy());
    }

    void oneCallAtATime()
    {
        QSignalSpy finished(m_client.get(), &EndpointClient::createFinished);
        QVERIFY(m_client->create(demoSpec()));
        QVERIFY2(!m_client->create(demoSpec()), "a second create while one runs is refused, not queued");
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_server->cloud().endpoints().size(), 1);
    }

    void cloudErrors_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        QTest::newRow("400 subnet of another VPC")
            << QStringLiteral("foreign-subnet") << 400 << QStringLiteral("FSS.0400");
        QTest::newRow("400 unknown flavor") << QStringLiteral("flavor") << 400 << QStringLiteral("FSS.0400");
        QTest::newRow("401 unknown token") << QStringLiteral("bad-token") << 401 << QStringLiteral("APIGW.0301");
        QTest::newRow("404 unknown VPC") << QStringLiteral("unknown-vpc") << 404 << QStringLiteral("FSS.0404");
        QTest::newRow("409 duplicate") << QStringLiteral("duplicate") << 409 << QStringLiteral("FSS.0409");
    }

    void cloudErrors()
    {
        QFETCH(QString, change);
        QFETCH(int, status);
        QFETCH(QString, code);

        EndpointSpec spec = demoSpec();
        if (change == QLatin1String("foreign-subnet")) {
            const QString otherVpc = m_server->cloud().vpcs(spec.projectId).at(1).id;
            spec.subnetId = m_server->cloud().subnetsOfVpc(spec.projectId, otherVpc).first().id;
        } else if (change == QLatin1String("flavor")) {
            spec.flavor = QStringLiteral("enormous");
        } else if (change == QLatin1String("bad-token")) {
            useToken(QStringLiteral("not-a-token"));
        } else if (change == QLatin1String("unknown-vpc")) {
            spec.vpcId = QStringLiteral("00000000-0000-0000-0000-000000000000");
        } else if (change == QLatin1String("duplicate")) {
            QVERIFY(create(spec).succeeded());
        }

        const EndpointResult result = create(spec);
        QCOMPARE(result.outcome, Outcome::AnsweredError);
        QCOMPARE(result.error.outcome, Outcome::AnsweredError);
        QCOMPARE(result.httpStatus, status);
        QCOMPARE(result.error.httpStatus, status);
        QCOMPARE(result.error.code, code);
        QVERIFY(!result.error.message.isEmpty());
        QVERIFY(!result.error.hint.isEmpty());
        QCOMPARE(result.requestId.size(), 32);
        QVERIFY(!result.rawBody.isEmpty());
    }

    void cancel()
    {
        QSignalSpy finished(m_client.get(), &EndpointClient::createFinished);
        QVERIFY(m_client->create(demoSpec()));
        m_client->cancel();
        QTRY_COMPARE(finished.size(), 1);
        const auto result = finished.first().at(1).value<EndpointResult>();
        // Cancelled before the network stack took the body: nothing can have reached the cloud.
        QCOMPARE(result.outcome, Outcome::CancelledBeforeSending);
        QCOMPARE(result.error.code, QStringLiteral("CANCELLED"));
        QVERIFY2(result.error.hint.contains(QLatin1String("before it was sent")), qPrintable(result.error.hint));
        QCOMPARE(m_server->cloud().endpoints().size(), 0);
        QVERIFY(!m_client->isBusy());
    }

    void cancelWhileTheCloudIsSlow()
    {
        m_server->setFault(SandboxFault::delay(30000));
        QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
        QSignalSpy finished(m_client.get(), &EndpointClient::createFinished);
        QVERIFY(m_client->create(demoSpec()));
        // Cancel once the request has reached the cloud (which acts before its slow answer).
        QTRY_COMPARE(m_server->cloud().endpoints().size(), 1);
        QCOMPARE(handled.size(), 0);
        m_client->cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).value<EndpointResult>().outcome, Outcome::CancelledAfterSending);
    }

    void neverSentTwice()
    {
        // Qt's HTTP stack replays a request whose connection closed unanswered; a create must
        // not be replayed, or a second endpoint call reaches the cloud behind the user's back.
        m_server->setFault(SandboxFault::dropConnection(1));
        QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
        const EndpointResult result = create(demoSpec());
        QCOMPARE(result.outcome, Outcome::NoAnswer);
        QCOMPARE(result.error.code, QStringLiteral("NETWORK"));
        QVERIFY2(result.error.message.contains(QLatin1String("not sent again")), qPrintable(result.error.message));
        QCOMPARE(handled.size(), 1);
        QCOMPARE(m_server->cloud().endpoints().size(), 0);
    }

    void timesOut()
    {
        m_server->setFault(SandboxFault::delay(30000));
        m_transport->setTimeout(std::chrono::milliseconds(300));
        const EndpointResult result = create(demoSpec());
        QCOMPARE(result.outcome, Outcome::NoAnswer);
        QCOMPARE(result.error.code, QStringLiteral("TIMEOUT"));
        QVERIFY(result.error.hint.contains(QLatin1String("may still have reached")));
    }

    void badAnswers_data()
    {
        QTest::addColumn<SandboxFault>("fault");
        QTest::addColumn<QString>("code");
        QTest::addColumn<Outcome>("outcome");
        // A 2xx that cannot be read means the endpoint was probably created.
        QTest::newRow("huge body is capped")
            << SandboxFault::hugeBody() << QStringLiteral("TOO_LARGE") << Outcome::UnreadableSuccess;
        QTest::newRow("truncated body") << SandboxFault::truncatedBody() << QStringLiteral("NETWORK")
                                        << Outcome::UnreadableSuccess;
        QTest::newRow("malformed JSON") << SandboxFault::malformedJson() << QStringLiteral("UNEXPECTED_RESPONSE")
                                        << Outcome::UnreadableSuccess;
        QTest::newRow("text before the JSON")
            << SandboxFault::garbage() << QStringLiteral("UNEXPECTED_RESPONSE") << Outcome::UnreadableSuccess;
        QTest::newRow("wrong types") << SandboxFault::wrongTypes() << QStringLiteral("UNEXPECTED_RESPONSE")
                                     << Outcome::UnreadableSuccess;
        QTest::newRow("redirect is not followed")
            << SandboxFault::redirect(QUrl(QStringLiteral("http://127.0.0.1:9/x"))) << QStringLiteral("302")
            << Outcome::AnsweredError;
        QTest::newRow("throttled") << SandboxFault::throttle() << QStringLiteral("APIG.0308") << Outcome::AnsweredError;
        QTest::newRow("500") << SandboxFault::httpStatus(500) << QStringLiteral("FSS.0500") << Outcome::AnsweredError;
    }

    void badAnswers()
    {
        QFETCH(SandboxFault, fault);
        QFETCH(QString, code);
        QFETCH(Outcome, outcome);
        m_server->setFault(fault);
        const EndpointResult result = create(demoSpec());
        QCOMPARE(result.outcome, outcome);
        QCOMPARE(result.error.code, code);
        QVERIFY(!result.error.hint.isEmpty());
        QVERIFY(result.rawBody.size() <= Transport::MaxBodyBytes);
        // The headers arrived: the request ID is kept, and nobody is told the cloud could not be reached.
        QVERIFY(!result.requestId.isEmpty());
        QCOMPARE(result.error.requestId, result.requestId);
        QVERIFY2(!result.error.hint.contains(QLatin1String("could not be reached")), qPrintable(result.error.hint));
    }

    void deletes()
    {
        const EndpointSpec spec = demoSpec();
        QVERIFY(create(spec).succeeded());
        const EndpointKey key{spec.region, spec.projectId, spec.vpcId, spec.subnetId};
        EndpointResult result = remove(key);
        QVERIFY(result.succeeded());
        QVERIFY(!result.wasAlreadyGone);
        QCOMPARE(m_server->cloud().endpoints().size(), 0);

        result = remove(key);
        QVERIFY(result.succeeded());
        QVERIFY(result.wasAlreadyGone);
    }

    void refusesPlainHttpElsewhere()
    {
        m_connection->setEndpoints(
            ServiceEndpoints(SandboxDemo::regionId(), QUrl(QStringLiteral("http://example.com"))));
        const EndpointResult result = create(demoSpec());
        QCOMPARE(result.outcome, Outcome::NotSent);
        QCOMPARE(result.error.code, QStringLiteral("REFUSED"));
        QVERIFY(result.error.message.contains(QLatin1String("https://")));
    }

    void refusesWithoutCredentials()
    {
        useToken(QString());
        const EndpointResult result = create(demoSpec());
        QCOMPARE(result.outcome, Outcome::NotSent);
        QCOMPARE(result.error.code, QStringLiteral("REFUSED"));
        QCOMPARE(m_server->cloud().endpoints().size(), 0);
    }

    void unreachable()
    {
        const QUrl closed = m_server->baseUrl();
        m_server.reset();
        m_connection->setEndpoints(ServiceEndpoints(SandboxDemo::regionId(), closed));
        const EndpointResult result = create({SandboxDemo::regionId(),
                                              SandboxDemo::projectId(),
                                              QStringLiteral("11111111-2222-3333-4444-555555555555"),
                                              QStringLiteral("66666666-7777-8888-9999-000000000000"),
                                              {},
                                              {}});
        QCOMPARE(result.outcome, Outcome::CouldNotConnect);
        QCOMPARE(result.error.code, QStringLiteral("NETWORK"));
        QVERIFY(result.error.hint.contains(QLatin1String("could not be reached")));
    }
};

QTEST_GUILESS_MAIN(TestEndpointClient)
#include "tst_endpointclient.moc"
