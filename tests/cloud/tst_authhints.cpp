#include "ErrorHints.h"
#include "ErrorParser.h"

#include <QLocale>
#include <QTest>

using namespace EndpointDesk;

// APIGW.0301 explained in words, from the message and the answer's Date header.
class TestAuthHints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gatewayAuthentication_data();
    void gatewayAuthentication();
    void clockSkewShowsBothTimes();
    void parseHttpDate_data();
    void parseHttpDate();
    void otherCodesUnchanged();
};

namespace {

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

ApiResponse gatewayRefusal(const QByteArray &reason, const QDateTime &serverTime)
{
    ApiResponse response;
    response.outcome = ApiResponse::Outcome::Answered;
    response.httpStatus = 401;
    response.body = R"({"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information: )" + reason
                    + R"(","request_id":"r-1"})";
    if (serverTime.isValid())
        response.headers.append({"Date", httpDate(serverTime)});
    return response;
}

} // namespace

void TestAuthHints::gatewayAuthentication_data()
{
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<int>("serverOffsetMinutes"); // 0: no Date header
    QTest::addColumn<QString>("hintWord");

    QTest::newRow("bad signature") << QByteArray("verify aksk signature fail") << 0
                                   << QStringLiteral("secret key belongs to this access key");
    QTest::newRow("bad signature, clocks close")
        << QByteArray("verify aksk signature fail") << 1 << QStringLiteral("secret key belongs to this access key");
    QTest::newRow("bad signature, clock 30 min off")
        << QByteArray("verify aksk signature fail") << 30 << QStringLiteral("clock is 30 minutes off");
    QTest::newRow("bad signature, clock 20 min ahead")
        << QByteArray("verify aksk signature fail") << -20 << QStringLiteral("clock is 20 minutes off");
    QTest::newRow("date refused, no Date header")
        << QByteArray("x-sdk-date is expired") << 0 << QStringLiteral("within 15 minutes");
    QTest::newRow("unknown AK") << QByteArray("ak not found") << 0 << QStringLiteral("access key is unknown");
    QTest::newRow("locked AK") << QByteArray("the ak is locked for 5 minutes") << 0
                               << QStringLiteral("locked for 5 minutes");
    QTest::newRow("temporary without token")
        << QByteArray("security token not found") << 0 << QStringLiteral("temporary access keys");
    QTest::newRow("unknown AK, sandbox wording")
        << QByteArray("the access key XYZ is not found or invalid") << 0 << QStringLiteral("access key is unknown");
    QTest::newRow("locked after failures") << QByteArray("verify aksk signature fail; the access key AK is now locked "
                                                         "for 5 minutes after more than 5 consecutive failures")
                                           << 0 << QStringLiteral("locked for 5 minutes");
    QTest::newRow("temporary key without its token, sandbox wording")
        << QByteArray("x-security-token not found, temporary access keys need one") << 0
        << QStringLiteral("temporary access keys");
    QTest::newRow("wrong security token") << QByteArray("the security token is invalid for this temporary access key")
                                          << 0 << QStringLiteral("temporary access keys");
    QTest::newRow("request time expired") << QByteArray("the request time expired: X-Sdk-Date 20240101T000000Z is "
                                                        "more than 15 minutes from the server time")
                                          << 0 << QStringLiteral("within 15 minutes");
    QTest::newRow("token expired") << QByteArray("token expires, expires_at: 2024-01-01T00:00:00Z") << 0
                                   << QStringLiteral("pasted token cannot be renewed");
    QTest::newRow("token expired, clock 30 min off") << QByteArray("token expires, expires_at: 2024-01-01T00:00:00Z")
                                                     << 30 << QStringLiteral("pasted token cannot be renewed");
    QTest::newRow("token revoked") << QByteArray("decrypt token fail") << 0 << QStringLiteral("not accepted");
    QTest::newRow("no token") << QByteArray("x-auth-token not found") << 0 << QStringLiteral("No token was sent");
}

void TestAuthHints::gatewayAuthentication()
{
    QFETCH(QByteArray, reason);
    QFETCH(int, serverOffsetMinutes);
    QFETCH(QString, hintWord);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime server = serverOffsetMinutes == 0 ? QDateTime() : now.addSecs(-60 * serverOffsetMinutes);
    const ApiError error = ErrorParser::parse(gatewayRefusal(reason, server));
    QCOMPARE(error.code, QStringLiteral("APIGW.0301"));
    QCOMPARE(error.requestId, QStringLiteral("r-1"));
    QVERIFY2(error.hint.contains(hintWord), qPrintable(error.hint));
}

void TestAuthHints::clockSkewShowsBothTimes()
{
    const QDateTime local(QDate(2024, 3, 1), QTime(12, 40, 0), Qt::UTC);
    const QDateTime server(QDate(2024, 3, 1), QTime(12, 0, 0), Qt::UTC);
    const ApiResponse response = gatewayRefusal("verify aksk signature fail", server);
    ApiError error = ErrorParser::parseBody(401, response.body);
    error.httpStatus = 401;
    const QString hint = ErrorHints::hintFor(error, response, local);
    QVERIFY2(hint.contains(QLatin1String("40 minutes")), qPrintable(hint));
    QVERIFY2(hint.contains(QLatin1String("2024-03-01 12:40:00 UTC")), qPrintable(hint));
    QVERIFY2(hint.contains(QLatin1String("2024-03-01 12:00:00 UTC")), qPrintable(hint));
}

void TestAuthHints::parseHttpDate_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("RFC 7231") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT")
                              << QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QTest::newRow("one-digit day") << QByteArray("Sun, 6 Nov 1994 08:49:37 GMT")
                                   << QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QTest::newRow("empty") << QByteArray() << QDateTime();
    QTest::newRow("garbage") << QByteArray("yesterday") << QDateTime();
}

void TestAuthHints::parseHttpDate()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, expected);
    QCOMPARE(ErrorHints::parseHttpDate(value), expected);
}

void TestAuthHints::otherCodesUnchanged()
{
    // A skewed Date header on a non-authentication error changes nothing.
    ApiResponse response;
    response.httpStatus = 409;
    response.body = R"({"error_code":"FSS.0409","error_msg":"exists"})";
    response.headers.append({"Date", httpDate(QDateTime::currentDateTimeUtc().addSecs(-3600))});
    QCOMPARE(ErrorParser::parse(response).hint, ErrorHints::hintForStatus(409));
}

QTEST_GUILESS_MAIN(TestAuthHints)
#include "tst_authhints.moc"
