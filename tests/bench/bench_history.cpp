// Figures for the history store, which writes on the UI thread: how long recording a create (before
// it is sent, then its outcome) takes on a real SQLite file with WAL and synchronous=FULL, and how
// long reading the inventory and the history takes with 10,000 records. The design allows a frame
// (16 ms) for any wait of the UI thread on the disk. Fails only when something functionally breaks,
// never because the machine or its disk is slow.

#include "BenchEndpoints.h"
#include "HistoryModel.h"
#include "HistoryStore.h"
#include "InventoryModel.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <numeric>

using namespace EndpointDesk;

namespace {

constexpr int timedCreates = 500;
constexpr int filledRecords = 10000;
constexpr int timedCreatesWhenFull = 100;
constexpr int readRuns = 10;
constexpr double frameMs = 16.0;

struct Figures
{
    double mean = 0;
    double p95 = 0;
    double max = 0;
};

Figures summarize(QList<double> values)
{
    Figures figures;
    if (values.isEmpty())
        return figures;
    std::sort(values.begin(), values.end());
    figures.mean = std::accumulate(values.cbegin(), values.cend(), 0.0) / values.size();
    const auto rank = static_cast<qsizetype>(std::ceil(0.95 * values.size())) - 1;
    figures.p95 = values.at(std::clamp<qsizetype>(rank, 0, values.size() - 1));
    figures.max = values.constLast();
    return figures;
}

QString describe(const Figures &figures)
{
    return QStringLiteral("mean %1 ms, p95 %2 ms, max %3 ms")
        .arg(figures.mean, 0, 'f', 2)
        .arg(figures.p95, 0, 'f', 2)
        .arg(figures.max, 0, 'f', 2);
}

double elapsedMs(const std::function<void()> &work)
{
    QElapsedTimer clock;
    clock.start();
    work();
    return clock.nsecsElapsed() / 1e6;
}

EndpointResult createdNumber(int n)
{
    EndpointResult result;
    result.outcome = Outcome::Succeeded;
    result.httpStatus = 200;
    result.endpointIps = {QStringLiteral("192.168.%1.%2").arg(n / 250 % 250).arg(n % 250 + 2),
                          QStringLiteral("192.168.%1.%2").arg(n / 250 % 250).arg(n % 250 + 3)};
    result.address = QStringLiteral("https://ep-%1.fgs.cn-north-4.myhuaweicloud.com").arg(n);
    result.requestId = QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('0'));
    return result;
}

struct CreateTimes
{
    bool ok = true;
    QList<double> started;
    QList<double> finished;
    QList<double> both;
};

// Records `count` creates from number `first` on, as EndpointRecorder does, timing each call.
CreateTimes timeCreates(HistoryStore &store, int first, int count)
{
    CreateTimes times;
    for (int n = first; n < first + count; ++n) {
        qint64 id = -1;
        const double started =
            elapsedMs([&] { id = store.recordCreateStarted(QStringLiteral("Bench"), TestSupport::benchSpec(n)); });
        bool settled = false;
        const double finished = elapsedMs([&] { settled = store.recordFinished(id, createdNumber(n)); });
        times.ok = times.ok && id > 0 && settled;
        times.started.append(started);
        times.finished.append(finished);
        times.both.append(started + finished);
    }
    return times;
}

void printCreates(const QString &what, const CreateTimes &times)
{
    const Figures started = summarize(times.started);
    const Figures finished = summarize(times.finished);
    const auto overFrame =
        std::count_if(times.started.cbegin(), times.started.cend(), [](double ms) { return ms >= frameMs; })
        + std::count_if(times.finished.cbegin(), times.finished.cend(), [](double ms) { return ms >= frameMs; });
    qInfo().noquote() << QStringLiteral("%1, recordCreateStarted: %2").arg(what, describe(started));
    qInfo().noquote() << QStringLiteral("%1, recordFinished: %2").arg(what, describe(finished));
    qInfo().noquote() << QStringLiteral("%1, both writes of a create: %2; writes over %3 ms: %4 of %5 "
                                        "(target < %3 ms a write)")
                             .arg(what, describe(summarize(times.both)))
                             .arg(frameMs, 0, 'f', 0)
                             .arg(overFrame)
                             .arg(times.started.size() * 2);
}

Figures timeReads(const std::function<qsizetype()> &read, qsizetype expected, bool *ok)
{
    QList<double> times;
    for (int run = 0; run < readRuns; ++run) {
        qsizetype rows = 0;
        times.append(elapsedMs([&] { rows = read(); }));
        *ok = *ok && rows == expected;
    }
    return summarize(times);
}

bool setSynchronous(const HistoryStore &store, const QString &mode)
{
    QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
    return query.exec(QStringLiteral("PRAGMA synchronous=") + mode);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bool ok = true;

    // A real disk: on a RAM file system a sync costs nothing and the figures would flatter.
    const bool tempInRam = QStorageInfo(QDir::tempPath()).fileSystemType() == QByteArrayLiteral("tmpfs");
    auto dir = tempInRam ? std::make_unique<QTemporaryDir>(QDir::current().filePath(QStringLiteral("bench-XXXXXX")))
                         : std::make_unique<QTemporaryDir>();
    if (!dir->isValid()) {
        qCritical("no temporary folder");
        return 1;
    }
    const QString path = dir->filePath(QStringLiteral("history.sqlite"));
    const QStorageInfo disk(dir->path());
    qInfo().noquote() << QStringLiteral(
                             "history times in ms, file on %1 (%2), WAL, synchronous=FULL, one transaction a record")
                             .arg(QString::fromLatin1(disk.fileSystemType()), QString::fromLatin1(disk.device()));

    HistoryStore store(path);
    if (!store.isOpen()) {
        qCritical().noquote() << "the history file could not be opened:" << store.notices();
        return 1;
    }

    // A fresh file, as on a first run.
    const CreateTimes fresh = timeCreates(store, 0, timedCreates);
    printCreates(QStringLiteral("%1 creates on a new file").arg(timedCreates), fresh);
    ok = ok && fresh.ok;

    // Up to 10,000 records. Synced writes would take minutes here and measure nothing new.
    ok = ok && setSynchronous(store, QStringLiteral("OFF"));
    const int toFill = filledRecords - timedCreates;
    const CreateTimes filling = timeCreates(store, timedCreates, toFill);
    ok = ok && filling.ok && setSynchronous(store, QStringLiteral("FULL"));

    bool readsOk = true;
    const Figures inventory = timeReads([&] { return store.inventory().size(); }, filledRecords, &readsOk);
    const Figures history = timeReads([&] { return store.history().size(); }, filledRecords, &readsOk);
    // What the tables read when shown: their first page.
    const Figures shown = timeReads([&] { return store.historyPage(0, HistoryModel::PageSize).size(); },
                                    HistoryModel::PageSize, &readsOk);
    const Figures shownInventory =
        timeReads([&] { return store.inventoryPage(std::nullopt, InventoryModel::PageSize).size(); },
                  InventoryModel::PageSize, &readsOk);
    qInfo().noquote() << QStringLiteral("inventory() of %1 endpoints: %2").arg(filledRecords).arg(describe(inventory));
    qInfo().noquote() << QStringLiteral("history() of %1 records: %2").arg(filledRecords).arg(describe(history));
    qInfo().noquote() << QStringLiteral("the History table's first page: %1").arg(describe(shown));
    qInfo().noquote() << QStringLiteral("the Endpoints table's first page: %1").arg(describe(shownInventory));
    ok = ok && readsOk;

    const CreateTimes full = timeCreates(store, filledRecords, timedCreatesWhenFull);
    printCreates(QStringLiteral("%1 creates with %2 records").arg(timedCreatesWhenFull).arg(filledRecords), full);
    ok = ok && full.ok;

    // With the Endpoints tab in front each write also adds or updates a row of both its tables (each
    // holding the first page it read), on the same thread.
    InventoryModel inventoryModel(&store);
    HistoryModel historyModel(&store);
    const CreateTimes withModels = timeCreates(store, filledRecords + timedCreatesWhenFull, timedCreatesWhenFull);
    printCreates(QStringLiteral("%1 creates with %2 records and the Endpoints tab's tables in sight")
                     .arg(timedCreatesWhenFull)
                     .arg(filledRecords + timedCreatesWhenFull),
                 withModels);
    ok = ok && withModels.ok && inventoryModel.rowCount() == InventoryModel::PageSize + timedCreatesWhenFull
         && historyModel.rowCount() == HistoryModel::PageSize + timedCreatesWhenFull;

    // Creates are made from the Create tab, with the Endpoints tab hidden: its tables only note the change.
    inventoryModel.setPaused(true);
    historyModel.setPaused(true);
    const int hiddenFirst = filledRecords + 2 * timedCreatesWhenFull;
    const CreateTimes hidden = timeCreates(store, hiddenFirst, timedCreatesWhenFull);
    printCreates(QStringLiteral("%1 creates with %2 records and the Endpoints tab hidden")
                     .arg(timedCreatesWhenFull)
                     .arg(hiddenFirst),
                 hidden);
    inventoryModel.setPaused(false);
    // Shown again: its first page, read afresh, with the newest on top.
    ok = ok && hidden.ok && inventoryModel.rowCount() == InventoryModel::PageSize
         && inventoryModel.entry(0).key.subnetId
                == TestSupport::benchSpec(hiddenFirst + timedCreatesWhenFull - 1).subnetId;

    if (!ok) {
        qCritical("a record was not written or not read back");
        return 1;
    }
    return 0;
}
