#include "ResponseParser.h"

#include <QTest>

using namespace EndpointDesk;

class TestResponseParser : public QObject
{
    Q_OBJECT

private:
    static ApiResponse answer(int status, const QByteArray &body)
    {
        ApiResponse response;
        response.httpStatus = status;
        response.body = body;
        response.headers = {{"X-Request-Id", "req-1"}};
        return response;
    }

private Q_SLOTS:
    void created_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("ips");
        QTest::addColumn<QString>("address");

        QTest::newRow("documented shape")
            << QByteArray("{\"endpoints\":[\"192.168.0.10\",\"192.168.0.11\"],\"address\":\"https://xx\"}")
            << QStringList{QStringLiteral("192.168.0.10"), QStringLiteral("192.168.0.11")}
            << QStringLiteral("https://xx");
        QTest::newRow("the documentation's empty list") << QByteArray("{\"endpoints\":[],\"address\":\"https://xx\"}")
                                                        << QStringList{} << QStringLiteral("https://xx");
        QTest::newRow("bare host name") << QByteArray("{\"endpoints\":[\"10.0.0.5\"],\"address\":\"ep.example.com\"}")
                                        << QStringList{QStringLiteral("10.0.0.5")} << QStringLiteral("ep.example.com");
        QTest::newRow("non-strings in the list are skipped")
            << QByteArray("{\"endpoints\":[\"10.0.0.5\",7,null,\"\"],\"address\":\"a\"}")
            << QStringList{QStringLiteral("10.0.0.5")} << QStringLiteral("a");
    }

    void created()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, ips);
        QFETCH(QString, address);
        const EndpointResult result = ResponseParser::parseCreate(answer(200, body));
        QVERIFY(result.succeeded());
        QCOMPARE(result.endpointIps, ips);
        QCOMPARE(result.address, address);
        QCOMPARE(result.requestId, QStringLiteral("req-1"));
        QCOMPARE(result.rawBody, body);
    }

    void unexpectedSuccess_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON") << QByteArray("ok");
        QTest::newRow("truncated") << QByteArray("{\"endpoints\":[\"1.2.3.4\"");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("other object") << QByteArray("{\"id\":\"x\"}");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text before the JSON") << QByteArray("ok\n{\"endpoints\":[\"1.2.3.4\"],\"address\":\"a\"}");
        QTest::newRow("endpoints not a list") << QByteArray("{\"endpoints\":\"1.2.3.4\",\"address\":\"a\"}");
        QTest::newRow("address not text") << QByteArray("{\"endpoints\":[\"1.2.3.4\"],\"address\":42}");
    }

    void unexpectedSuccess()
    {
        QFETCH(QByteArray, body);
        const EndpointResult result = ResponseParser::parseCreate(answer(200, body));
        QCOMPARE(result.outcome, Outcome::UnreadableSuccess);
        QCOMPARE(result.error.code, QStringLiteral("UNEXPECTED_RESPONSE"));
        QCOMPARE(result.error.rawBody, body);
        QVERIFY(result.error.hint.contains(QLatin1String("may have been created")));
    }

    void createErrors()
    {
        const EndpointResult result =
            ResponseParser::parseCreate(answer(409, "{\"error_code\":\"FSS.0409\",\"error_msg\":\"exists\"}"));
        QCOMPARE(result.outcome, Outcome::AnsweredError);
        QCOMPARE(result.error.code, QStringLiteral("FSS.0409"));
        QCOMPARE(result.error.httpStatus, 409);
        QCOMPARE(result.requestId, QStringLiteral("req-1"));
    }

    void createAlreadyExists_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("alreadyExists");
        QTest::newRow("FunctionGraph 409: already exists")
            << 409 << QByteArray("{\"error_code\":\"FSS.0409\",\"error_msg\":\"exists\"}") << true;
        QTest::newRow("409 without FunctionGraph's code") << 409 << QByteArray("Conflict") << false;
        QTest::newRow("gateway 409") << 409 << QByteArray("{\"error_code\":\"APIGW.0409\",\"error_msg\":\"x\"}")
                                     << false;
        QTest::newRow("400") << 400 << QByteArray("{\"error_code\":\"FSS.0400\",\"error_msg\":\"bad\"}") << false;
        QTest::newRow("created") << 200 << QByteArray("{\"endpoints\":[\"192.168.0.10\"],\"address\":\"https://xx\"}")
                                 << false;
    }

    void createAlreadyExists()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, alreadyExists);
        const EndpointResult result = ResponseParser::parseCreate(answer(status, body));
        QCOMPARE(result.alreadyExists, alreadyExists);
        QCOMPARE(result.succeeded(), status == 200);
    }

    void redirectIsAnError()
    {
        const EndpointResult result = ResponseParser::parseCreate(answer(302, QByteArray()));
        QCOMPARE(result.outcome, Outcome::AnsweredError);
        QVERIFY(result.error.hint.contains(QLatin1String("redirect")));
    }

    void cancelled_data()
    {
        QTest::addColumn<bool>("sent");
        QTest::addColumn<Outcome>("outcome");
        QTest::newRow("before sending") << false << Outcome::CancelledBeforeSending;
        QTest::newRow("after sending") << true << Outcome::CancelledAfterSending;
    }

    void cancelled()
    {
        QFETCH(bool, sent);
        QFETCH(Outcome, outcome);
        ApiResponse response;
        response.outcome = ApiResponse::Outcome::Cancelled;
        response.requestSent = sent;
        const EndpointResult created = ResponseParser::parseCreate(response);
        QCOMPARE(created.outcome, outcome);
        QVERIFY(created.wasCancelled());
        QCOMPARE(ResponseParser::parseDelete(response).outcome, outcome);
    }

    void deleted_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("succeeded");
        QTest::addColumn<bool>("alreadyGone");
        QTest::newRow("204") << 204 << QByteArray() << true << false;
        QTest::newRow("FunctionGraph 404: already gone")
            << 404 << QByteArray("{\"error_code\":\"FSS.0404\",\"error_msg\":\"not found\"}") << true << true;
        QTest::newRow("gateway 404: wrong address, not gone")
            << 404 << QByteArray("{\"error_code\":\"APIGW.0101\",\"error_msg\":\"The API does not exist\"}") << false
            << false;
        QTest::newRow("401") << 401 << QByteArray("{\"error_code\":\"APIGW.0301\",\"error_msg\":\"x\"}") << false
                             << false;
    }

    void deleted()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, succeeded);
        QFETCH(bool, alreadyGone);
        const EndpointResult result = ResponseParser::parseDelete(answer(status, body));
        QCOMPARE(result.succeeded(), succeeded);
        QCOMPARE(result.wasAlreadyGone, alreadyGone);
    }
};

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
