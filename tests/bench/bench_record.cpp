// Figures for the Endpoints tab over a large record: how long the tab takes to open (shown, rows read,
// painted), and the longest event-loop stall while a create is recorded with the tab in sight (both
// writes, the rows they add or change, the repaint). Prints table rows for bench/run.sh; fails only
// when something functionally breaks, never because the machine is slow. Then the tab sorted by other
// columns (a header click), the next page in that order, and the filter applied.
// Arguments: the record sizes (default 10000 100000).

#include "BenchEndpoints.h"
#include "HistoryStore.h"
#include "InventoryModel.h"
#include "InventoryView.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "StallMeter.h"
#include "Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace EndpointDesk;
using EndpointDesk::TestSupport::StallMeter;

namespace {

constexpr int creates = 7;

// `count` creates that succeeded, with their endpoints, in one transaction.
bool fill(const QString &path, int count)
{
    {
        HistoryStore store(path);
        if (!store.isOpen())
            return false;
    }
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-fill"));
        db.setDatabaseName(path);
        ok = db.open() && db.transaction();
        QSqlQuery request(db);
        request.prepare(QStringLiteral(
            "INSERT INTO requests (time, profile, region, project, operation, vpc, subnet, outcome, http_status)"
            " VALUES (:time, 'Bench', 'cn-north-4', 'p', 'create', :vpc, :subnet, 'succeeded', 200)"));
        QSqlQuery endpoint(db);
        endpoint.prepare(QStringLiteral(
            "INSERT INTO endpoints (region, project, vpc, subnet, ips, address, created_time, profile, state)"
            " VALUES ('cn-north-4', 'p', :vpc, :subnet, '[\"192.168.0.2\"]', :address, :time, 'Bench', 'active')"));
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-count - 60);
        for (int n = 0; ok && n < count; ++n) {
            const EndpointSpec spec = TestSupport::benchSpec(n);
            for (QSqlQuery *query : {&request, &endpoint}) {
                query->bindValue(QStringLiteral(":time"), start.addSecs(n).toString(Qt::ISODateWithMs));
                query->bindValue(QStringLiteral(":vpc"), spec.vpcId);
                query->bindValue(QStringLiteral(":subnet"), spec.subnetId);
            }
            endpoint.bindValue(QStringLiteral(":address"), QStringLiteral("ep-%1.example").arg(n));
            ok = request.exec() && endpoint.exec();
        }
        ok = ok && db.commit();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-fill"));
    return ok;
}

// Runs the event loop for a while (QTest::qWait sleeps between its turns, which the meter would count).
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Spread
{
    double median = 0, min = 0, max = 0;
};

Spread spread(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return {(values.at((n - 1) / 2) + values.at(n / 2)) / 2, values.constFirst(), values.constLast()};
}

QString ms(const Spread &s)
{
    return QStringLiteral("%1 ms (%2–%3)").arg(s.median, 0, 'f', 1).arg(s.min, 0, 'f', 1).arg(s.max, 0, 'f', 1);
}

struct Figures
{
    bool ok = false;
    double openMs = 0;
    QList<double> stalls;
    // A click on a header, to the rows read in that order and painted; then the next page (scrolling).
    double sortByCreatorMs = 0;
    double sortByPlaceMs = 0;
    double nextPageMs = 0;
    // Typing paused: the filter applied and painted, for a text few rows hold (every row looked at) and
    // one many do.
    double filterRareMs = 0;
    double filterCommonMs = 0;
};

double timed(const std::function<void()> &work)
{
    QElapsedTimer clock;
    clock.start();
    work();
    QCoreApplication::processEvents(); // the repaint
    return clock.nsecsElapsed() / 1e6;
}

Figures measure(int records)
{
    Figures figures;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    if (!fill(path, records))
        return figures;
    ProfileStore profiles(dir.filePath(QStringLiteral("EndpointDesk.ini")));
    SecretStore secrets(&profiles, SecretStore::Backend::Unavailable);
    HistoryStore store(path, HistoryStore::Opening::OnFirstUse);
    Workspace workspace(&profiles, &secrets, &store);
    InventoryView view;
    view.bind(&workspace, [](const InventoryEntry &) { return true; });
    view.resize(1200, 700);
    auto *table = view.findChild<QTableView *>(QStringLiteral("inventoryTable"));

    // Opening the tab: from show() to its first painted frame, the history file opened on the way.
    QElapsedTimer clock;
    clock.start();
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return figures;
    QCoreApplication::processEvents();
    figures.openMs = clock.nsecsElapsed() / 1e6;
    if (!table || table->model()->rowCount() == 0)
        return figures;

    // Creates with the tab in sight: both writes and everything the event loop does for them.
    StallMeter meter;
    for (int i = 0; i < creates; ++i) {
        const int n = records + i;
        meter.start();
        spin(20);
        const qint64 id = store.recordCreateStarted(QStringLiteral("Bench"), TestSupport::benchSpec(n));
        spin(20);
        EndpointResult created;
        created.outcome = Outcome::Succeeded;
        created.httpStatus = 200;
        created.endpointIps = {QStringLiteral("10.0.0.2")};
        created.address = QStringLiteral("ep-new-%1.example").arg(n);
        if (id <= 0 || !store.recordFinished(id, created))
            return figures;
        spin(20);
        figures.stalls.append(meter.stop());
    }
    auto *model = static_cast<InventoryModel *>(table->model());
    figures.ok = model->entry(0).address == QStringLiteral("ep-new-%1.example").arg(records + creates - 1);

    // Sorted by other columns, as a click on their header does, each from the top.
    QHeaderView *header = table->horizontalHeader();
    figures.sortByCreatorMs =
        timed([&] { header->setSortIndicator(InventoryModel::CreatedByColumn, Qt::DescendingOrder); });
    figures.nextPageMs = timed([&] { model->fetchMore(); });
    figures.ok = figures.ok && model->rowCount() == 2 * InventoryModel::PageSize;
    figures.sortByPlaceMs = timed([&] { header->setSortIndicator(InventoryModel::SubnetColumn, Qt::AscendingOrder); });
    figures.ok = figures.ok && model->rowCount() == InventoryModel::PageSize
                 && model->entry(0).key.subnetId < model->entry(1).key.subnetId;
    figures.filterRareMs = timed([&] { model->setFilter(QStringLiteral("EP-%1.").arg(records / 2)); });
    figures.ok = figures.ok && model->rowCount() == 1;
    figures.filterCommonMs = timed([&] { model->setFilter(QStringLiteral("ep-1")); });
    figures.ok = figures.ok && model->rowCount() > 100; // ep-1, ep-10…, ep-100…
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QList<int> sizes;
    for (const QString &argument : app.arguments().mid(1))
        sizes.append(argument.toInt());
    if (sizes.isEmpty())
        sizes = {10000, 100000};
    bool ok = true;
    for (const int records : sizes) {
        const Figures figures = measure(records);
        ok = ok && figures.ok;
        if (!figures.ok) {
            std::fprintf(stderr, "the Endpoints tab over %d records did not work\n", records);
            continue;
        }
        const QString label = QLocale(QLocale::English).toString(records);
        std::printf("| %s records: open the Endpoints tab (show to first frame) | %.0f ms | | | ≤ 200 ms |\n",
                    qPrintable(label), figures.openMs);
        std::printf("| %s records: a create with the tab in sight, longest event-loop stall | %s | | | ≤ 16 ms |\n",
                    qPrintable(label), qPrintable(ms(spread(figures.stalls))));
        std::printf(
            "| %s records: sort the Endpoints tab by Created by (click to painted) | %.1f ms | | | ≤ 100 ms |\n",
            qPrintable(label), figures.sortByCreatorMs);
        std::printf("| %s records: the next page in that order (scrolling) | %.1f ms | | | ≤ 16 ms |\n",
                    qPrintable(label), figures.nextPageMs);
        std::printf("| %s records: sort the Endpoints tab by Subnet (click to painted) | %.1f ms | | | ≤ 100 ms |\n",
                    qPrintable(label), figures.sortByPlaceMs);
        std::printf("| %s records: filter for a text one endpoint holds (typing paused to painted) | %.1f ms | | "
                    "| ≤ 100 ms |\n",
                    qPrintable(label), figures.filterRareMs);
        std::printf("| %s records: filter for a text many hold (typing paused to painted) | %.1f ms | | | ≤ 100 ms |\n",
                    qPrintable(label), figures.filterCommonMs);
    }
    return ok ? 0 : 1;
}
