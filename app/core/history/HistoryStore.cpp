// Opening, migrating and writing the record: the SQLite file (moved aside when damaged) and the writes
// both back ends share. Claims, reads and the shared server are in the HistoryStore*.cpp beside it.
#include "HistoryStore.h"

#include "DamagedFile.h"
#include "Logging.h"
#include "RecordSchema.h"
#include "RecordSql.h"

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

using namespace RecordSql;

namespace {

const QString MemoryPath = QStringLiteral(":memory:");

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
    m_sweep = new QTimer(this);
    m_sweep->setInterval(AbandonedSweepMs);
    connect(m_sweep, &QTimer::timeout, this, &HistoryStore::settleAbandonedRequests);
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
    if (isShared())
        m_sweep->start();
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
        error = failureOf(error, {&query, &release}, db);
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
        error = failureOf(error, {&insert, &list}, db);
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

void HistoryStore::reportProblem(const QString &what, const QString &detail)
{
    qCWarning(lcCore) << "history:" << what << detail;
    Q_EMIT storageProblem(what + QLatin1String(": ") + detail);
    checkServer(detail);
}

} // namespace EndpointDesk
