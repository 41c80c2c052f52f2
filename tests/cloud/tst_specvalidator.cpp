#include "SpecValidator.h"

#include <QTest>

using namespace EndpointDesk;

Q_DECLARE_METATYPE(QList<EndpointDesk::SpecField>)

class TestSpecValidator : public QObject
{
    Q_OBJECT

private:
    static EndpointSpec valid()
    {
        return {QStringLiteral("cn-north-4"),
                QStringLiteral("0123456789abcdef0123456789ABCDEF"),
                QStringLiteral("11111111-2222-3333-4444-555555555555"),
                QStringLiteral("66666666-7777-8888-9999-000000000000"),
                QString(),
                QString()};
    }

private Q_SLOTS:
    void fieldsWithProblems_data()
    {
        QTest::addColumn<EndpointSpec>("spec");
        QTest::addColumn<QList<SpecField>>("fields");

        EndpointSpec spec = valid();
        QTest::newRow("valid, optional fields empty") << spec << QList<SpecField>{};
        spec.flavor = QStringLiteral("default");
        spec.agency = QStringLiteral("fgs_vpc agency-1.x");
        QTest::newRow("valid with flavor and agency") << spec << QList<SpecField>{};

        spec = valid();
        spec.projectId = QStringLiteral("  ") + spec.projectId + QStringLiteral("\t");
        spec.vpcId = QStringLiteral(" ") + spec.vpcId;
        QTest::newRow("white space from pasting is ignored") << spec << QList<SpecField>{};

        QTest::newRow("everything empty")
            << EndpointSpec{}
            << QList<SpecField>{SpecField::Region, SpecField::Project, SpecField::Vpc, SpecField::Subnet};
        spec = valid();
        spec.region = QStringLiteral("eu-west-0");
        QTest::newRow("a region not documented for VPC endpoints is the cloud's to refuse")
            << spec << QList<SpecField>{};
        spec = valid();
        spec.region = QStringLiteral("CN North 4");
        QTest::newRow("not a region id") << spec << QList<SpecField>{SpecField::Region};
        spec = valid();
        spec.projectId.chop(1);
        QTest::newRow("project id 31 characters") << spec << QList<SpecField>{SpecField::Project};
        spec = valid();
        spec.projectId.replace(0, 1, QLatin1Char('g'));
        QTest::newRow("project id not hexadecimal") << spec << QList<SpecField>{SpecField::Project};
        spec = valid();
        spec.vpcId = QStringLiteral("vpc-1234");
        spec.subnetId = QStringLiteral("11111111222233334444555555555555");
        QTest::newRow("ids that are not UUIDs") << spec << QList<SpecField>{SpecField::Vpc, SpecField::Subnet};
        spec = valid();
        spec.flavor = QStringLiteral("large; rm");
        spec.agency = QString(65, QLatin1Char('a'));
        QTest::newRow("flavor and agency the cloud cannot take")
            << spec << QList<SpecField>{SpecField::Flavor, SpecField::Agency};
        spec = valid();
        spec.agency = QStringLiteral("agency\"}");
        QTest::newRow("agency with JSON characters") << spec << QList<SpecField>{SpecField::Agency};
    }

    void fieldsWithProblems()
    {
        QFETCH(EndpointSpec, spec);
        QFETCH(QList<SpecField>, fields);

        QList<SpecField> found;
        for (const FieldProblem &problem : SpecValidator::validate(spec)) {
            QVERIFY2(!problem.message.isEmpty(), "every problem says what is wrong");
            found.append(problem.field);
        }
        QCOMPARE(found, fields);
    }

    // The checks of one value are used untrimmed too (a profile's project ID): padding is refused.
    void paddedIdsAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("projectId");
        QTest::addColumn<bool>("uuid");
        const QString project = valid().projectId;
        const QString uuid = valid().vpcId;
        QTest::newRow("project id") << project << true << false;
        QTest::newRow("project id, 33 characters") << project + QLatin1Char('a') << false << false;
        QTest::newRow("project id, trailing newline") << project + QLatin1Char('\n') << false << false;
        QTest::newRow("project id, leading space") << QLatin1Char(' ') + project << false << false;
        QTest::newRow("project id, leading newline") << QLatin1Char('\n') + project << false << false;
        QTest::newRow("uuid") << uuid << false << true;
        QTest::newRow("uuid, trailing newline") << uuid + QLatin1Char('\n') << false << false;
        QTest::newRow("uuid, leading space") << QLatin1Char(' ') + uuid << false << false;
        QTest::newRow("uuid, one more character") << uuid + QLatin1Char('0') << false << false;
    }

    void paddedIdsAreRefused()
    {
        QFETCH(QString, text);
        QFETCH(bool, projectId);
        QFETCH(bool, uuid);
        QCOMPARE(SpecValidator::isProjectId(text), projectId);
        QCOMPARE(SpecValidator::isUuid(text), uuid);
    }

    void messagesNameTheRule()
    {
        EndpointSpec spec = valid();
        spec.projectId = QStringLiteral("abc");
        const QList<FieldProblem> problems = SpecValidator::validate(spec);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.contains(QLatin1String("32 hexadecimal")));
    }
};

QTEST_GUILESS_MAIN(TestSpecValidator)
#include "tst_specvalidator.moc"
