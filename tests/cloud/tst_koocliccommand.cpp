#include "KooCliCommand.h"

#include <QTest>

using namespace EndpointDesk;
using namespace Qt::StringLiterals;

class TestKooCliCommand : public QObject
{
    Q_OBJECT

private:
    static EndpointSpec spec()
    {
        EndpointSpec spec;
        spec.region = u"cn-north-4"_s;
        spec.projectId = u"0123456789abcdef0123456789abcdef"_s;
        spec.vpcId = u"3d8ec3a1-7d43-4e4c-a4f6-1e3a0b5c2d11"_s;
        spec.subnetId = u"9a1c6f0e-2b4d-4c3e-8f1a-5b6c7d8e9f00"_s;
        return spec;
    }

private Q_SLOTS:
    void createWithTheRequiredParameters()
    {
        QCOMPARE(KooCliCommand::create(spec(), u"default"_s),
                 u"hcloud FunctionGraph CreateVpcEndpoint --cli-region=cn-north-4 "
                 "--project_id=0123456789abcdef0123456789abcdef --vpc_id=3d8ec3a1-7d43-4e4c-a4f6-1e3a0b5c2d11 "
                 "--subnet_id=9a1c6f0e-2b4d-4c3e-8f1a-5b6c7d8e9f00 --cli-profile=default"_s);
    }

    void createWithFlavorAndAgency()
    {
        EndpointSpec withOptions = spec();
        withOptions.flavor = u"default"_s;
        withOptions.agency = u"fgs_vpc_agency"_s;
        const QString command = KooCliCommand::create(withOptions, u"work"_s);
        QVERIFY(command.endsWith(u" --flavor=default --xrole=fgs_vpc_agency --cli-profile=work"_s));
    }

    void emptyValuesAreLeftOut()
    {
        EndpointSpec partial = spec();
        partial.projectId.clear();
        const QString command = KooCliCommand::create(partial, {});
        QVERIFY(!command.contains(u"--project_id"_s));
        QVERIFY(!command.contains(u"--cli-profile"_s));
        QVERIFY(!command.contains(u"--flavor"_s));
        QVERIFY(!command.contains(u"--xrole"_s));
    }

    void valuesAreQuotedForTheShell()
    {
        EndpointSpec odd = spec();
        odd.agency = u"it's mine; rm -rf ~"_s;
        const QString command = KooCliCommand::create(odd, u"My profile (2)"_s);
        QVERIFY2(command.contains(uR"(--xrole='it'\''s mine; rm -rf ~')"_s), qPrintable(command));
        QVERIFY(command.endsWith(u"--cli-profile='My profile (2)'"_s));
        QCOMPARE(KooCliCommand::shellWord(u"$HOME"_s), u"'$HOME'"_s);
        QCOMPARE(KooCliCommand::shellWord(u"a`b`"_s), u"'a`b`'"_s);
        QCOMPARE(KooCliCommand::shellWord(u"测试"_s), u"'测试'"_s);
        QCOMPARE(KooCliCommand::shellWord(u"plain-id_1.2"_s), u"plain-id_1.2"_s);
    }

    void deleteTakesThePathParameters()
    {
        EndpointKey key;
        key.region = u"cn-east-3"_s;
        key.projectId = u"0123456789abcdef0123456789abcdef"_s;
        key.vpcId = u"vpc-1"_s;
        key.subnetId = u"subnet-1"_s;
        QCOMPARE(KooCliCommand::remove(key, u"ops team"_s),
                 u"hcloud FunctionGraph DeleteVpcEndpoint --cli-region=cn-east-3 "
                 "--project_id=0123456789abcdef0123456789abcdef --vpc_id=vpc-1 --subnet_id=subnet-1 "
                 "--cli-profile='ops team'"_s);
    }

    void neverASecret()
    {
        // The builders take no credentials at all; nothing that looks like one appears.
        EndpointSpec withOptions = spec();
        withOptions.flavor = u"default"_s;
        withOptions.agency = u"agency"_s;
        for (const QString &command :
             {KooCliCommand::create(withOptions, u"p"_s),
              KooCliCommand::remove(EndpointKey{u"r-a-1"_s, u"p"_s, u"v"_s, u"s"_s}, u"p"_s)}) {
            for (const QString &word : {u"cli-sk"_s, u"cli-ak"_s, u"secret"_s, u"X-Auth-Token"_s, u"security"_s})
                QVERIFY2(!command.contains(word, Qt::CaseInsensitive), qPrintable(command));
        }
    }
};

QTEST_GUILESS_MAIN(TestKooCliCommand)
#include "tst_koocliccommand.moc"
