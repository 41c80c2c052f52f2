#include "CurlCommand.h"
#include "RequestBuilder.h"
#include "TokenAuthenticator.h"

#include <QTest>

using namespace EndpointDesk;

class TestCurlCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretsAreMasked()
    {
        EndpointSpec spec{QStringLiteral("cn-north-4"),
                          QStringLiteral("0123456789abcdef0123456789abcdef"),
                          QStringLiteral("11111111-2222-3333-4444-555555555555"),
                          QStringLiteral("66666666-7777-8888-9999-000000000000"),
                          QString(),
                          QStringLiteral("it's")};
        ApiRequest request = RequestBuilder(ServiceEndpoints(QStringLiteral("cn-north-4"), {})).createEndpoint(spec);
        const TokenAuthenticator authenticator(QStringLiteral("SECRET-TOKEN-VALUE"));
        QVERIFY(authenticator.authenticate(request, nullptr));
        request.setHeader("Authorization", "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=deadbeefcafe");

        const QString curl = CurlCommand::format(request, authenticator.secretHeaders());
        QVERIFY(!curl.contains(QLatin1String("SECRET-TOKEN-VALUE")));
        QVERIFY(!curl.contains(QLatin1String("deadbeefcafe")));
        QVERIFY(curl.contains(QLatin1String("'X-Auth-Token: ****'")));
        QVERIFY(curl.contains(QLatin1String("'Authorization: ****'")));
        QVERIFY(curl.startsWith(QLatin1String("curl -X POST")));
        QVERIFY(curl.contains(QLatin1String("'https://functiongraph.cn-north-4.myhuaweicloud.com/v2/")));
        // The body is quoted for the shell, including the apostrophe in the agency.
        QVERIFY(curl.contains(QLatin1String("--data-binary '{\"subnet_id\"")));
        QVERIFY(curl.contains(QLatin1String("it'\\''s")));
    }

    void shellQuoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("'abc'");
        QTest::newRow("apostrophe") << QStringLiteral("a'b") << QStringLiteral("'a'\\''b'");
        QTest::newRow("dollar and backtick") << QStringLiteral("$(x)`y`") << QStringLiteral("'$(x)`y`'");
    }

    void shellQuoting()
    {
        QFETCH(QString, text);
        QFETCH(QString, quoted);
        QCOMPARE(CurlCommand::shellQuoted(text), quoted);
    }

    void tokenProblems()
    {
        ApiRequest request;
        QString problem;
        QVERIFY(!TokenAuthenticator(QString()).authenticate(request, &problem));
        QVERIFY(!problem.isEmpty());
        QVERIFY(!TokenAuthenticator(QStringLiteral("a\nb")).authenticate(request, &problem));
        QVERIFY(problem.contains(QLatin1String("line break")));
        QVERIFY(request.header("X-Auth-Token").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCurlCommand)
#include "tst_curlcommand.moc"
