#include "BatchCreate.h"
#include "BatchModel.h"
#include "SandboxDemo.h"
#include "TokenWorkspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace EndpointDesk;
using TestSupport::TokenWorkspace;

// The rows of a file checked against the sandbox over HTTP: project, VPC and subnet by name or by id,
// through the listings; unknown and ambiguous names, other regions, repeated rows and the form's own
// checks are errors on their rows.
class TestBatchResolve : public QObject
{
    Q_OBJECT

private:
    // Loads the CSV and waits until every row is checked.
    static bool check(TokenWorkspace &sandbox, BatchCreate &batch, const QByteArray &csv)
    {
        QSignalSpy checked(&batch, &BatchCreate::checked);
        const QString problem = batch.loadData(csv);
        if (!problem.isEmpty()) {
            qWarning() << problem;
            return false;
        }
        Q_UNUSED(sandbox)
        return checked.wait(10000);
    }

    // The row is not valid, and its message says why.
    static bool isInvalid(const BatchModel &model, int row, const QString &says)
    {
        const bool invalid = model.row(row).state == BatchRow::State::Invalid && model.row(row).message.contains(says);
        if (!invalid)
            qWarning().noquote() << "row" << row << ":" << model.row(row).message;
        return invalid;
    }

    static QByteArray demoProject() { return SandboxDemo::projectId().toUtf8(); }

private Q_SLOTS:
    void namesAndIds()
    {
        TokenWorkspace sandbox;
        QVERIFY(sandbox.open(SandboxDemo::token()));
        const QList<SandboxVpc> &vpcs = sandbox.server().cloud().vpcs(SandboxDemo::projectId());
        const QList<SandboxSubnet> secondSubnets =
            sandbox.server().cloud().subnetsOfVpc(SandboxDemo::projectId(), vpcs.at(1).id);
        BatchCreate batch(&sandbox.workspace());
        QVERIFY(check(sandbox, batch,
                      "project,vpc,subnet,agency\n"
                      "cn-north-4,vpc-0001,subnet-0001-a,\n"
                          + demoProject() + "," + vpcs.at(1).id.toUtf8() + "," + secondSubnets.at(1).id.toUtf8() + ","
                          + SandboxDemo::agencyName().toUtf8() + "\n" + demoProject() + ",vpc-0002,"
                          + secondSubnets.at(0).name.toUtf8()
                          + ",\n"
                          // The subnet's IPv4 subnet ID, as the console shows it, stands for the subnet.
                          + demoProject() + ",vpc-0002," + secondSubnets.at(1).neutronSubnetId.toUtf8() + ",\n"));
        BatchModel *model = batch.model();
        QCOMPARE(model->rowCount(), 4);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(model->row(i).state == BatchRow::State::Ready, qPrintable(model->row(i).message));
        const BatchRow first = model->row(0);
        QCOMPARE(first.spec.region, SandboxDemo::regionId()); // the profile's, as no region was given
        QCOMPARE(first.spec.projectId, SandboxDemo::projectId());
        QCOMPARE(first.spec.vpcId, vpcs.at(0).id);
        QCOMPARE(first.spec.subnetId, sandbox.server().cloud().firstSubnetId());
        QCOMPARE(model->row(1).spec.subnetId, secondSubnets.at(1).id);
        QCOMPARE(model->row(1).spec.agency, SandboxDemo::agencyName());
        QCOMPARE(model->row(2).spec.vpcId, vpcs.at(1).id);
        QCOMPARE(model->row(2).spec.subnetId, secondSubnets.at(0).id);
        QVERIFY(secondSubnets.at(1).neutronSubnetId != secondSubnets.at(1).id);
        // The same endpoint as the second row, found through the IPv4 subnet ID.
        QCOMPARE(model->row(3).spec.subnetId, secondSubnets.at(1).id);
        QVERIFY(isInvalid(*model, 3, QStringLiteral("The same endpoint as line 3")));
        // The table shows the name with the id it stands for.
        const QString shown = model->index(0, BatchModel::VpcColumn).data().toString();
        QVERIFY(shown.contains(QStringLiteral("vpc-0001")) && shown.contains(vpcs.at(0).id));
    }

    void unknownAndAmbiguousNames()
    {
        TokenWorkspace sandbox;
        QVERIFY(sandbox.open(SandboxDemo::token()));
        const QList<SandboxVpc> &vpcs = sandbox.server().cloud().vpcs(SandboxDemo::projectId());
        // Two VPCs with one name, as the cloud allows.
        QVERIFY(
            sandbox.server().cloud().renameVpc(SandboxDemo::projectId(), vpcs.at(2).id, QStringLiteral("vpc-0001")));
        BatchCreate batch(&sandbox.workspace());
        QVERIFY(check(sandbox, batch,
                      "project,vpc,subnet\n"
                      "cn-north-4,vpc-0001,subnet-0001-a\n"    // ambiguous VPC
                      "cn-north-4,vpc-0009,subnet-0001-a\n"    // no such VPC
                      "cn-north-4,vpc-0002,subnet-0001-a\n"    // subnet of another VPC: not in vpc-0002
                      "nowhere,vpc-0002,subnet-0002-a\n"       // no such project
                      "cn-north-4,vpc-0002,subnet-0002-a\n")); // fine
        BatchModel *model = batch.model();
        QCOMPARE(model->rowCount(), 5);
        QVERIFY(isInvalid(*model, 0, QStringLiteral("2 VPCs are named \"vpc-0001\"")));
        QVERIFY(isInvalid(*model, 1, QStringLiteral("No VPC in this project is named \"vpc-0009\"")));
        QVERIFY(!model->row(1).message.contains(QStringLiteral("subnet"))); // the VPC's problem alone
        QVERIFY(isInvalid(*model, 2, QStringLiteral("No subnet in this VPC is named \"subnet-0001-a\"")));
        QVERIFY(isInvalid(*model, 3, QStringLiteral("No project in this region is named \"nowhere\"")));
        QCOMPARE(model->row(4).state, BatchRow::State::Ready);
        QVERIFY(batch.summary().contains(QStringLiteral("1 ready")));
        QVERIFY(batch.summary().contains(QStringLiteral("4 not valid")));
    }

    void formChecksAndOtherRows()
    {
        TokenWorkspace sandbox;
        QVERIFY(sandbox.open(SandboxDemo::token()));
        const QByteArray vpc = sandbox.server().cloud().firstVpcId().toUtf8();
        const QByteArray otherSubnet =
            sandbox.server().cloud().subnets(SandboxDemo::projectId()).last().id.toUtf8(); // in the last VPC
        BatchCreate batch(&sandbox.workspace());
        QVERIFY(check(sandbox, batch,
                      "region;project;vpc;subnet;flavor;agency\n"
                      "cn-east-3;cn-north-4;vpc-0001;subnet-0001-a;;\n"       // another region
                      ";cn-north-4;vpc-0001;subnet-0001-a;no such flavor!;\n" // the form's flavor rule
                      ";cn-north-4;"
                          + vpc + ";" + otherSubnet
                          + ";;\n"                                             // subnet id outside the VPC
                            ";cn-north-4;vpc-0001;;;\n"                        // no subnet
                            "cn-north-4;cn-north-4;vpc-0001;subnet-0001-b;;\n" // fine
                            ";"
                          + demoProject() + ";vpc-0001;subnet-0001-b;;\n")); // the same endpoint again
        BatchModel *model = batch.model();
        QCOMPARE(model->rowCount(), 6);
        QVERIFY(isInvalid(*model, 0, QStringLiteral("cn-east-3")));
        QVERIFY(isInvalid(*model, 1, QStringLiteral("Flavor: ")));
        QVERIFY(isInvalid(*model, 2, QStringLiteral("Subnet: ")));
        QVERIFY(isInvalid(*model, 3, QStringLiteral("Subnet: ")));
        QCOMPARE(model->row(4).state, BatchRow::State::Ready);
        QVERIFY(isInvalid(*model, 5, QStringLiteral("line 6")));
    }

    void listingsRefused()
    {
        // A token the sandbox does not know: names cannot be looked up, and each row says why.
        TokenWorkspace sandbox;
        QVERIFY(sandbox.open(QStringLiteral("not-a-token")));
        BatchCreate batch(&sandbox.workspace());
        QVERIFY(check(sandbox, batch, "project,vpc,subnet\ncn-north-4,vpc-0001,subnet-0001-a\n"));
        QCOMPARE(batch.model()->row(0).state, BatchRow::State::Invalid);
        QVERIFY2(batch.model()->row(0).message.contains(QStringLiteral("could not be looked up")),
                 qPrintable(batch.model()->row(0).message));
    }

    void damagedFileLosesNothing()
    {
        TokenWorkspace sandbox;
        QVERIFY(sandbox.open(SandboxDemo::token()));
        BatchCreate batch(&sandbox.workspace());
        QVERIFY(!batch.loadData("vpc,subnet\nv,s\n").isEmpty());
        QCOMPARE(batch.model()->rowCount(), 0);
        QVERIFY(batch.createAll().contains(QStringLiteral("No row")));
    }
};

QTEST_GUILESS_MAIN(TestBatchResolve)
#include "tst_batchresolve.moc"
