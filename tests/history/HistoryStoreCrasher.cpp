// Helper for tst_historystore: a run that records a create as about to be sent, then dies
// without closing anything, as a crash or a kill would.
// Usage: historystore-crasher FILE
#include "HistoryStore.h"

#include <QCoreApplication>

#include <cstdlib>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2)
        return 2;
    auto *store = new EndpointDesk::HistoryStore(args.at(1));
    EndpointDesk::EndpointSpec spec;
    spec.region = QStringLiteral("cn-north-4");
    spec.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    spec.vpcId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    spec.subnetId = QStringLiteral("66666666-7777-8888-9999-000000000000");
    if (store->recordCreateStarted(QStringLiteral("Crashing"), spec) < 0)
        return 1;
    // No destructors, no close, no checkpoint: only what was committed survives.
    std::_Exit(70);
}
