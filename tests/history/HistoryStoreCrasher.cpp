// Helper for tst_historystore: a run that records a create as about to be sent, then dies
// without closing anything, as a crash or a kill would.
// Usage: historystore-crasher FILE
//        historystore-crasher --server HOST PORT DATABASE USER
//   creates and settles endpoints on a shared record, one place after another, printing each
//   request's id once it is committed, until it is killed.
#include "HistoryStore.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 6 && args.at(1) == QLatin1String("--server")) {
        EndpointDesk::RecordServer server;
        server.host = args.at(2);
        server.port = args.at(3).toInt();
        server.database = args.at(4);
        server.user = args.at(5);
        server.tls = false;
        auto *shared = new EndpointDesk::HistoryStore(server);
        shared->setOperatorName(QStringLiteral("writer@desk"));
        for (int i = 0;; ++i) {
            EndpointDesk::EndpointSpec place;
            place.region = QStringLiteral("cn-north-4");
            place.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
            place.vpcId = QStringLiteral("11111111-2222-3333-4444-555555555555");
            place.subnetId = QStringLiteral("subnet-%1").arg(i);
            const qint64 id = shared->recordCreateStarted(QStringLiteral("Writing"), place);
            EndpointDesk::EndpointResult result;
            result.outcome = EndpointDesk::Outcome::Succeeded;
            if (id < 0 || !shared->recordFinished(id, result))
                return 1;
            std::printf("%lld\n", static_cast<long long>(id));
            std::fflush(stdout);
        }
    }
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
