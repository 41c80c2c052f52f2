#include "SandboxFault.h"

#include <QJsonObject>
#include <QtTest>

using namespace EndpointDesk;

Q_DECLARE_METATYPE(EndpointDesk::SandboxFault::Kind)

class TestSandboxFault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void responses();
    void counting();
};

void TestSandboxFault::parse_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<SandboxFault::Kind>("kind");

    QTest::newRow("delay") << QStringLiteral("delay:2500") << true << SandboxFault::Kind::Delay;
    QTest::newRow("delay without time") << QStringLiteral("delay") << false << SandboxFault::Kind::None;
    QTest::newRow("status") << QStringLiteral("status:503") << true << SandboxFault::Kind::Status;
    QTest::newRow("status out of range") << QStringLiteral("status:99") << false << SandboxFault::Kind::None;
    QTest::newRow("malformed") << QStringLiteral("malformed") << true << SandboxFault::Kind::MalformedJson;
    QTest::newRow("garbage") << QStringLiteral("garbage") << true << SandboxFault::Kind::Garbage;
    QTest::newRow("wrong types") << QStringLiteral("wrong-types") << true << SandboxFault::Kind::WrongTypes;
    QTest::newRow("truncated") << QStringLiteral("truncated") << true << SandboxFault::Kind::TruncatedBody;
    QTest::newRow("huge") << QStringLiteral("huge") << true << SandboxFault::Kind::HugeBody;
    QTest::newRow("huge with size") << QStringLiteral("huge:2000000") << true << SandboxFault::Kind::HugeBody;
    QTest::newRow("drop") << QStringLiteral("drop") << true << SandboxFault::Kind::DropConnection;
    QTest::newRow("drop with argument") << QStringLiteral("drop:1") << false << SandboxFault::Kind::None;
    QTest::newRow("redirect") << QStringLiteral("redirect:https://example.com/x") << true
                              << SandboxFault::Kind::Redirect;
    QTest::newRow("redirect relative") << QStringLiteral("redirect:/x") << false << SandboxFault::Kind::None;
    QTest::newRow("throttle") << QStringLiteral("throttle") << true << SandboxFault::Kind::Throttle;
    QTest::newRow("unknown") << QStringLiteral("explode") << false << SandboxFault::Kind::None;
}

void TestSandboxFault::parse()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QFETCH(SandboxFault::Kind, kind);
    QString error;
    const std::optional<SandboxFault> fault = SandboxFault::parse(spec, &error);
    QCOMPARE(fault.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (fault)
        QCOMPARE(fault->kind, kind);
}

void TestSandboxFault::responses()
{
    const SandboxResponse status = SandboxFault::httpStatus(502).response();
    QCOMPARE(status.status, 502);
    QCOMPARE(status.json().object().value(QStringLiteral("error_code")).toString(), QStringLiteral("FSS.0502"));

    const SandboxResponse huge = SandboxFault::hugeBody(1, 100000).response();
    QCOMPARE(huge.body.size(), 100000);
    QVERIFY(huge.json().isObject());

    QVERIFY(SandboxFault::malformedJson().response().json().isNull());

    const SandboxResponse redirect = SandboxFault::redirect(QUrl(QStringLiteral("http://127.0.0.1:1/"))).response();
    QCOMPARE(redirect.status, 302);
    QCOMPARE(redirect.header("Location"), QByteArray("http://127.0.0.1:1/"));

    const SandboxResponse throttled = SandboxFault::throttle().response();
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.json().object().value(QStringLiteral("error_code")).toString(), QStringLiteral("APIG.0308"));
}

void TestSandboxFault::counting()
{
    SandboxFault none;
    QVERIFY(!none.isActive());
    SandboxFault once = SandboxFault::throttle();
    once.pathContains = QStringLiteral("/fgs/");
    QVERIFY(once.appliesTo(QStringLiteral("/v2/p/fgs/vpc-endpoint")));
    QVERIFY(!once.appliesTo(QStringLiteral("/v3/auth/tokens")));
    once.count = 0;
    QVERIFY(!once.isActive());
}

QTEST_GUILESS_MAIN(TestSandboxFault)
#include "tst_sandboxfault.moc"
