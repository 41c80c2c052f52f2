#include "FakeHttpServer.h"
#include "IamSession.h"
#include "Transport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace EndpointDesk;

class TestIamSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signsInAndReadsTheToken();
    void scopesByRegionWithoutProject();
    void refusesIncompleteDetailsWithoutSending();
    void failuresExplained_data();
    void failuresExplained();
    void networkFailureExplained();
    void answerWithoutTokenIsAFailure();
    void renewsBeforeExpiry();
    void renewalMargin_data();
    void renewalMargin();
    void mfaSessionCannotRenewItself();
    void failedRenewalKeepsTheValidToken();
    void renewalRetriesAfterANetworkProblem_data();
    void renewalRetriesAfterANetworkProblem();
    void signOutForgetsTheToken();
    void wrongLocalClockDoesNotRenewInALoop_data();
    void wrongLocalClockDoesNotRenewInALoop();
    void parsesIamTimes_data();
    void parsesIamTimes();
};

namespace {

Credentials credentials()
{
    Credentials c;
    c.method = AuthMethod::IamPassword;
    c.accountName = QStringLiteral("acme");
    c.userName = QStringLiteral("ops");
    c.password = QStringLiteral("s3cret-Passw0rd");
    return c;
}

QByteArray isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs).toLatin1();
}

FakeHttpServer::Response tokenAnswer(const QByteArray &token, const QDateTime &issued, const QDateTime &expires)
{
    const QJsonObject body{
        {QLatin1String("token"),
         QJsonObject{
             {QLatin1String("expires_at"), QString::fromLatin1(isoTime(expires))},
             {QLatin1String("issued_at"), QString::fromLatin1(isoTime(issued))},
             {QLatin1String("project"), QJsonObject{{QLatin1String("id"), QLatin1String("p-123")},
                                                    {QLatin1String("name"), QLatin1String("cn-north-4")}}},
             {QLatin1String("user"),
              QJsonObject{{QLatin1String("id"), QLatin1String("u-1")},
                          {QLatin1String("name"), QLatin1String("ops")},
                          {QLatin1String("domain"), QJsonObject{{QLatin1String("name"), QLatin1String("acme")}}}}}}}};
    return FakeHttpServer::json(201, QJsonDocument(body).toJson(QJsonDocument::Compact), {{"X-Subject-Token", token}});
}

ServiceEndpoints endpointsFor(const FakeHttpServer &server)
{
    return ServiceEndpoints(QStringLiteral("cn-north-4"), server.baseUrl());
}

} // namespace

void TestIamSession::signsInAndReadsTheToken()
{
    FakeHttpServer server;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    server.enqueue(tokenAnswer("TOKEN-1", now, now.addSecs(24 * 3600)));
    Transport transport;
    IamSession session(&transport);
    QSignalSpy signedIn(&session, &IamSession::signedIn);
    QSignalSpy failed(&session, &IamSession::failed);

    QVERIFY(session.signIn(endpointsFor(server), credentials(), QStringLiteral("p-123")));
    QCOMPARE(session.state(), IamSession::State::SigningIn);
    QTRY_COMPARE(signedIn.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(session.state(), IamSession::State::SignedIn);
    QCOMPARE(session.token(), QStringLiteral("TOKEN-1"));

    const auto info = signedIn.at(0).at(0).value<IamSessionInfo>();
    QCOMPARE(info.userName, QStringLiteral("ops"));
    QCOMPARE(info.accountName, QStringLiteral("acme"));
    QCOMPARE(info.projectId, QStringLiteral("p-123"));
    QCOMPARE(info.projectName, QStringLiteral("cn-north-4"));
    QCOMPARE(info.expiresAt.toSecsSinceEpoch(), now.addSecs(24 * 3600).toSecsSinceEpoch());
    QVERIFY(!info.usedMfa);

    const QString status = session.statusText();
    QVERIFY2(status.contains(QLatin1String("ops")) && status.contains(QLatin1String("cn-north-4")), qPrintable(status));
    QVERIFY(!status.contains(QLatin1String("TOKEN-1")));

    // What went on the wire.
    QCOMPARE(server.requests().size(), 1);
    const auto &request = server.requests().at(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, QByteArray("/v3/auth/tokens?nocatalog=true"));
    const QJsonObject auth = QJsonDocument::fromJson(request.body).object().value(QLatin1String("auth")).toObject();
    QCOMPARE(auth.value(QLatin1String("scope"))
                 .toObject()
                 .value(QLatin1String("project"))
                 .toObject()
                 .value(QLatin1String("id"))
                 .toString(),
             QStringLiteral("p-123"));
    // Renewal planned 5 minutes before the 24-hour token expires.
    QVERIFY(qAbs(session.renewalTime().secsTo(info.expiresAt.addSecs(-300))) <= 2);
}

void TestIamSession::scopesByRegionWithoutProject()
{
    FakeHttpServer server;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    server.enqueue(tokenAnswer("T", now, now.addSecs(3600)));
    Transport transport;
    IamSession session(&transport);
    QSignalSpy signedIn(&session, &IamSession::signedIn);
    QVERIFY(session.signIn(endpointsFor(server), credentials(), QString()));
    QTRY_COMPARE(signedIn.size(), 1);
    const QJsonObject project = QJsonDocument::fromJson(server.requests().at(0).body)
                                    .object()[QLatin1String("auth")]
                                    .toObject()[QLatin1String("scope")]
                                    .toObject()[QLatin1String("project")]
                                    .toObject();
    QCOMPARE(project.value(QLatin1String("name")).toString(), QStringLiteral("cn-north-4"));
    QVERIFY(!project.contains(QLatin1String("id")));
}

void TestIamSession::refusesIncompleteDetailsWithoutSending()
{
    FakeHttpServer server;
    Transport transport;
    IamSession session(&transport);
    Credentials c = credentials();
    c.password.clear();
    QString problem;
    QVERIFY(!session.signIn(endpointsFor(server), c, {}, &problem));
    QVERIFY(problem.contains(QLatin1String("password"), Qt::CaseInsensitive));
    QCOMPARE(session.state(), IamSession::State::SignedOut);
    QCOMPARE(server.requests().size(), 0);
}

void TestIamSession::failuresExplained_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("withMfa");
    QTest::addColumn<QString>("hintWord");

    QTest::newRow("wrong password (Keystone 401)")
        << 401
        << QByteArray(R"({"error":{"code":401,"message":"The username or password is wrong.","title":"Unauthorized"}})")
        << false << QStringLiteral("password is wrong");
    QTest::newRow("wrong MFA code")
        << 401 << QByteArray(R"({"error":{"code":401,"message":"mfa totp code verify fail","title":"Unauthorized"}})")
        << true << QStringLiteral("MFA code was not accepted");
    QTest::newRow("MFA required")
        << 401
        << QByteArray(
               R"({"error":{"code":401,"message":"The user needs MFA verification (login protection).","title":"Unauthorized"}})")
        << false << QStringLiteral("must sign in with virtual MFA");
    QTest::newRow("locked user")
        << 401 << QByteArray(R"({"error":{"code":401,"message":"The user is locked.","title":"Unauthorized"}})")
        << false << QStringLiteral("locked");
    QTest::newRow("HUAWEI ID account")
        << 401
        << QByteArray(
               R"({"error_code":"IAM.0101","error_msg":"HUAWEI ID accounts cannot obtain tokens with a password."})")
        << false << QStringLiteral("HUAWEI ID");
    QTest::newRow("federated user")
        << 401
        << QByteArray(
               R"({"error":{"code":401,"message":"Federated users must sign in through their identity provider.","title":"Unauthorized"}})")
        << false << QStringLiteral("federated");
    QTest::newRow("MFA required, sandbox wording")
        << 401
        << QByteArray(
               R"({"error":{"code":401,"message":"MFA verification is required. Add the totp method.","title":"Unauthorized"}})")
        << false << QStringLiteral("must sign in with virtual MFA");
    QTest::newRow("wrong MFA code, sandbox wording")
        << 401
        << QByteArray(R"({"error":{"code":401,"message":"The verification code is wrong.","title":"Unauthorized"}})")
        << true << QStringLiteral("MFA code was not accepted");
    QTest::newRow("project does not exist (400)")
        << 400
        << QByteArray(R"({"error":{"code":400,"message":"The project x does not exist.","title":"Bad Request"}})")
        << false << QStringLiteral("did not find the project");
    QTest::newRow("project not found")
        << 404 << QByteArray(R"({"error":{"code":404,"message":"Could not find project: x.","title":"Not Found"}})")
        << false << QStringLiteral("project");
}

void TestIamSession::failuresExplained()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, withMfa);
    QFETCH(QString, hintWord);

    FakeHttpServer server;
    server.enqueue(FakeHttpServer::json(status, body, {{"X-IAM-Trace-Id", "trace-42"}}));
    Transport transport;
    IamSession session(&transport);
    QSignalSpy failed(&session, &IamSession::failed);
    QSignalSpy signedIn(&session, &IamSession::signedIn);
    Credentials c = credentials();
    if (withMfa) {
        c.mfaUserId = QStringLiteral("u-1");
        c.mfaCode = QStringLiteral("123456");
    }
    QVERIFY(session.signIn(endpointsFor(server), c, QStringLiteral("p")));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(signedIn.size(), 0);
    const auto error = failed.at(0).at(0).value<ApiError>();
    QVERIFY2(error.hint.contains(hintWord, Qt::CaseInsensitive), qPrintable(error.hint));
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.requestId, QStringLiteral("trace-42"));
    QVERIFY(!error.hint.contains(c.password));
    QVERIFY(!error.message.contains(c.password));
    QCOMPARE(session.state(), IamSession::State::SignedOut);
    QVERIFY(session.token().isEmpty());
}

void TestIamSession::networkFailureExplained()
{
    // A port nobody listens on: take one, then close it.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    Transport transport;
    IamSession session(&transport);
    QSignalSpy failed(&session, &IamSession::failed);
    QVERIFY(session.signIn(
        ServiceEndpoints(QStringLiteral("cn-north-4"), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))),
        credentials(), {}));
    QTRY_COMPARE(failed.size(), 1);
    const auto error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.outcome, Outcome::CouldNotConnect);
    QCOMPARE(error.code, QStringLiteral("NETWORK"));
    QVERIFY2(error.hint.contains(QLatin1String("IAM could not be reached")), qPrintable(error.hint));
}

void TestIamSession::answerWithoutTokenIsAFailure()
{
    FakeHttpServer server;
    server.enqueue(FakeHttpServer::json(201, R"({"token":{"expires_at":"2099-01-01T00:00:00.000000Z"}})"));
    Transport transport;
    IamSession session(&transport);
    QSignalSpy failed(&session, &IamSession::failed);
    QVERIFY(session.signIn(endpointsFor(server), credentials(), {}));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(0).value<ApiError>().message.contains(QLatin1String("X-Subject-Token")));
    QCOMPARE(failed.at(0).at(0).value<ApiError>().outcome, Outcome::UnreadableSuccess);
    QCOMPARE(session.state(), IamSession::State::SignedOut);
}

void TestIamSession::renewsBeforeExpiry()
{
    FakeHttpServer server;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A 3-second token: renewed 0.3 s before it expires (a tenth of its life).
    server.enqueue(tokenAnswer("SHORT", now, now.addMSecs(3000)));
    server.enqueue(tokenAnswer("RENEWED", now, now.addSecs(24 * 3600)));
    Transport transport;
    IamSession session(&transport);
    QSignalSpy signedIn(&session, &IamSession::signedIn);
    QSignalSpy signedOut(&session, &IamSession::signedOut);
    QVERIFY(session.signIn(endpointsFor(server), credentials(), {}));
    QTRY_COMPARE(signedIn.size(), 1);
    QCOMPARE(session.token(), QStringLiteral("SHORT"));
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 2, 6000);
    QCOMPARE(session.token(), QStringLiteral("RENEWED"));
    QCOMPARE(signedOut.size(), 0);
    QCOMPARE(server.requests().size(), 2);
    // The renewal sent the same password sign-in again.
    QCOMPARE(server.requests().at(1).body, server.requests().at(0).body);
}

void TestIamSession::renewalMargin_data()
{
    QTest::addColumn<qint64>("lifetimeMs");
    QTest::addColumn<qint64>("marginMs");
    QTest::newRow("24 hours: 5 minutes") << qint64(24) * 3600 * 1000 << qint64(300000);
    QTest::newRow("50 minutes: 5 minutes") << qint64(50) * 60 * 1000 << qint64(300000);
    QTest::newRow("15 minutes: a tenth") << qint64(15) * 60 * 1000 << qint64(90000);
    QTest::newRow("3 seconds: a tenth") << qint64(3000) << qint64(300);
    QTest::newRow("already expired") << qint64(-1000) << qint64(0);
}

void TestIamSession::renewalMargin()
{
    QFETCH(qint64, lifetimeMs);
    QFETCH(qint64, marginMs);
    QCOMPARE(IamSession::renewalMarginMs(lifetimeMs), marginMs);
}

void TestIamSession::mfaSessionCannotRenewItself()
{
    FakeHttpServer server;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    server.enqueue(tokenAnswer("MFA-TOKEN", now, now.addMSecs(2000)));
    Transport transport;
    IamSession session(&transport);
    QSignalSpy signedIn(&session, &IamSession::signedIn);
    QSignalSpy expiringSoon(&session, &IamSession::expiringSoon);
    QSignalSpy signedOut(&session, &IamSession::signedOut);
    Credentials c = credentials();
    c.mfaUserId = QStringLiteral("u-1");
    c.mfaCode = QStringLiteral("123456");
    QVERIFY(session.signIn(endpointsFor(server), c, {}));
    QTRY_COMPARE(signedIn.size(), 1);
    QVERIFY(signedIn.at(0).at(0).value<IamSessionInfo>().usedMfa);
    QVERIFY(!session.canRenew());
    QVERIFY(!session.renew());
    QTRY_COMPARE(expiringSoon.size(), 1);
    // Then the token runs out and is forgotten; nothing was sent again (a used code would be refused).
    QTRY_COMPARE(signedOut.size(), 1);
    QCOMPARE(session.state(), IamSession::State::SignedOut);
    QVERIFY(session.token().isEmpty());
    QCOMPARE(server.requests().size(), 1);
}

void TestIamSession::failedRenewalKeepsTheValidToken()
{
    FakeHttpServer server;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    server.enqueue(tokenAnswer("FIRST", now, now.addSecs(3600)));
    server.enqueue(FakeHttpServer::json(500, R"({"error":{"code":500,"message":"busy"}})"));
    Transport transport;
    IamSession session(&transport);
    QSignalSpy signedIn(&session, &IamSession::signedIn);
    QSignalSpy failed(&session, &IamSession::failed);
    QVERIFY(session.signIn(endpointsFor(server), credentials(), {}));
    QTRY_COMPARE(signedIn.size(), 1);
    QVERIFY(session.renew());
    QVERIFY(session.isRenewing());
    QVERIFY(session.renew()); // joins the running renewal
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(session.state(), IamSession::State::SignedIn);
    QCOMPARE(session.token(), QStringLiteral("FIRST"));
}

void TestIamSession::renewalRetriesAfterANetworkProblem_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<bool>("retriesSoon");
    QTest::newRow("IAM gone: connection refused") << QStringLiteral("closed") << Outcome::CouldNotConnect << true;
    QTest::newRow("no answer in time") << QStringLiteral("hold") << Outcome::NoAnswer << true;
    // IAM answered: asking again in a minute would get the same answer.
    QTest::newRow("HTTP 500") << QStringLiteral("500") << Outcome::AnsweredError << false;
}

void TestIamSession::renewalRetriesAfterANetworkProblem()
{
    QFETCH(QString, how);
    QFETCH(Outcome, outcome);
    QFETCH(bool, retriesSoon);

    auto server = std::make_unique<FakeHttpServer>();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    server->enqueue(tokenAnswer("FIRST", now, now.addSecs(3600)));
    Transport transport;
    transport.setTimeout(std::chrono::milliseconds(300));
    IamSession session(&transport);
    QSignalSpy signedIn(&session, &IamSession::signedIn);
    QSignalSpy failed(&session, &IamSession::failed);
    QVERIFY(session.signIn(endpointsFor(*server), credentials(), {}));
    QTRY_COMPARE(signedIn.size(), 1);
    const QDateTime planned = session.renewalTime();

    if (how == QLatin1String("closed")) {
        server.reset();
    } else if (how == QLatin1String("hold")) {
        FakeHttpServer::Response never;
        never.hold = true;
        server->enqueue(never);
    } else {
        server->enqueue(FakeHttpServer::json(500, R"({"error":{"code":500,"message":"busy"}})"));
    }
    QVERIFY(session.renew());
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().outcome, outcome);
    QCOMPARE(session.token(), QStringLiteral("FIRST"));
    if (retriesSoon)
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().addSecs(60).secsTo(session.renewalTime())) <= 2);
    else
        QCOMPARE(session.renewalTime(), planned);
}

void TestIamSession::signOutForgetsTheToken()
{
    FakeHttpServer server;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    server.enqueue(tokenAnswer("T", now, now.addSecs(3600)));
    Transport transport;
    IamSession session(&transport);
    QSignalSpy signedIn(&session, &IamSession::signedIn);
    QSignalSpy signedOut(&session, &IamSession::signedOut);
    QVERIFY(session.signIn(endpointsFor(server), credentials(), {}));
    QTRY_COMPARE(signedIn.size(), 1);
    session.signOut();
    QCOMPARE(signedOut.size(), 1);
    QVERIFY(session.token().isEmpty());
    QVERIFY(!session.renewalTime().isValid());
    QVERIFY(!session.canRenew()); // the password is gone too
    QCOMPARE(session.state(), IamSession::State::SignedOut);
}

void TestIamSession::wrongLocalClockDoesNotRenewInALoop_data()
{
    QTest::addColumn<qint64>("localOffsetSeconds");
    QTest::newRow("two days ahead") << qint64(48 * 3600);
    QTest::newRow("two days behind") << qint64(-48 * 3600);
}

void TestIamSession::wrongLocalClockDoesNotRenewInALoop()
{
    QFETCH(qint64, localOffsetSeconds);
    FakeHttpServer server;
    const QDateTime cloudNow = QDateTime::currentDateTimeUtc();
    server.setHandler([cloudNow](const FakeHttpServer::Request &) {
        return tokenAnswer("T", cloudNow, cloudNow.addSecs(24 * 3600));
    });
    Transport transport;
    IamSession session(&transport);
    session.setClock([localOffsetSeconds] { return QDateTime::currentDateTimeUtc().addSecs(localOffsetSeconds); });
    QSignalSpy signedIn(&session, &IamSession::signedIn);
    QVERIFY(session.signIn(endpointsFor(server), credentials(), {}));
    QTRY_COMPARE(signedIn.size(), 1);
    // Renewal still 23 h 55 min away by this computer's clock, whatever that clock says.
    const qint64 renewIn = QDateTime::currentDateTimeUtc().addSecs(localOffsetSeconds).secsTo(session.renewalTime());
    QVERIFY2(qAbs(renewIn - (24 * 3600 - 300)) <= 2, qPrintable(QString::number(renewIn)));
    QTest::qWait(100);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(session.state(), IamSession::State::SignedIn);
}

void TestIamSession::parsesIamTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("microseconds") << QStringLiteral("2020-01-04T09:05:22.701000Z")
                                  << QDateTime(QDate(2020, 1, 4), QTime(9, 5, 22, 701), Qt::UTC);
    QTest::newRow("whole seconds") << QStringLiteral("2020-01-04T09:05:22Z")
                                   << QDateTime(QDate(2020, 1, 4), QTime(9, 5, 22), Qt::UTC);
    QTest::newRow("offset") << QStringLiteral("2020-01-04T17:05:22.000+08:00")
                            << QDateTime(QDate(2020, 1, 4), QTime(9, 5, 22), Qt::UTC);
    QTest::newRow("garbage") << QStringLiteral("soon") << QDateTime();
}

void TestIamSession::parsesIamTimes()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QCOMPARE(IamSession::parseIamTime(text), expected);
}

QTEST_GUILESS_MAIN(TestIamSession)
#include "tst_iamsession.moc"
