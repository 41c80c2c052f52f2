#include "AccessibleLookup.h"
#include "RequestPreviewDialog.h"
#include "ResultsPanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace EndpointDesk;
using TestSupport::findByAccessibleName;

// The results panel and the preview, as a person reads them: a headline that says what happened,
// the raw answer only when something was sent, and the request as a table.
class TestResultsPanel : public QObject
{
    Q_OBJECT

private:
    static QString headline(const ResultsPanel &panel)
    {
        return panel.findChild<QLabel *>(QStringLiteral("headline"))->text();
    }

    static QToolButton *rawToggle(const ResultsPanel &panel)
    {
        return findByAccessibleName<QToolButton>(&panel, QStringLiteral("Show raw response"));
    }

    static EndpointResult failure(Outcome outcome, int status, const QByteArray &body)
    {
        EndpointResult result;
        result.outcome = outcome;
        result.httpStatus = status;
        result.rawBody = body;
        result.requestId = status ? QStringLiteral("req-42") : QString();
        result.error.outcome = outcome;
        result.error.code = status ? QStringLiteral("FSS.0400") : QStringLiteral("NETWORK");
        result.error.message = QStringLiteral("what went wrong");
        result.error.httpStatus = status;
        return result;
    }

private Q_SLOTS:
    void created()
    {
        ResultsPanel panel;
        panel.show();
        EndpointResult result;
        result.outcome = Outcome::Succeeded;
        result.endpointIps = {QStringLiteral("192.168.0.10")};
        result.address = QStringLiteral("ep.example.com");
        result.httpStatus = 200;
        result.rawBody = R"({"address":"ep.example.com"})";
        panel.showCreated(result);
        QCOMPARE(headline(panel), QStringLiteral("Created"));
        QCOMPARE(findByAccessibleName<QLineEdit>(&panel, QStringLiteral("Domain name"))->text(), result.address);
    }

    void aLongDomainNameShowsItsStart()
    {
        ResultsPanel panel;
        panel.resize(300, 300);
        panel.show();
        EndpointResult result;
        result.outcome = Outcome::Succeeded;
        result.endpointIps = {QStringLiteral("192.168.0.10")};
        result.address = QStringLiteral("https://") + QString(200, QLatin1Char('e')) + QStringLiteral(".example.com");
        panel.showCreated(result);
        // The endpoint's own name comes first; the cloud's common suffix can be scrolled to.
        QCOMPARE(findByAccessibleName<QLineEdit>(&panel, QStringLiteral("Domain name"))->cursorPosition(), 0);
    }

    void refused()
    {
        ResultsPanel panel;
        panel.show();
        panel.showFailure(failure(Outcome::AnsweredError, 400, R"({"error_code":"FSS.0400"})"));
        QCOMPARE(headline(panel), QStringLiteral("The cloud refused"));
        QCOMPARE(findByAccessibleName<QLineEdit>(&panel, QStringLiteral("Request ID"))->text(),
                 QStringLiteral("req-42"));
        QVERIFY(rawToggle(panel)->isVisible());
        rawToggle(panel)->setChecked(true);
        QVERIFY(panel.findChild<QPlainTextEdit *>()->toPlainText().contains(QLatin1String("HTTP 400")));
    }

    void nothingSentShowsNoRawResponse()
    {
        ResultsPanel panel;
        panel.show();
        panel.showFailure(failure(Outcome::AnsweredError, 400, "{}"));
        rawToggle(panel)->setChecked(true);
        for (Outcome outcome : {Outcome::NotSent, Outcome::CouldNotConnect}) {
            panel.showFailure(failure(outcome, 0, {}));
            QVERIFY(headline(panel).startsWith(QLatin1String("Nothing was sent")));
            QVERIFY(!rawToggle(panel)->isVisible());
            auto *raw = panel.findChild<QPlainTextEdit *>();
            QVERIFY(!raw->isVisible());
            QVERIFY(raw->toPlainText().isEmpty());
        }
    }

    void probablyCreatedKeepsTheRequestId()
    {
        ResultsPanel panel;
        panel.show();
        panel.showFailure(failure(Outcome::UnreadableSuccess, 200, "ok\n{"));
        QCOMPARE(headline(panel), QStringLiteral("Probably created: the answer could not be read"));
        QCOMPARE(findByAccessibleName<QLineEdit>(&panel, QStringLiteral("Request ID"))->text(),
                 QStringLiteral("req-42"));
    }

    void previewIsATable()
    {
        RequestPreview preview;
        preview.rows = {{QStringLiteral("Method"), {}, QStringLiteral("POST")},
                        {QStringLiteral("Header"), QStringLiteral("X-Auth-Token"), QStringLiteral("****")},
                        {QStringLiteral("Body"), QStringLiteral("vpc_id"), QStringLiteral("v1")}};
        preview.curl = QStringLiteral("curl -X POST 'https://example.com'");
        RequestPreviewDialog dialog(preview);
        QTableWidget *table = findByAccessibleName<QTableWidget>(&dialog, QStringLiteral("Request preview"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("X-Auth-Token"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("****"));
        QCOMPARE(table->item(2, 2)->text(), QStringLiteral("v1"));
    }
};

QTEST_MAIN(TestResultsPanel)
#include "tst_resultspanel.moc"
