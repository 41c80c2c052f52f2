#include "RequestPreview.h"
#include "ResultWords.h"

#include <QTest>

using namespace EndpointDesk;

// The words a person reads about a create come from its Outcome, and the preview reads as a table.
class TestResultWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headlineSaysWhatHappened_data()
    {
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<bool>("alreadyExists");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<bool>("sent");

        QTest::newRow("created") << Outcome::Succeeded << false << QStringLiteral("Created") << true;
        QTest::newRow("refused before sending")
            << Outcome::NotSent << false << QStringLiteral("Nothing was sent") << false;
        QTest::newRow("cancelled before sending")
            << Outcome::CancelledBeforeSending << false << QStringLiteral("Nothing was sent") << false;
        QTest::newRow("not reached") << Outcome::CouldNotConnect << false
                                     << QStringLiteral("Nothing was sent: the cloud could not be reached") << false;
        QTest::newRow("cloud error") << Outcome::AnsweredError << false << QStringLiteral("The cloud refused") << true;
        QTest::newRow("exists") << Outcome::AnsweredError << true
                                << QStringLiteral("The cloud refused: the endpoint already exists") << true;
        QTest::newRow("no answer") << Outcome::NoAnswer << false << QStringLiteral("No answer: the endpoint may exist")
                                   << true;
        QTest::newRow("unreadable success") << Outcome::UnreadableSuccess << false
                                            << QStringLiteral("Probably created: the answer could not be read") << true;
        QTest::newRow("cancelled after sending")
            << Outcome::CancelledAfterSending << false << QStringLiteral("Cancelled: the endpoint may exist") << true;
    }

    void headlineSaysWhatHappened()
    {
        QFETCH(Outcome, outcome);
        QFETCH(bool, alreadyExists);
        QFETCH(QString, headline);
        QFETCH(bool, sent);
        EndpointResult result;
        result.outcome = outcome;
        result.alreadyExists = alreadyExists;
        QCOMPARE(ResultWords::createHeadline(result), headline);
        QCOMPARE(ResultWords::wasSent(outcome), sent);
    }

    void everyOutcomeHasAHeadline()
    {
        for (Outcome outcome : Outcomes::all()) {
            EndpointResult result;
            result.outcome = outcome;
            QVERIFY2(!ResultWords::createHeadline(result).isEmpty(), qPrintable(Outcomes::name(outcome)));
        }
    }

    void previewIsATableWithSecretsMasked()
    {
        ApiRequest request;
        request.method = "POST";
        request.url = QUrl(QStringLiteral("https://functiongraph.cn-north-4.myhuaweicloud.com/v2/p1/fgs/vpc-endpoint"));
        request.headers = {{"Content-Type", "application/json"}, {"X-Auth-Token", "MIIsecret"}, {"X-Project-Id", "p1"}};
        request.body = R"({"vpc_id": "v1", "subnet_id": "s1", "flavor": "lite", "n": 2})";

        const RequestPreview preview = RequestPreview::of(request, {"X-Auth-Token"});
        QStringList lines;
        for (const RequestPreview::Row &row : preview.rows)
            lines.append(row.part + QLatin1Char('|') + row.name + QLatin1Char('|') + row.value);
        QCOMPARE(lines, QStringList({
                            QStringLiteral("Method||POST"),
                            QStringLiteral("URL||https://functiongraph.cn-north-4.myhuaweicloud.com/v2/p1/fgs/"
                                           "vpc-endpoint"),
                            QStringLiteral("Header|Content-Type|application/json"),
                            QStringLiteral("Header|X-Auth-Token|****"),
                            QStringLiteral("Header|X-Project-Id|p1"),
                            QStringLiteral("Body|flavor|lite"),
                            QStringLiteral("Body|n|2"),
                            QStringLiteral("Body|subnet_id|s1"),
                            QStringLiteral("Body|vpc_id|v1"),
                        }));
        // cURL stays a copy action, with the same masking.
        QVERIFY(preview.curl.startsWith(QLatin1String("curl -X POST")));
        QVERIFY(preview.curl.contains(QLatin1String("X-Auth-Token: ****")));
        QVERIFY(!preview.curl.contains(QLatin1String("MIIsecret")));
    }

    void rowOutcomes()
    {
        EndpointResult result;
        result.outcome = Outcome::Succeeded;
        QCOMPARE(ResultWords::rowOutcome(result), QStringLiteral("Created"));

        // FSS.0409: the endpoint is there, which is what the row asked for.
        result.outcome = Outcome::AnsweredError;
        result.alreadyExists = true;
        result.error.code = QStringLiteral("FSS.0409");
        result.error.message = QStringLiteral("A VPC endpoint already exists");
        QCOMPARE(ResultWords::rowOutcome(result), QStringLiteral("Exists"));

        result.alreadyExists = false;
        result.error.code = QStringLiteral("FSS.0400");
        result.error.message = QStringLiteral("Invalid subnet");
        QCOMPARE(ResultWords::rowOutcome(result), QStringLiteral("The cloud refused: FSS.0400 Invalid subnet"));

        result.outcome = Outcome::NoAnswer;
        result.error = {};
        QCOMPARE(ResultWords::rowOutcome(result), ResultWords::createHeadline(result));
    }

    void anAuthorizationHeaderIsAlwaysMasked()
    {
        ApiRequest request;
        request.method = "GET";
        request.url = QUrl(QStringLiteral("https://user:pass@example.com/x"));
        request.headers = {{"Authorization", "SDK-HMAC-SHA256 Access=AK, Signature=abc"}};
        const RequestPreview preview = RequestPreview::of(request, {});
        QCOMPARE(preview.rows.at(1).value, QStringLiteral("https://example.com/x"));
        QCOMPARE(preview.rows.at(2).value, QStringLiteral("****"));
    }
};

QTEST_GUILESS_MAIN(TestResultWords)
#include "tst_resultwords.moc"
