#include "HistoryStore.h"

#include "DamagedFile.h"
#include "Logging.h"
#include "RecordSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>
#include <QVariant>

#include <atomic>

namespace EndpointDesk {

namespace {

const QString MemoryPath = QStringLiteral(":memory:");

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime timeFromText(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid())
        time = time.toUTC();
    return time;
}

// Every text column is NOT NULL: an empty QString must reach SQLite as '' rather than NULL.
QVariant sqlText(const QString &value)
{
    return value.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(value);
}

// SQLite's primary result codes that mean the file itself is bad, as opposed to busy or unwritable.
bool isDamage(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("11") /* SQLITE_CORRUPT */ || code == QLatin1String("26") /* SQLITE_NOTADB */;
}

// SQLite's codes for a file another connection holds locked.
bool isBusy(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") /* SQLITE_BUSY */ || code == QLatin1String("6") /* SQLITE_LOCKED */;
}

bool exec(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

QString damagedNotice(const QString &movedTo)
{
    return QCoreApplication::translate("EndpointDesk",
                                       "The history file was damaged. It was kept as %1 and a new, empty history was "
                                       "started: endpoints created before are listed in the old file only.")
        .arg(QDir::toNativeSeparators(movedTo));
}

QString unavailableNotice(const QString &error)
{
    return QCoreApplication::translate(
               "EndpointDesk", "The history cannot be recorded, so endpoints created now will not be listed: %1")
        .arg(error);
}

HistoryRecord recordFrom(const QSqlQuery &query)
{
    HistoryRecord record;
    record.id = query.value(0).toLongLong();
    record.time = timeFromText(query.value(1).toString());
    record.profile = query.value(2).toString();
    record.region = query.value(3).toString();
    record.projectId = query.value(4).toString();
    record.operation = HistoryRecord::operationFromName(query.value(5).toString());
    record.vpcId = query.value(6).toString();
    record.subnetId = query.value(7).toString();
    record.flavor = query.value(8).toString();
    record.agency = query.value(9).toString();
    record.outcome = HistoryRecord::outcomeFromName(query.value(10).toString());
    record.httpStatus = query.value(11).toInt();
    record.errorCode = query.value(12).toString();
    record.message = query.value(13).toString();
    record.requestId = query.value(14).toString();
    record.names = {query.value(15).toString(), query.value(16).toString(), query.value(17).toString()};
    record.operatorName = query.value(18).toString();
    return record;
}

const QString RecordColumns = QStringLiteral("id, time, profile, region, project, operation, vpc, subnet, flavor, "
                                             "agency, outcome, http_status, error_code, message, request_id, "
                                             "project_name, vpc_name, subnet_name, operator");
const QString EntryColumns = QStringLiteral("region, project, vpc, subnet, flavor, agency, ips, address, created_time, "
                                            "profile, state, deleted_time, project_name, vpc_name, subnet_name, "
                                            "created_by, deleted_by");

InventoryEntry entryFrom(const QSqlQuery &query, int first = 0)
{
    const auto value = [&query, first](int column) { return query.value(first + column); };
    InventoryEntry entry;
    entry.key.region = value(0).toString();
    entry.key.projectId = value(1).toString();
    entry.key.vpcId = value(2).toString();
    entry.key.subnetId = value(3).toString();
    entry.flavor = value(4).toString();
    entry.agency = value(5).toString();
    for (const QJsonValue &ip : QJsonDocument::fromJson(value(6).toString().toUtf8()).array())
        entry.ips.append(ip.toString());
    entry.address = value(7).toString();
    entry.created = timeFromText(value(8).toString());
    entry.profile = value(9).toString();
    entry.state = InventoryEntry::stateFromName(value(10).toString());
    entry.deleted = timeFromText(value(11).toString());
    entry.names = {value(12).toString(), value(13).toString(), value(14).toString()};
    entry.createdBy = value(15).toString();
    entry.deletedBy = value(16).toString();
    return entry;
}

using RecordSchema::AttentionFirst;

// The columns an order sorts by, most significant first; the last tells equal rows apart. Each order has an
// index that starts with them (RecordSchema step 5 and 6, and the unique key), on which a page is read by
// keyset: the rows past the last one shown, by a row-value comparison both back ends seek the index with.
// Not LIMIT/OFFSET: that walks every row skipped, and slides when a row is added or removed above.
QStringList orderColumns(HistoryStore::InventoryOrder order)
{
    switch (order) {
    case HistoryStore::InventoryOrder::Attention:
        return {AttentionFirst, QStringLiteral("created_time"), QStringLiteral("rowid")};
    case HistoryStore::InventoryOrder::Created:
        return {QStringLiteral("created_time"), QStringLiteral("rowid")};
    case HistoryStore::InventoryOrder::Place:
        return {QStringLiteral("region"), QStringLiteral("project"), QStringLiteral("vpc"), QStringLiteral("subnet")};
    case HistoryStore::InventoryOrder::CreatedBy:
        break;
    }
    return {QStringLiteral("created_by"), QStringLiteral("created_time"), QStringLiteral("rowid")};
}

// The columns the filter looks in.
const QStringList FilteredColumns = {QStringLiteral("project"),  QStringLiteral("vpc"),
                                     QStringLiteral("subnet"),   QStringLiteral("project_name"),
                                     QStringLiteral("vpc_name"), QStringLiteral("subnet_name"),
                                     QStringLiteral("address"),  QStringLiteral("created_by")};

// The conditions a selection puts on the endpoints besides their place: the creator, and the filter. The filter
// is matched anywhere in the columns, joined by a line break no filter holds (a filter line takes none), with
// one lower() and one LIKE a row: a text few endpoints hold reads every row, and a lower() and LIKE for each
// column took half as long again. lower() is on both sides (PostgreSQL's LIKE minds case), and the person's
// % and _ are taken as they are: '!' escapes them, a character both back ends accept in an ESCAPE clause.
QStringList selectionConditions(const HistoryStore::InventorySelection &selection)
{
    QStringList conditions;
    if (!selection.createdBy.isEmpty())
        conditions.append(QStringLiteral("created_by = :createdBy"));
    if (!selection.filter.isEmpty())
        conditions.append(QStringLiteral("lower(") + FilteredColumns.join(QLatin1String(" || '\n' || "))
                          + QLatin1String(") LIKE lower(:filter) ESCAPE '!'"));
    return conditions;
}

void bindSelection(QSqlQuery &query, const HistoryStore::InventorySelection &selection)
{
    if (!selection.createdBy.isEmpty())
        query.bindValue(QStringLiteral(":createdBy"), selection.createdBy);
    if (selection.filter.isEmpty())
        return;
    QString pattern = selection.filter;
    pattern.remove(QLatin1Char('\n'))
        .replace(QLatin1Char('!'), QLatin1String("!!"))
        .replace(QLatin1Char('%'), QLatin1String("!%"))
        .replace(QLatin1Char('_'), QLatin1String("!_"));
    query.bindValue(QStringLiteral(":filter"), QString(QLatin1Char('%') + pattern + QLatin1Char('%')));
}

HistoryStore::InventoryRow rowFrom(const QSqlQuery &query, int orderColumnCount)
{
    HistoryStore::InventoryRow row;
    for (int i = 0; i < orderColumnCount; ++i)
        row.place.values.append(query.value(i));
    row.entry = entryFrom(query, orderColumnCount);
    return row;
}

void bindKey(QSqlQuery &query, const QString &region, const QString &project, const QString &vpc, const QString &subnet)
{
    query.bindValue(QStringLiteral(":region"), sqlText(region));
    query.bindValue(QStringLiteral(":project"), sqlText(project));
    query.bindValue(QStringLiteral(":vpc"), sqlText(vpc));
    query.bindValue(QStringLiteral(":subnet"), sqlText(subnet));
}

void bindNames(QSqlQuery &query, const EndpointNames &names)
{
    query.bindValue(QStringLiteral(":projectName"), sqlText(names.project));
    query.bindValue(QStringLiteral(":vpcName"), sqlText(names.vpc));
    query.bindValue(QStringLiteral(":subnetName"), sqlText(names.subnet));
}

// Lists an endpoint known only by its place, in the given state, unless its row is in one of the kept
// states: what it was known to be until now is worth more.
QString listedWithoutDetails(const QString &state, const QString &keptStates)
{
    return QStringLiteral(
               "INSERT INTO endpoints (region, project, vpc, subnet, flavor, agency, profile, state, created_by)"
               " VALUES (:region, :project, :vpc, :subnet, :flavor, :agency, :profile, '%1', :operator)"
               " ON CONFLICT (region, project, vpc, subnet) DO UPDATE SET flavor = excluded.flavor,"
               " agency = excluded.agency, profile = excluded.profile, state = '%1', ips = '[]',"
               " address = '', created_time = '', deleted_time = '', created_by = excluded.created_by,"
               " deleted_by = '' WHERE endpoints.state NOT IN (%2)")
        .arg(state, keptStates);
}

// Names the request knew replace those the endpoint's row had; a name not known now keeps the old one.
bool keepNames(QSqlDatabase &db, const HistoryRecord &record, QString *error)
{
    if (record.names.isEmpty())
        return true;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE endpoints SET project_name = COALESCE(NULLIF(:projectName, ''), project_name),"
                                 " vpc_name = COALESCE(NULLIF(:vpcName, ''), vpc_name),"
                                 " subnet_name = COALESCE(NULLIF(:subnetName, ''), subnet_name)"
                                 " WHERE region = :region AND project = :project AND vpc = :vpc AND subnet = :subnet"));
    bindNames(query, record.names);
    bindKey(query, record.region, record.projectId, record.vpcId, record.subnetId);
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

// Brings the inventory in line with how a request ended; part of the caller's transaction.
bool applyToInventory(QSqlDatabase &db, const HistoryRecord &record, Outcome outcome, const EndpointResult *result,
                      QString *error)
{
    QSqlQuery query(db);
    const bool create = record.operation == HistoryRecord::Operation::Create;
    bool detailsKnown = true; // the request's flavor and agency are the endpoint's
    if (create && outcome == Outcome::Succeeded) {
        query.prepare(QStringLiteral(
            "INSERT INTO endpoints (region, project, vpc, subnet, flavor, agency, ips, address, created_time, profile,"
            " state, deleted_time, created_by) VALUES (:region, :project, :vpc, :subnet, :flavor, :agency, :ips,"
            " :address, :time, :profile, 'active', '', :operator) ON CONFLICT (region, project, vpc, subnet)"
            " DO UPDATE SET flavor = excluded.flavor, agency = excluded.agency, ips = excluded.ips,"
            " address = excluded.address, created_time = excluded.created_time, profile = excluded.profile,"
            " state = 'active', deleted_time = '', created_by = excluded.created_by, deleted_by = ''"));
        const QStringList ips = result ? result->endpointIps : QStringList();
        query.bindValue(
            QStringLiteral(":ips"),
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ips)).toJson(QJsonDocument::Compact)));
        query.bindValue(QStringLiteral(":address"), sqlText(result ? result->address : QString()));
        query.bindValue(QStringLiteral(":time"), sqlText(nowText()));
    } else if (create && Outcomes::mayHaveActed(outcome)) {
        // May exist now; an endpoint already known to exist stays as it was.
        query.prepare(listedWithoutDetails(QStringLiteral("unknown"), QStringLiteral("'active', 'exists', 'adopted'")));
    } else if (create && result && result->alreadyExists) {
        // Refused because the cloud has an endpoint there: listed so that it can be seen and deleted,
        // with nothing claimed about it beyond its place. One this program created or adopted stays as it was.
        query.prepare(listedWithoutDetails(QStringLiteral("exists"), QStringLiteral("'active', 'adopted'")));
        detailsKnown = false;
    } else if (!create && outcome == Outcome::Succeeded) {
        query.prepare(
            QStringLiteral("UPDATE endpoints SET state = 'deleted', deleted_time = :time, deleted_by = :operator"
                           " WHERE region = :region AND project = :project AND vpc = :vpc AND subnet = :subnet"));
        query.bindValue(QStringLiteral(":time"), sqlText(nowText()));
        query.bindValue(QStringLiteral(":operator"), sqlText(record.operatorName));
    } else if (!create && Outcomes::mayHaveActed(outcome)) {
        query.prepare(
            QStringLiteral("UPDATE endpoints SET state = 'unknown' WHERE region = :region AND project = :project"
                           " AND vpc = :vpc AND subnet = :subnet AND state <> 'deleted'"));
    } else {
        return true; // not sent, not connected, refused by the cloud or cancelled in time: nothing changed there
    }
    bindKey(query, record.region, record.projectId, record.vpcId, record.subnetId);
    if (create) {
        query.bindValue(QStringLiteral(":flavor"), sqlText(detailsKnown ? record.flavor : QString()));
        query.bindValue(QStringLiteral(":agency"), sqlText(detailsKnown ? record.agency : QString()));
        query.bindValue(QStringLiteral(":profile"), sqlText(record.profile));
        query.bindValue(QStringLiteral(":operator"), sqlText(record.operatorName));
    }
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return keepNames(db, record, error);
}

// Claims older than this were left by a program that ended before its request settled.
QString claimsExpiredBefore()
{
    return QDateTime::currentDateTimeUtc().addSecs(-HistoryStore::ClaimLifetimeSeconds).toString(Qt::ISODateWithMs);
}

HistoryRecord startedRecord(const QString &profile, HistoryRecord::Operation operation, const EndpointKey &key)
{
    HistoryRecord record;
    record.profile = profile;
    record.operation = operation;
    record.region = key.region;
    record.projectId = key.projectId;
    record.vpcId = key.vpcId;
    record.subnetId = key.subnetId;
    return record;
}

} // namespace

QString HistoryStore::serverAway(const RecordServer &server, const QString &error)
{
    return QCoreApplication::translate(
               "EndpointDesk", "The shared record on %1 cannot be reached, so nothing can be created or deleted "
                               "until it can: %2")
        .arg(server.display(), error);
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/history.sqlite");
}

HistoryStore::HistoryStore(const QString &path, QObject *parent)
    : HistoryStore(path, Opening::Now, parent)
{
}

HistoryStore::HistoryStore(const QString &path, Opening opening, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    static std::atomic<int> instances{0};
    m_connectionName = QStringLiteral("endpointdesk-history-%1").arg(++instances);
    m_checkLater = opening == Opening::OnFirstUse && m_path != MemoryPath;
    // A shared record's server that went away is tried again now and then, with the views keeping
    // the copy they read.
    m_reconnect = new QTimer(this);
    m_reconnect->setInterval(ReconnectIntervalMs);
    connect(m_reconnect, &QTimer::timeout, this, &HistoryStore::reconnect);
    if (opening == Opening::Now)
        openNow();
}

HistoryStore::HistoryStore(const RecordServer &server, Opening opening, QObject *parent)
    : HistoryStore(MemoryPath, Opening::OnFirstUse, parent)
{
    m_server = server;
    if (opening == Opening::Now)
        openNow();
}

void HistoryStore::openNow() const
{
    if (m_attempted)
        return;
    // Opening changes what the store holds, not what it is: callers that only read may cause it.
    auto *self = const_cast<HistoryStore *>(this);
    self->m_attempted = true;
    self->openFile();
    Q_EMIT self->opened();
}

void HistoryStore::openFile()
{
    if (!isShared() && m_path != MemoryPath)
        QDir().mkpath(QFileInfo(m_path).absolutePath());

    QString error;
    OpenResult result = open(&error);
    if (result == OpenResult::Damaged) {
        closeConnection();
        QString movedTo;
        if (moveAside(&movedTo)) {
            m_notices.append(damagedNotice(movedTo));
            result = open(&error);
        } else {
            error = QCoreApplication::translate("EndpointDesk", "the damaged file %1 could not be moved aside")
                        .arg(QDir::toNativeSeparators(m_path));
            result = OpenResult::Failed;
        }
    }
    if (result != OpenResult::Opened) {
        closeConnection();
        m_unavailableReason = error;
        m_notices.append(isShared() ? serverAway(m_server, error) : unavailableNotice(error));
        qCWarning(lcCore) << "history not available:" << error;
        if (isShared())
            m_reconnect->start();
        return;
    }
    m_open = true;
    recoverUnsettled();
    if (m_checkLater && !isShared())
        checkInBackground();
}

void HistoryStore::checkInBackground()
{
    // A connection of its own, read-only, on a worker thread: the whole file is read without the UI waiting.
    const QString path = m_path;
    const QString connection = m_connectionName + QLatin1String("-check");
    m_checker = QThread::create([this, path, connection] {
        bool damaged = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery query(db);
                if (!query.exec(QStringLiteral("PRAGMA quick_check")))
                    damaged = isDamage(query.lastError());
                else
                    damaged = !query.next() || query.value(0).toString() != QLatin1String("ok");
            }
        }
        QSqlDatabase::removeDatabase(connection);
        if (damaged)
            QMetaObject::invokeMethod(this, &HistoryStore::damageFoundLater, Qt::QueuedConnection);
    });
    m_checker->setParent(this);
    connect(m_checker, &QThread::finished, m_checker, &QObject::deleteLater);
    m_checker->start(QThread::LowPriority);
}

void HistoryStore::damageFoundLater()
{
    qCWarning(lcCore) << "history: the file failed SQLite's check";
    closeConnection();
    QString movedTo;
    QString error = QCoreApplication::translate("EndpointDesk", "the damaged file %1 could not be moved aside")
                        .arg(QDir::toNativeSeparators(m_path));
    const bool reopened = moveAside(&movedTo) && open(&error) == OpenResult::Opened;
    const QString notice = reopened ? damagedNotice(movedTo) : unavailableNotice(error);
    if (!reopened)
        closeConnection();
    m_open = reopened;
    m_notices.append(notice);
    Q_EMIT noticed(notice);
    Q_EMIT replaced();
    Q_EMIT changed();
}

HistoryStore::~HistoryStore()
{
    if (m_checker)
        m_checker->wait(); // it reads the file this store is about to close, and calls back into it
    if (m_probe)
        m_probe->wait();
    closeConnection();
}

HistoryStore::OpenResult HistoryStore::open(QString *error)
{
    if (isShared())
        return openServer(error);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        *error = db.lastError().text();
        return isDamage(db.lastError()) ? OpenResult::Damaged : OpenResult::Failed;
    }
    QSqlQuery query(db);
    // Checked here unless a worker thread checks it once it is open (checkInBackground).
    if (!m_checkLater && !query.exec(QStringLiteral("PRAGMA quick_check"))) {
        *error = query.lastError().text();
        return isDamage(query.lastError()) ? OpenResult::Damaged : OpenResult::Failed;
    }
    if (!m_checkLater && (!query.next() || query.value(0).toString() != QLatin1String("ok"))) {
        *error = QCoreApplication::translate("EndpointDesk", "the file failed SQLite's check");
        return OpenResult::Damaged;
    }
    if (m_path != MemoryPath) {
        // Busy: another program is opening the file and sets the mode, which the file then keeps.
        if (!exec(query, QStringLiteral("PRAGMA journal_mode=WAL"), error) && !isBusy(query.lastError()))
            return isDamage(query.lastError()) ? OpenResult::Damaged : OpenResult::Failed;
        if (query.isActive() && (!query.next() || query.value(0).toString() != QLatin1String("wal")))
            qCWarning(lcCore) << "history: the file system refused WAL; using" << query.value(0).toString();
    }
    // Each commit reaches the disk before the call returns: the record must outlive a power cut.
    if (!exec(query, QStringLiteral("PRAGMA synchronous=FULL"), error)
        || !exec(query, QStringLiteral("PRAGMA user_version"), error) || !query.next())
        return OpenResult::Failed;
    const int version = query.value(0).toInt();
    query.finish(); // a statement left open holds a read lock, which would make migrating wait on itself
    if (version > SchemaVersion) {
        // Made by a newer version: use it as it is, never rewrite it down.
        m_notices.append(QCoreApplication::translate(
            "EndpointDesk", "The history file was written by a newer version of Endpoint Desk; it is used as it is."));
        return OpenResult::Opened;
    }
    if (!migrate(version, error))
        return OpenResult::Failed;
    return OpenResult::Opened;
}

bool HistoryStore::migrate(int from, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    for (int version = from + 1; version <= SchemaVersion; ++version) {
        // Written at once (IMMEDIATE), and the version read again inside: of two programs starting
        // together on a new file, the second finds the step taken.
        if (!exec(query, QStringLiteral("BEGIN IMMEDIATE"), error))
            return false;
        const auto rollback = [&query] { query.exec(QStringLiteral("ROLLBACK")); };
        if (!exec(query, QStringLiteral("PRAGMA user_version"), error) || !query.next()) {
            rollback();
            return false;
        }
        const bool taken = query.value(0).toInt() >= version;
        query.finish();
        const QStringList step = taken ? QStringList()
                                       : RecordSchema::step(version, RecordSchema::Backend::Sqlite)
                                             << QStringLiteral("PRAGMA user_version = %1").arg(version);
        for (const QString &sql : step) {
            if (!exec(query, sql, error)) {
                rollback();
                return false;
            }
        }
        if (!exec(query, QStringLiteral("COMMIT"), error)) {
            rollback();
            return false;
        }
        qCDebug(lcCore) << "history: schema now at version" << version;
    }
    return true;
}

void HistoryStore::closeConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
}

bool HistoryStore::moveAside(QString *movedTo)
{
    if (m_path == MemoryPath)
        return false;
    *movedTo = DamagedFile::moveAside(m_path);
    if (movedTo->isEmpty())
        return false;
    // The journal belongs to the damaged file; a new file must not pick it up.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(m_path + suffix))
            QFile::rename(m_path + suffix, *movedTo + suffix);
    }
    return true;
}

void HistoryStore::recoverUnsettled()
{
    // Requests still pending were sent by a run that ended before the answer came: they may have acted.
    // A colleague's request in flight holds a live claim and settles its own record later, by id; a
    // claim of this operator (user@host) was left by a run of this program that ended.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM requests WHERE outcome = 'pending' AND NOT EXISTS (SELECT 1 FROM"
                                 " claims WHERE claims.request = requests.id AND claims.since >= :expired"
                                 " AND claims.operator <> :operator)"));
    query.bindValue(QStringLiteral(":expired"), sqlText(claimsExpiredBefore()));
    query.bindValue(QStringLiteral(":operator"), sqlText(m_operator));
    if (!query.exec())
        return;
    QList<qint64> pending;
    while (query.next())
        pending.append(query.value(0).toLongLong());
    query.finish();
    for (const qint64 id : std::as_const(pending)) {
        QString error;
        if (!db.transaction())
            return;
        QSqlQuery release(db);
        release.prepare(QStringLiteral("DELETE FROM claims WHERE request = :id"));
        release.bindValue(QStringLiteral(":id"), id);
        if (!settleAsUnanswered(db, id, &error) || !release.exec()
            || !notify(db, QStringLiteral("replaced"), 0, {}, &error) || !db.commit()) {
            db.rollback();
            return;
        }
    }
}

HistoryStore::Start HistoryStore::insertStarted(HistoryRecord record)
{
    Start start;
    if (!isOpen())
        return start;
    record.operatorName = m_operator;
    const QString failed =
        QCoreApplication::translate("EndpointDesk", "The request could not be recorded in the history");
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        reportProblem(failed, db.lastError().text());
        return start;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO requests (time, profile, region, project, operation, vpc, subnet, flavor,"
                                 " agency, outcome, project_name, vpc_name, subnet_name, operator) VALUES (:time,"
                                 " :profile, :region, :project, :operation, :vpc, :subnet, :flavor, :agency, 'pending',"
                                 " :projectName, :vpcName, :subnetName, :operator) RETURNING id"));
    query.bindValue(QStringLiteral(":time"), sqlText(nowText()));
    query.bindValue(QStringLiteral(":profile"), sqlText(record.profile));
    bindKey(query, record.region, record.projectId, record.vpcId, record.subnetId);
    query.bindValue(QStringLiteral(":operation"), sqlText(HistoryRecord::operationName(record.operation)));
    query.bindValue(QStringLiteral(":flavor"), sqlText(record.flavor));
    query.bindValue(QStringLiteral(":agency"), sqlText(record.agency));
    bindNames(query, record.names);
    query.bindValue(QStringLiteral(":operator"), sqlText(record.operatorName));
    QString error;
    bool settledExpired = false;
    qint64 id = -1;
    if (query.exec() && query.next())
        id = query.value(0).toLongLong();
    else
        error = query.lastError().text();
    query.finish();
    // The claim and the pending record are written together, or neither is.
    const bool written = id >= 0 && takeClaim(db, record, id, &start.heldBy, &settledExpired, &error) && !start.heldBy
                         && notify(db, QStringLiteral("added"), id, {}, &error) && db.commit();
    if (!written) {
        if (error.isEmpty() && !start.heldBy)
            error = db.lastError().text();
        db.rollback();
        if (!start.heldBy)
            reportProblem(failed, error);
        return start;
    }
    start.id = id;
    if (settledExpired)
        Q_EMIT replaced();
    Q_EMIT recordAdded(id);
    Q_EMIT changed();
    return start;
}

bool HistoryStore::takeClaim(QSqlDatabase &db, const HistoryRecord &record, qint64 id, std::optional<Claim> *heldBy,
                             bool *settledExpired, QString *error)
{
    const EndpointKey key{record.region, record.projectId, record.vpcId, record.subnetId};
    if (!settleExpiredClaim(db, key, settledExpired, error))
        return false;
    QSqlQuery claim(db);
    // The place's key is the claims' primary key: of two operators claiming it at once, the second
    // waits for the first's transaction and then finds the place taken.
    claim.prepare(
        QStringLiteral("INSERT INTO claims (region, project, vpc, subnet, operation, operator, profile, since,"
                       " request) VALUES (:region, :project, :vpc, :subnet, :operation, :operator,"
                       " :profile, :since, :request) ON CONFLICT (region, project, vpc, subnet) DO NOTHING"));
    bindKey(claim, key.region, key.projectId, key.vpcId, key.subnetId);
    claim.bindValue(QStringLiteral(":operation"), sqlText(HistoryRecord::operationName(record.operation)));
    claim.bindValue(QStringLiteral(":operator"), sqlText(record.operatorName));
    claim.bindValue(QStringLiteral(":profile"), sqlText(record.profile));
    claim.bindValue(QStringLiteral(":since"), sqlText(nowText()));
    claim.bindValue(QStringLiteral(":request"), id);
    if (!claim.exec()) {
        *error = claim.lastError().text();
        return false;
    }
    if (claim.numRowsAffected() > 0)
        return true;
    *heldBy = claimIn(db, key);
    if (!*heldBy)
        *error = QCoreApplication::translate("EndpointDesk", "the endpoint's place could not be claimed");
    return heldBy->has_value();
}

// A claim older than its lifetime was left by a program that ended before its request settled: the
// request may have acted, so it is settled as unanswered (the endpoint "may exist") and the claim goes.
bool HistoryStore::settleExpiredClaim(QSqlDatabase &db, const EndpointKey &key, bool *settled, QString *error)
{
    QSqlQuery expired(db);
    expired.prepare(QStringLiteral("SELECT request FROM claims WHERE region = :region AND project = :project"
                                   " AND vpc = :vpc AND subnet = :subnet AND since < :expired"));
    bindKey(expired, key.region, key.projectId, key.vpcId, key.subnetId);
    expired.bindValue(QStringLiteral(":expired"), sqlText(claimsExpiredBefore()));
    if (!expired.exec()) {
        *error = expired.lastError().text();
        return false;
    }
    if (!expired.next())
        return true;
    const qint64 request = expired.value(0).toLongLong();
    expired.finish();
    if (!settleAsUnanswered(db, request, error))
        return false;
    QSqlQuery release(db);
    release.prepare(QStringLiteral("DELETE FROM claims WHERE request = :request"));
    release.bindValue(QStringLiteral(":request"), request);
    if (!release.exec()) {
        *error = release.lastError().text();
        return false;
    }
    *settled = true;
    return true;
}

std::optional<Claim> HistoryStore::claimIn(QSqlDatabase &db, const EndpointKey &key) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT operation, operator, profile, since FROM claims WHERE region = :region"
                                 " AND project = :project AND vpc = :vpc AND subnet = :subnet AND since >= :expired"));
    bindKey(query, key.region, key.projectId, key.vpcId, key.subnetId);
    query.bindValue(QStringLiteral(":expired"), sqlText(claimsExpiredBefore()));
    if (!query.exec() || !query.next())
        return std::nullopt;
    Claim claim;
    claim.operation = HistoryRecord::operationFromName(query.value(0).toString());
    claim.operatorName = query.value(1).toString();
    claim.profile = query.value(2).toString();
    claim.since = timeFromText(query.value(3).toString());
    return claim;
}

std::optional<Claim> HistoryStore::claimOn(const EndpointKey &key) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return claimIn(db, key);
}

// Settles a pending request as unanswered, with its endpoint as "may exist"; part of the caller's
// transaction. A request that settled meanwhile is left as it is.
bool HistoryStore::settleAsUnanswered(QSqlDatabase &db, qint64 id, QString *error)
{
    const std::optional<HistoryRecord> pending = recordIn(db, id);
    if (!pending || !pending->isPending())
        return true;
    const QString message = QCoreApplication::translate(
        "EndpointDesk", "The program ended before the cloud answered; the request may have been carried out.");
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE requests SET outcome = :outcome, error_code = :code, message = :message"
                                  " WHERE id = :id AND outcome = 'pending'"));
    update.bindValue(QStringLiteral(":outcome"), HistoryRecord::outcomeName(Outcome::NoAnswer));
    update.bindValue(QStringLiteral(":code"), QString(ErrorCodes::NoAnswer));
    update.bindValue(QStringLiteral(":message"), sqlText(message));
    update.bindValue(QStringLiteral(":id"), id);
    if (!update.exec()) {
        *error = update.lastError().text();
        return false;
    }
    return applyToInventory(db, *pending, Outcome::NoAnswer, nullptr, error);
}

HistoryStore::Start HistoryStore::startCreate(const QString &profile, const EndpointSpec &spec,
                                              const EndpointNames &names)
{
    HistoryRecord record = startedRecord(profile, HistoryRecord::Operation::Create,
                                         {spec.region, spec.projectId, spec.vpcId, spec.subnetId});
    record.flavor = spec.flavor;
    record.agency = spec.agency;
    record.names = names;
    return insertStarted(record);
}

qint64 HistoryStore::recordCreateStarted(const QString &profile, const EndpointSpec &spec, const EndpointNames &names)
{
    return startCreate(profile, spec, names).id;
}

qint64 HistoryStore::recordDeleteStarted(const QString &profile, const EndpointKey &key, const EndpointNames &names)
{
    return startDelete(profile, key, names).id;
}

HistoryStore::Start HistoryStore::startDelete(const QString &profile, const EndpointKey &key,
                                              const EndpointNames &names)
{
    HistoryRecord record = startedRecord(profile, HistoryRecord::Operation::Delete, key);
    record.names = names;
    if (const auto known = endpoint(key)) {
        record.flavor = known->flavor;
        record.agency = known->agency;
        // The names the record kept, where the listings of today know none.
        record.names.project = names.project.isEmpty() ? known->names.project : names.project;
        record.names.vpc = names.vpc.isEmpty() ? known->names.vpc : names.vpc;
        record.names.subnet = names.subnet.isEmpty() ? known->names.subnet : names.subnet;
    }
    return insertStarted(record);
}

bool HistoryStore::recordFinished(qint64 id, const EndpointResult &result)
{
    const std::optional<HistoryRecord> started = record(id);
    if (!started)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QString error;
    if (!db.transaction()) {
        reportProblem(QCoreApplication::translate("EndpointDesk", "The outcome could not be recorded in the history"),
                      db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE requests SET outcome = :outcome, http_status = :status, error_code = :code,"
                                 " message = :message, request_id = :requestId WHERE id = :id"));
    query.bindValue(QStringLiteral(":outcome"), sqlText(HistoryRecord::outcomeName(result.outcome)));
    query.bindValue(QStringLiteral(":status"), result.httpStatus);

    query.bindValue(QStringLiteral(":code"), sqlText(result.error.code));
    query.bindValue(QStringLiteral(":message"), sqlText(result.error.message));
    query.bindValue(QStringLiteral(":requestId"), sqlText(result.requestId));
    query.bindValue(QStringLiteral(":id"), id);

    const EndpointKey key{started->region, started->projectId, started->vpcId, started->subnetId};
    QSqlQuery release(db);
    release.prepare(QStringLiteral("DELETE FROM claims WHERE request = :id"));
    release.bindValue(QStringLiteral(":id"), id);
    if (!query.exec() || !applyToInventory(db, *started, result.outcome, &result, &error) || !release.exec()
        || !notify(db, QStringLiteral("changed"), id, key, &error) || !db.commit()) {
        if (error.isEmpty())
            error = query.lastError().isValid()     ? query.lastError().text()
                    : release.lastError().isValid() ? release.lastError().text()
                                                    : db.lastError().text();
        db.rollback();
        reportProblem(QCoreApplication::translate("EndpointDesk", "The outcome could not be recorded in the history"),
                      error);
        return false;
    }
    Q_EMIT recordChanged(id);
    Q_EMIT endpointChanged(key);
    Q_EMIT changed();
    return true;
}

HistoryStore::AdoptResult HistoryStore::recordAdopted(const QString &profile, const EndpointKey &key,
                                                      const EndpointNames &names)
{
    if (!isOpen())
        return AdoptResult::Failed;
    if (const auto known = endpoint(key); known && known->state != InventoryEntry::State::Deleted)
        return AdoptResult::AlreadyListed;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        reportProblem(QCoreApplication::translate("EndpointDesk", "The endpoint could not be added to the record"),
                      db.lastError().text());
        return AdoptResult::Failed;
    }
    HistoryRecord record = startedRecord(profile, HistoryRecord::Operation::Adopt, key);
    record.names = names;
    record.operatorName = m_operator;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO requests (time, profile, region, project, operation, vpc, subnet,"
                                  " outcome, project_name, vpc_name, subnet_name, operator) VALUES (:time, :profile,"
                                  " :region, :project, :operation, :vpc, :subnet, :outcome, :projectName, :vpcName,"
                                  " :subnetName, :operator) RETURNING id"));
    insert.bindValue(QStringLiteral(":time"), sqlText(nowText()));
    insert.bindValue(QStringLiteral(":profile"), sqlText(profile));
    bindKey(insert, key.region, key.projectId, key.vpcId, key.subnetId);
    insert.bindValue(QStringLiteral(":operation"), HistoryRecord::operationName(record.operation));
    insert.bindValue(QStringLiteral(":outcome"), HistoryRecord::outcomeName(Outcome::Succeeded));
    bindNames(insert, names);
    insert.bindValue(QStringLiteral(":operator"), sqlText(m_operator));
    // A deleted row of the same place is listed again: someone made the endpoint anew elsewhere.
    QSqlQuery list(db);
    list.prepare(listedWithoutDetails(QStringLiteral("adopted"), QStringLiteral("'active', 'exists', 'unknown'")));
    bindKey(list, key.region, key.projectId, key.vpcId, key.subnetId);
    list.bindValue(QStringLiteral(":flavor"), sqlText(QString()));
    list.bindValue(QStringLiteral(":agency"), sqlText(QString()));
    list.bindValue(QStringLiteral(":profile"), sqlText(profile));
    list.bindValue(QStringLiteral(":operator"), sqlText(m_operator));
    QString error;
    qint64 id = -1;
    if (insert.exec() && insert.next())
        id = insert.value(0).toLongLong();
    insert.finish();
    if (id < 0 || !list.exec() || !keepNames(db, record, &error)
        || !notify(db, QStringLiteral("added"), id, key, &error) || !db.commit()) {
        if (error.isEmpty())
            error = insert.lastError().isValid() ? insert.lastError().text()
                    : list.lastError().isValid() ? list.lastError().text()
                                                 : db.lastError().text();
        db.rollback();
        reportProblem(QCoreApplication::translate("EndpointDesk", "The endpoint could not be added to the record"),
                      error);
        return AdoptResult::Failed;
    }
    Q_EMIT recordAdded(id);
    Q_EMIT endpointChanged(key);
    Q_EMIT changed();
    return AdoptResult::Added;
}

int HistoryStore::mergeInventory(const QList<InventoryEntry> &entries)
{
    if (!isOpen())
        return -1;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        reportProblem(QCoreApplication::translate("EndpointDesk", "The endpoints could not be added to the record"),
                      db.lastError().text());
        return -1;
    }
    QSqlQuery query(db);
    // What this record already lists of a place stays as it is: it is the more direct knowledge.
    query.prepare(QStringLiteral("INSERT INTO endpoints (") + EntryColumns
                  + QLatin1String(") VALUES (:region, :project, :vpc, :subnet, :flavor, :agency, :ips, :address,"
                                  " :created, :profile, :state, :deleted, :projectName, :vpcName, :subnetName,"
                                  " :createdBy, :deletedBy)"
                                  " ON CONFLICT (region, project, vpc, subnet) DO NOTHING"));
    int added = 0;
    for (const InventoryEntry &entry : entries) {
        bindKey(query, entry.key.region, entry.key.projectId, entry.key.vpcId, entry.key.subnetId);
        query.bindValue(QStringLiteral(":flavor"), sqlText(entry.flavor));
        query.bindValue(QStringLiteral(":agency"), sqlText(entry.agency));
        query.bindValue(
            QStringLiteral(":ips"),
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(entry.ips)).toJson(QJsonDocument::Compact)));
        query.bindValue(QStringLiteral(":address"), sqlText(entry.address));
        query.bindValue(
            QStringLiteral(":created"),
            sqlText(entry.created.isValid() ? entry.created.toUTC().toString(Qt::ISODateWithMs) : QString()));
        query.bindValue(QStringLiteral(":profile"), sqlText(entry.profile));
        query.bindValue(QStringLiteral(":state"), InventoryEntry::stateName(entry.state));
        query.bindValue(
            QStringLiteral(":deleted"),
            sqlText(entry.deleted.isValid() ? entry.deleted.toUTC().toString(Qt::ISODateWithMs) : QString()));
        bindNames(query, entry.names);
        query.bindValue(QStringLiteral(":createdBy"), sqlText(entry.createdBy));
        query.bindValue(QStringLiteral(":deletedBy"), sqlText(entry.deletedBy));
        if (!query.exec()) {
            const QString error = query.lastError().text();
            db.rollback();
            reportProblem(QCoreApplication::translate("EndpointDesk", "The endpoints could not be added to the record"),
                          error);
            return -1;
        }
        added += query.numRowsAffected() > 0 ? 1 : 0;
    }
    QString error;
    if ((added > 0 && !notify(db, QStringLiteral("replaced"), 0, {}, &error)) || !db.commit()) {
        if (error.isEmpty())
            error = db.lastError().text();
        db.rollback();
        reportProblem(QCoreApplication::translate("EndpointDesk", "The endpoints could not be added to the record"),
                      error);
        return -1;
    }
    if (added > 0) {
        Q_EMIT replaced();
        Q_EMIT changed();
    }
    return added;
}

InventorySelection InventorySelection::reversed() const
{
    InventorySelection selection = *this;
    selection.direction = direction == Qt::DescendingOrder ? Qt::AscendingOrder : Qt::DescendingOrder;
    return selection;
}

QList<HistoryStore::InventoryRow> HistoryStore::inventoryPage(const std::optional<InventoryPlace> &after, int limit,
                                                              const InventorySelection &selection) const
{
    QList<InventoryRow> rows;
    if (!isOpen())
        return rows;
    const QStringList columns = orderColumns(selection.order);
    const bool descending = selection.direction == Qt::DescendingOrder;
    // The attention order is read one group at a time (needing attention, then the rest, when descending),
    // each by time: SQLite seeks its index to where the page starts rather than walking it from the top.
    const bool grouped = selection.order == InventoryOrder::Attention;
    // The first column is the same for every row read (the group's, or the one creator's): the comparison
    // leaves it out, so that the index is sought on the columns after it rather than walked from the top.
    const bool firstFixed = grouped || (selection.order == InventoryOrder::CreatedBy && !selection.createdBy.isEmpty());
    const QStringList keyColumns = firstFixed ? columns.mid(1) : columns;
    const QList<int> groups = !grouped ? QList<int>{-1} : descending ? QList<int>{1, 0} : QList<int>{0, 1};
    bool reached = !after || !grouped; // the group `after` is in, or past it
    for (const int group : groups) {
        if (rows.size() >= limit)
            break;
        bool fromPlace = after.has_value() && !grouped;
        if (grouped && !reached) {
            if (after->values.value(0).toInt() != group)
                continue;
            reached = true;
            fromPlace = true;
        }
        QStringList conditions = selectionConditions(selection);
        if (grouped)
            conditions.prepend(AttentionFirst + QLatin1String(" = :attention"));
        QStringList placeholders;
        QStringList ordering;
        for (int i = 0; i < keyColumns.size(); ++i) {
            placeholders.append(QStringLiteral(":after%1").arg(i));
            ordering.append(keyColumns.at(i) + (descending ? QLatin1String(" DESC") : QLatin1String(" ASC")));
        }
        if (fromPlace)
            conditions.append(QLatin1Char('(') + keyColumns.join(QLatin1String(", ")) + QLatin1String(")")
                              + (descending ? QLatin1String(" < (") : QLatin1String(" > ("))
                              + placeholders.join(QLatin1String(", ")) + QLatin1Char(')'));
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("SELECT ") + columns.join(QLatin1String(", ")) + QLatin1String(", ") + EntryColumns
            + QLatin1String(" FROM endpoints")
            + (conditions.isEmpty() ? QString() : QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND ")))
            + QLatin1String(" ORDER BY ") + ordering.join(QLatin1String(", ")) + QLatin1String(" LIMIT :limit"));
        if (grouped)
            query.bindValue(QStringLiteral(":attention"), group);
        if (fromPlace) {
            const QVariantList values = firstFixed ? after->values.mid(1) : after->values;
            for (int i = 0; i < keyColumns.size(); ++i) {
                const QVariant value = values.value(i);
                query.bindValue(placeholders.at(i),
                                value.typeId() == QMetaType::QString ? sqlText(value.toString()) : value);
            }
        }
        bindSelection(query, selection);
        query.bindValue(QStringLiteral(":limit"), limit - rows.size());
        if (!query.exec()) {
            qCWarning(lcCore) << "history: the endpoints could not be read:" << query.lastError().text();
            checkServer(query.lastError().text());
            return rows;
        }
        while (query.next())
            rows.append(rowFrom(query, int(columns.size())));
    }
    noteRead();
    return rows;
}

std::optional<HistoryStore::InventoryRow> HistoryStore::inventoryRow(const EndpointKey &key,
                                                                     const InventorySelection &selection) const
{
    if (!isOpen())
        return std::nullopt;
    const QStringList columns = orderColumns(selection.order);
    QStringList conditions = selectionConditions(selection);
    conditions.prepend(QStringLiteral("region = :region AND project = :project AND vpc = :vpc AND subnet = :subnet"));
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT ") + columns.join(QLatin1String(", ")) + QLatin1String(", ") + EntryColumns
                  + QLatin1String(" FROM endpoints WHERE ") + conditions.join(QLatin1String(" AND ")));
    bindKey(query, key.region, key.projectId, key.vpcId, key.subnetId);
    bindSelection(query, selection);
    if (query.exec() && query.next()) {
        noteRead();
        return rowFrom(query, int(columns.size()));
    }
    if (query.lastError().isValid())
        checkServer(query.lastError().text());
    else
        noteRead();
    return std::nullopt;
}

QList<HistoryRecord> HistoryStore::historyPage(qint64 beforeId, int limit) const
{
    QList<HistoryRecord> records;
    if (!isOpen())
        return records;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT ") + RecordColumns
        + (beforeId > 0 ? QLatin1String(" FROM requests WHERE id < :before") : QLatin1String(" FROM requests"))
        + QLatin1String(" ORDER BY id DESC LIMIT :limit"));
    if (beforeId > 0)
        query.bindValue(QStringLiteral(":before"), beforeId);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec()) {
        checkServer(query.lastError().text());
        return records;
    }
    while (query.next())
        records.append(recordFrom(query));
    noteRead();
    return records;
}

QList<InventoryEntry> HistoryStore::inventory() const
{
    QList<InventoryEntry> entries;
    if (!isOpen())
        return entries;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // What may exist, or exists with nothing known of it, needs attention first; then the newest.
    if (query.exec(QStringLiteral("SELECT ") + EntryColumns + QLatin1String(" FROM endpoints ORDER BY ")
                   + AttentionFirst + QLatin1String(" DESC, created_time DESC, rowid DESC"))) {
        while (query.next())
            entries.append(entryFrom(query));
    }
    return entries;
}

std::optional<InventoryEntry> HistoryStore::endpoint(const EndpointKey &key) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT ") + EntryColumns
                  + QLatin1String(" FROM endpoints WHERE region = :region AND project = :project AND vpc = :vpc"
                                  " AND subnet = :subnet"));
    bindKey(query, key.region, key.projectId, key.vpcId, key.subnetId);
    if (query.exec() && query.next())
        return entryFrom(query);
    return std::nullopt;
}

QList<HistoryRecord> HistoryStore::history(int limit) const
{
    QList<HistoryRecord> records;
    if (!isOpen())
        return records;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // PostgreSQL takes no negative limit: all of them is no limit.
    query.prepare(QStringLiteral("SELECT ") + RecordColumns + QLatin1String(" FROM requests ORDER BY id DESC")
                  + (limit >= 0 ? QLatin1String(" LIMIT :limit") : QLatin1String()));
    if (limit >= 0)
        query.bindValue(QStringLiteral(":limit"), limit);

    if (query.exec()) {
        while (query.next())
            records.append(recordFrom(query));
    }
    return records;
}

std::optional<HistoryRecord> HistoryStore::record(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return recordIn(db, id);
}

std::optional<HistoryRecord> HistoryStore::recordIn(QSqlDatabase &db, qint64 id) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT ") + RecordColumns + QLatin1String(" FROM requests WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (query.exec() && query.next()) {
        noteRead();
        return recordFrom(query);
    }
    if (query.lastError().isValid())
        checkServer(query.lastError().text());
    return std::nullopt;
}

void HistoryStore::reportProblem(const QString &what, const QString &detail)
{
    qCWarning(lcCore) << "history:" << what << detail;
    Q_EMIT storageProblem(what + QLatin1String(": ") + detail);
    checkServer(detail);
}

} // namespace EndpointDesk
