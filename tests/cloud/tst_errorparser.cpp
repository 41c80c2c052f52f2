#include "ErrorHints.h"
#include "ErrorParser.h"

#include <QTest>

using namespace EndpointDesk;

class TestErrorParser : public QObject
{
    Q_OBJECT

private:
    static ApiResponse answer(int status, const QByteArray &body, HeaderList headers = {})
    {
        ApiResponse response;
        response.httpStatus = status;
        response.body = body;
        response.headers = std::move(headers);
        return response;
    }

private Q_SLOTS:
    void shapes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");

        QTest::newRow("FunctionGraph error_code/error_msg")
            << 400 << QByteArray("{\"error_code\":\"FSS.0400\",\"error_msg\":\"invalid vpc_id\"}")
            << QStringLiteral("FSS.0400") << QStringLiteral("invalid vpc_id");
        QTest::newRow("API Gateway with request_id")
            << 401
            << QByteArray("{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication information: "
                          "decrypt token fail\",\"request_id\":\"abc123\"}")
            << QStringLiteral("APIGW.0301")
            << QStringLiteral("Incorrect IAM authentication information: decrypt token fail");
        QTest::newRow("errorCode/errorMsg") << 403 << QByteArray("{\"errorCode\":\"X.1\",\"errorMsg\":\"no\"}")
                                            << QStringLiteral("X.1") << QStringLiteral("no");
        QTest::newRow("VPC code/message") << 400 << QByteArray("{\"code\":\"VPC.0002\",\"message\":\"bad marker\"}")
                                          << QStringLiteral("VPC.0002") << QStringLiteral("bad marker");
        QTest::newRow("Keystone nested with numeric code")
            << 401
            << QByteArray("{\"error\":{\"code\":401,\"message\":\"The username or password is "
                          "wrong.\",\"title\":\"Unauthorized\"}}")
            << QStringLiteral("401") << QStringLiteral("The username or password is wrong.");
        QTest::newRow("nested with string code")
            << 400 << QByteArray("{\"error\":{\"code\":\"IAM.0001\",\"message\":\"bad\"}}")
            << QStringLiteral("IAM.0001") << QStringLiteral("bad");
        QTest::newRow("first shape wins over later ones")
            << 400 << QByteArray("{\"code\":\"B\",\"message\":\"second\",\"error_code\":\"A\",\"error_msg\":\"first\"}")
            << QStringLiteral("A") << QStringLiteral("first");
        QTest::newRow("code only") << 409 << QByteArray("{\"error_code\":\"FSS.0409\"}") << QStringLiteral("FSS.0409")
                                   << QString();
        QTest::newRow("not JSON") << 502 << QByteArray("<html><body>Bad Gateway</body></html>") << QStringLiteral("502")
                                  << QStringLiteral("<html><body>Bad Gateway</body></html>");
        QTest::newRow("JSON of another shape") << 500 << QByteArray("{\"status\":\"broken\"}") << QStringLiteral("500")
                                               << QStringLiteral("{\"status\":\"broken\"}");
        QTest::newRow("JSON array") << 500 << QByteArray("[1,2]") << QStringLiteral("500") << QStringLiteral("[1,2]");
        QTest::newRow("empty body") << 503 << QByteArray() << QStringLiteral("503")
                                    << QStringLiteral("(empty response)");
        QTest::newRow("truncated JSON") << 400 << QByteArray("{\"error_code\":\"FSS.04") << QStringLiteral("400")
                                        << QStringLiteral("{\"error_code\":\"FSS.04");
        QTest::newRow("wrong types") << 400 << QByteArray("{\"error_code\":{\"x\":1},\"error_msg\":[\"a\"]}")
                                     << QStringLiteral("400")
                                     << QStringLiteral("{\"error_code\":{\"x\":1},\"error_msg\":[\"a\"]}");
    }

    void shapes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const ApiError error = ErrorParser::parse(answer(status, body));
        QCOMPARE(error.code, code);
        QCOMPARE(error.message, message);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.rawBody, body);
        QVERIFY2(!error.hint.isEmpty(), "every error of the seed page's statuses gets advice");
    }

    void longBodiesAreShortened()
    {
        const ApiError error = ErrorParser::parse(answer(500, QByteArray(5000, 'x')));
        QCOMPARE(error.message.size(), ErrorParser::MaxMessageLength);
        QCOMPARE(error.rawBody.size(), 5000);
    }

    void requestIdFromHeaders_data()
    {
        QTest::addColumn<HeaderList>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("requestId");

        QTest::newRow("X-Request-Id") << HeaderList{{"x-request-id", "r1"}} << QByteArray("{}") << QStringLiteral("r1");
        QTest::newRow("IAM trace id") << HeaderList{{"X-IAM-Trace-Id", "t1"}} << QByteArray("{}")
                                      << QStringLiteral("t1");
        QTest::newRow("API Gateway body")
            << HeaderList{} << QByteArray("{\"error_code\":\"APIG.0308\",\"error_msg\":\"x\",\"request_id\":\"b1\"}")
            << QStringLiteral("b1");
        QTest::newRow("header beats body")
            << HeaderList{{"X-Request-Id", "h1"}}
            << QByteArray("{\"error_code\":\"APIG.0308\",\"error_msg\":\"x\",\"request_id\":\"b1\"}")
            << QStringLiteral("h1");
    }

    void requestIdFromHeaders()
    {
        QFETCH(HeaderList, headers);
        QFETCH(QByteArray, body);
        QFETCH(QString, requestId);
        QCOMPARE(ErrorParser::parse(answer(429, body, headers)).requestId, requestId);
    }

    void hintsForSeedStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("needle");
        QTest::newRow("400") << 400 << QStringLiteral("refused a value");
        QTest::newRow("401") << 401 << QStringLiteral("not signed in");
        QTest::newRow("403") << 403 << QStringLiteral("not allowed");
        QTest::newRow("404") << 404 << QStringLiteral("not found");
        QTest::newRow("500") << 500 << QStringLiteral("request ID");
        QTest::newRow("409") << 409 << QStringLiteral("already exists");
        QTest::newRow("503") << 503 << QStringLiteral("busy");
    }

    void hintsForSeedStatuses()
    {
        QFETCH(int, status);
        QFETCH(QString, needle);
        const ApiError error = ErrorParser::parse(answer(status, "{\"error_code\":\"FSS.0000\",\"error_msg\":\"m\"}"));
        QVERIFY2(error.hint.contains(needle), qPrintable(error.hint));
    }

    void hintsForCodes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("needle");
        QTest::newRow("expired token") << QByteArray(
            "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication information: token expires, "
            "expires_at: 2020-01-01\"}")
                                       << QStringLiteral("expired");
        QTest::newRow("no token") << QByteArray("{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM "
                                                "authentication information: x-auth-token not found\"}")
                                  << QStringLiteral("No token was sent");
        QTest::newRow("bad signature") << QByteArray("{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM "
                                                     "authentication information: verify aksk signature fail\"}")
                                       << QStringLiteral("locked for 5 minutes");
        QTest::newRow("API does not exist")
            << QByteArray("{\"error_code\":\"APIGW.0101\",\"error_msg\":\"The API does not exist\"}")
            << QStringLiteral("region does not offer");
        QTest::newRow("throttled") << QByteArray("{\"error_code\":\"APIG.0308\",\"error_msg\":\"throttled\"}")
                                   << QStringLiteral("2 to 5 seconds");
    }

    void hintsForCodes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, needle);
        const ApiError error = ErrorParser::parse(answer(401, body));
        QVERIFY2(error.hint.contains(needle), qPrintable(error.hint));
    }

    void failuresWithoutAnAnswer_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("code");
        QTest::newRow("timeout") << int(ApiResponse::Outcome::TimedOut) << QStringLiteral("TIMEOUT");
        QTest::newRow("network") << int(ApiResponse::Outcome::NetworkFailure) << QStringLiteral("NETWORK");
        QTest::newRow("tls") << int(ApiResponse::Outcome::TlsFailure) << QStringLiteral("TLS");
        QTest::newRow("too large") << int(ApiResponse::Outcome::TooLarge) << QStringLiteral("TOO_LARGE");
        QTest::newRow("cancelled") << int(ApiResponse::Outcome::Cancelled) << QStringLiteral("CANCELLED");
    }

    void failuresWithoutAnAnswer()
    {
        QFETCH(int, outcome);
        QFETCH(QString, code);
        ApiResponse response;
        response.outcome = static_cast<ApiResponse::Outcome>(outcome);
        response.detail = QStringLiteral("detail words");
        const ApiError error = ErrorParser::parse(response);
        QCOMPARE(error.code, code);
        QCOMPARE(error.message, QStringLiteral("detail words"));
        QCOMPARE(error.httpStatus, 0);
        QVERIFY(!error.hint.isEmpty());
    }

    // What the transport reported, whether the request may have gone out, and the status, make the outcome.
    void outcomes_data()
    {
        QTest::addColumn<int>("transport");
        QTest::addColumn<bool>("sent");
        QTest::addColumn<int>("status");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<bool>("mayHaveActed");

        const int answered = int(ApiResponse::Outcome::Answered);
        const int network = int(ApiResponse::Outcome::NetworkFailure);
        const int timeout = int(ApiResponse::Outcome::TimedOut);
        const int cancelled = int(ApiResponse::Outcome::Cancelled);
        QTest::newRow("refused by the program")
            << int(ApiResponse::Outcome::Refused) << false << 0 << Outcome::NotSent << false;
        QTest::newRow("name not resolved, connection refused")
            << network << false << 0 << Outcome::CouldNotConnect << false;
        QTest::newRow("TLS handshake failed")
            << int(ApiResponse::Outcome::TlsFailure) << false << 0 << Outcome::CouldNotConnect << false;
        QTest::newRow("connect timeout") << timeout << false << 0 << Outcome::CouldNotConnect << false;
        QTest::newRow("dropped after sending") << network << true << 0 << Outcome::NoAnswer << true;
        QTest::newRow("read timeout") << timeout << true << 0 << Outcome::NoAnswer << true;
        QTest::newRow("400") << answered << true << 400 << Outcome::AnsweredError << false;
        QTest::newRow("500") << answered << true << 500 << Outcome::AnsweredError << false;
        // The gateway's word that the service behind it did not answer in time: it may have acted.
        QTest::newRow("504 gateway timeout") << answered << true << 504 << Outcome::NoAnswer << true;
        QTest::newRow("503 cut off") << network << true << 503 << Outcome::AnsweredError << false;
        QTest::newRow("2xx cut off") << network << true << 200 << Outcome::UnreadableSuccess << true;
        QTest::newRow("2xx too large") << int(ApiResponse::Outcome::TooLarge) << true << 200
                                       << Outcome::UnreadableSuccess << true;
        QTest::newRow("2xx read as an error") << answered << true << 200 << Outcome::UnreadableSuccess << true;
        QTest::newRow("cancelled before sending")
            << cancelled << false << 0 << Outcome::CancelledBeforeSending << false;
        QTest::newRow("cancelled after sending") << cancelled << true << 0 << Outcome::CancelledAfterSending << true;
    }

    void outcomes()
    {
        QFETCH(int, transport);
        QFETCH(bool, sent);
        QFETCH(int, status);
        QFETCH(Outcome, outcome);
        QFETCH(bool, mayHaveActed);
        ApiResponse response;
        response.outcome = static_cast<ApiResponse::Outcome>(transport);
        response.requestSent = sent;
        response.httpStatus = status;
        const ApiError error = ErrorParser::parse(response);
        QCOMPARE(error.outcome, outcome);
        QCOMPARE(Outcomes::mayHaveActed(error.outcome), mayHaveActed);
    }

    void outcomeNamesRoundTrip()
    {
        QStringList names;
        for (Outcome outcome : Outcomes::all()) {
            const QString name = Outcomes::name(outcome);
            QVERIFY(!name.isEmpty());
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.append(name);
            QCOMPARE(Outcomes::fromName(name), std::optional<Outcome>(outcome));
        }
        QVERIFY(!Outcomes::fromName(QStringLiteral("pending")));
    }
};

QTEST_GUILESS_MAIN(TestErrorParser)
#include "tst_errorparser.moc"
