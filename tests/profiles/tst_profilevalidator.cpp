#include "ProfileValidator.h"

#include <QTest>

using namespace EndpointDesk;

class TestProfileValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpointOverride_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("none") << QString() << true;
        QTest::newRow("https") << QStringLiteral("https://gw.example.com/prefix") << true;
        QTest::newRow("http to loopback") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("user and password") << QStringLiteral("http://admin:S3cretPass@127.0.0.1:8080") << false;
        QTest::newRow("user") << QStringLiteral("https://admin@gw.example.com") << false;
        QTest::newRow("query") << QStringLiteral("https://gw.example.com/?x=1") << false;
        QTest::newRow("fragment") << QStringLiteral("https://gw.example.com/#x") << false;
    }

    void endpointOverride()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const QString problem = ProfileValidator::checkEndpointOverride(url);
        QVERIFY2(problem.isEmpty() == accepted, qPrintable(problem));
        QVERIFY(!problem.contains(QStringLiteral("S3cretPass")));

        Profile profile;
        profile.name = QStringLiteral("P");
        profile.regionId = QStringLiteral("cn-north-4");
        profile.endpointOverride = url;
        QCOMPARE(ProfileValidator::validate(profile).isEmpty(), accepted);
    }

    // A profile's project ID is stored as typed: padding around it is refused, not sent.
    void projectId_data()
    {
        QTest::addColumn<QString>("projectId");
        QTest::addColumn<bool>("accepted");
        const QString id = QStringLiteral("0123456789abcdef0123456789abcdef");
        QTest::newRow("none") << QString() << true;
        QTest::newRow("32 hexadecimal") << id << true;
        QTest::newRow("33 characters") << id + QLatin1Char('0') << false;
        QTest::newRow("trailing newline") << id + QLatin1Char('\n') << false;
        QTest::newRow("leading space") << QLatin1Char(' ') + id << false;
    }

    void projectId()
    {
        QFETCH(QString, projectId);
        QFETCH(bool, accepted);
        QCOMPARE(ProfileValidator::checkProjectId(projectId).isEmpty(), accepted);
    }
};

QTEST_GUILESS_MAIN(TestProfileValidator)
#include "tst_profilevalidator.moc"
