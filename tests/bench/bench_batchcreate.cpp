// Create from file at the size of a big change: 200 rows against the sandbox (in this process, over
// HTTP), checked by name and created one after another. Prints the time and the longest event-loop
// stall beside a floor measured in the same run (the idle event loop, as long); fails only when
// something functionally breaks, never because the machine is slow.
#include "BatchCreate.h"
#include "BatchModel.h"
#include "SandboxDemo.h"
#include "StallMeter.h"
#include "TokenWorkspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

using namespace EndpointDesk;
using EndpointDesk::TestSupport::StallMeter;
using EndpointDesk::TestSupport::TokenWorkspace;

namespace {

constexpr int rowCount = 200;

// Runs the event loop until signal fires or timeoutMs pass; false on time-out.
template<typename Sender, typename Signal>
bool waitFor(const Sender *sender, Signal signal, int timeoutMs)
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TokenWorkspace sandbox(SandboxSeedOptions{13, 16});
    if (!sandbox.open(SandboxDemo::token())) {
        qCritical("the sandbox did not start");
        return 1;
    }
    const QString project = SandboxDemo::projectId();
    const QList<SandboxSubnet> &subnets = sandbox.server().cloud().subnets(project);
    QByteArray csv("project,vpc,subnet\r\n");
    for (int i = 0; i < rowCount; ++i) {
        const SandboxVpc *vpc = sandbox.server().cloud().inventory().vpc(project, subnets.at(i).vpcId);
        csv += "cn-north-4," + vpc->name.toUtf8() + "," + subnets.at(i).name.toUtf8() + "\r\n";
    }
    int creates = 0;
    QObject::connect(&sandbox.server(), &SandboxServer::requestHandled,
                     [&creates](const QByteArray &method, const QString &path) {
                         if (method == "POST" && path.endsWith(QLatin1String("/vpc-endpoint")))
                             ++creates;
                     });

    BatchCreate batch(&sandbox.workspace());
    StallMeter meter;
    QElapsedTimer clock;
    meter.start();
    clock.start();
    const QString problem = batch.loadData(csv);
    if (!problem.isEmpty() || !waitFor(&batch, &BatchCreate::checked, 60000)) {
        qCritical() << "the rows were not checked:" << problem;
        return 1;
    }
    const double checkMs = clock.nsecsElapsed() / 1e6;
    const double checkStall = meter.stop();
    const int ready = batch.model()->count(BatchRow::State::Ready);

    meter.start();
    clock.restart();
    const QString refusal = batch.createAll();
    if (!refusal.isEmpty() || !waitFor(&batch, &BatchCreate::finished, 300000)) {
        qCritical() << "Create all did not finish:" << refusal;
        return 1;
    }
    const double createMs = clock.nsecsElapsed() / 1e6;
    const double createStall = meter.stop();

    // The floor: the same event loop, idle, for as long.
    meter.start();
    QEventLoop idle;
    QTimer::singleShot(int(createMs), &idle, &QEventLoop::quit);
    idle.exec();
    const double floorStall = meter.stop();

    const int created = batch.model()->count(BatchRow::State::Created);
    qInfo().noquote() << QStringLiteral("%1 rows checked by name in %2 ms; longest stall %3 ms")
                             .arg(rowCount)
                             .arg(checkMs, 0, 'f', 1)
                             .arg(checkStall, 0, 'f', 1);
    qInfo().noquote() << QStringLiteral("%1 rows created one after another in %2 ms (%3 ms a row); "
                                        "longest event-loop stall %4 ms (target < 50 ms), idle floor %5 ms")
                             .arg(created)
                             .arg(createMs, 0, 'f', 1)
                             .arg(createMs / std::max(created, 1), 0, 'f', 2)
                             .arg(createStall, 0, 'f', 1)
                             .arg(floorStall, 0, 'f', 1);
    qInfo().noquote() << QStringLiteral("create requests the sandbox answered: %1").arg(creates);
    if (ready != rowCount || created != rowCount || creates != rowCount
        || sandbox.server().cloud().endpoints().size() != rowCount) {
        qCritical() << "expected" << rowCount << "rows created once each; ready" << ready << "created" << created
                    << "requests" << creates;
        return 1;
    }
    return 0;
}
