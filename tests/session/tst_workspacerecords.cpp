#include "EndpointClient.h"
#include "SandboxDemoSpec.h"
#include "TokenWorkspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace EndpointDesk;

// What the workspace knows from the listings reaches the record and the problems it finds: the names
// beside the ids, and a VPC that is not listed blamed on the VPC. Against the sandbox over HTTP.
class TestWorkspaceRecords : public QObject
{
    Q_OBJECT

private:
    ListingKey listingOf(ResourceKind kind, const QString &vpcId = {}) const
    {
        ListingKey key;
        key.profile = QStringLiteral("Sandbox");
        key.region = SandboxDemo::regionId();
        key.projectId = kind == ResourceKind::Project ? QString() : SandboxDemo::projectId();
        key.kind = kind;
        key.vpcId = vpcId;
        return key;
    }

    static ResourceItem item(ResourceKind kind, const QString &id, const QString &name)
    {
        ResourceItem item;
        item.kind = kind;
        item.id = id;
        item.name = name;
        return item;
    }

    std::unique_ptr<TestSupport::TokenWorkspace> m_session;
    SandboxServer *m_server = nullptr;
    HistoryStore *m_history = nullptr;
    Workspace *m_workspace = nullptr;

private Q_SLOTS:
    void init()
    {
        m_session = std::make_unique<TestSupport::TokenWorkspace>();
        QVERIFY(m_session->open(SandboxDemo::token()));
        m_server = &m_session->server();
        m_history = &m_session->history();
        m_workspace = &m_session->workspace();
    }

    void cleanup() { m_session.reset(); }

    void theRecordKeepsTheNamesTheListingsGave()
    {
        const EndpointSpec spec = sandboxDemoSpec(*m_server);
        ListingCache *listings = m_workspace->listings();
        listings->insert(listingOf(ResourceKind::Project),
                         {item(ResourceKind::Project, spec.projectId, QStringLiteral("cn-north-4"))});
        listings->insert(listingOf(ResourceKind::Vpc),
                         {item(ResourceKind::Vpc, spec.vpcId, QStringLiteral("vpc-prod"))});
        listings->insert(listingOf(ResourceKind::Subnet, spec.vpcId),
                         {item(ResourceKind::Subnet, spec.subnetId, QStringLiteral("subnet-app"))});

        QSignalSpy finished(m_workspace->client(), &EndpointClient::createFinished);
        QCOMPARE(m_workspace->create(spec), Workspace::Refusal::None);
        QVERIFY(finished.wait(10000));
        const HistoryRecord record = m_history->history().first();
        QCOMPARE(record.names.project, QStringLiteral("cn-north-4"));
        QCOMPARE(record.names.vpc, QStringLiteral("vpc-prod"));
        QCOMPARE(record.names.subnet, QStringLiteral("subnet-app"));
        const InventoryEntry entry = m_history->inventory().first();
        QCOMPARE(entry.names.vpc, QStringLiteral("vpc-prod"));
        QCOMPARE(entry.names.subnet, QStringLiteral("subnet-app"));
    }

    void aVpcNotListedIsBlamedOnTheVpc()
    {
        EndpointSpec spec = sandboxDemoSpec(*m_server);
        ListingCache *listings = m_workspace->listings();
        listings->insert(listingOf(ResourceKind::Vpc),
                         {item(ResourceKind::Vpc, spec.vpcId, QStringLiteral("vpc-prod"))});
        // A VPC id typed that the listing does not have; its subnets list as none.
        spec.vpcId = QStringLiteral("99999999-2222-3333-4444-555555555555");
        listings->insert(listingOf(ResourceKind::Subnet, spec.vpcId), {});
        const QList<FieldProblem> problems = m_workspace->problems(spec);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, SpecField::Vpc);
        QVERIFY2(problems.first().message.contains(spec.vpcId), qPrintable(problems.first().message));
        QCOMPARE(m_workspace->create(spec), Workspace::Refusal::InvalidSpec);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceRecords)
#include "tst_workspacerecords.moc"
