#include "DeferredReload.h"
#include "HistoryStore.h"
#include "InventoryModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace EndpointDesk;

class TestDeferredReload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reloadsAtOnceWhileNotPaused()
    {
        int reloads = 0;
        DeferredReload reload([&] { ++reloads; });
        reload.changed();
        reload.changed();
        QCOMPARE(reloads, 2);
        QVERIFY(!reload.isStale());
    }

    void changesWhilePausedReloadOnceOnResume()
    {
        int reloads = 0;
        DeferredReload reload([&] { ++reloads; });
        reload.setPaused(true);
        reload.changed();
        reload.changed();
        reload.changed();
        QCOMPARE(reloads, 0);
        QVERIFY(reload.isStale());
        reload.setPaused(false);
        QCOMPARE(reloads, 1);
        QVERIFY(!reload.isStale());
    }

    void resumingWithoutChangesDoesNothing()
    {
        int reloads = 0;
        DeferredReload reload([&] { ++reloads; });
        reload.setPaused(true);
        reload.setPaused(false);
        QCOMPARE(reloads, 0);
    }

    void aPausedInventoryKeepsItsRowsUntilResumed()
    {
        HistoryStore store(QStringLiteral(":memory:"));
        QVERIFY(store.isOpen());
        InventoryModel model(&store);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setPaused(true);

        EndpointSpec spec;
        spec.region = QStringLiteral("cn-north-4");
        spec.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
        spec.vpcId = QStringLiteral("a285e7b0-deb6-4750-941e-6a8be5eefeb8");
        spec.subnetId = QStringLiteral("c8cccc73-79b1-4ec1-8e2c-16211d1def06");
        const qint64 id = store.recordCreateStarted(QStringLiteral("P"), spec);
        QVERIFY(id >= 0);
        EndpointResult created;
        created.outcome = Outcome::Succeeded;
        created.endpointIps = {QStringLiteral("10.0.0.10")};
        created.address = QStringLiteral("ep.example");
        QVERIFY(store.recordFinished(id, created));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.rowCount(), 0);

        model.setPaused(false);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, InventoryModel::AddressColumn)).toString(), QStringLiteral("ep.example"));
    }
};

QTEST_GUILESS_MAIN(TestDeferredReload)
#include "tst_deferredreload.moc"
