// The parts of HistoryStore that a shared record on a PostgreSQL server needs: opening and migrating it
// once per server, telling the other programs what changed, and living through the server going away.
#include "HistoryStore.h"
#include "Logging.h"
#include "PostgresConnection.h"
#include "RecordSchema.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <atomic>
#include <utility>

namespace EndpointDesk {

namespace {

// The channel every program on one shared record listens on.
const QString Channel = QStringLiteral("endpointdesk_record");
// Taken for the migration's transaction, so that programs starting together migrate one after another.
constexpr qint64 MigrationLock = 0x456e64504465736bLL; // "EndPDesk"

bool run(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

QString HistoryStore::currentOperator()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user + QLatin1Char('@') + QHostInfo::localHostName();
}

bool HistoryStore::isAvailable() const
{
    return isOpen();
}

void HistoryStore::useServer(const RecordServer &server)
{
    if (server == m_server && m_attempted)
        return;
    if (m_checker)
        m_checker->wait();
    // A probe of the previous server is left to finish on its own: what it finds is then ignored.
    m_reconnect->stop();
    m_sweep->stop();
    closeConnection();
    m_server = server;
    m_notices.clear();
    m_unavailableReason.clear();
    m_lastReadAt = {};
    m_attempted = false;
    if (isShared()) {
        // Reached on a worker thread (reconnect): a server that does not answer never holds up the window.
        m_attempted = true;
        m_connecting = true;
        m_unavailableReason = QCoreApplication::translate("EndpointDesk", "not reached yet");
        m_reconnect->start();
        reconnect();
    } else {
        openNow();
    }
    Q_EMIT locationChanged();
    Q_EMIT replaced();
    Q_EMIT changed();
    Q_EMIT availabilityChanged(isAvailable());
}

HistoryStore::OpenResult HistoryStore::openServer(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid()) {
        *error = QCoreApplication::translate("EndpointDesk",
                                             "Qt's PostgreSQL driver is not installed (Debian's libqt6sql6-psql)");
        return OpenResult::Failed;
    }
    PostgresConnection::configure(db, m_server);
    if (!db.open()) {
        *error = db.lastError().text().trimmed();
        return OpenResult::Failed;
    }
    if (!migrateServer(error))
        return OpenResult::Failed;
    // Colleagues' writes arrive as notifications on this connection, read by the event loop.
    if (!db.driver()->subscribeToNotification(Channel))
        qCWarning(lcCore) << "history: notifications could not be subscribed to:" << db.driver()->lastError().text();
    connect(db.driver(), &QSqlDriver::notification, this, &HistoryStore::onNotification, Qt::UniqueConnection);
    return OpenResult::Opened;
}

// One transaction under an advisory lock: of programs starting together, one migrates and the others
// then find the schema current. The tables belong to the database's owner when this user may act as it,
// so that every member of the team's role can use them.
bool HistoryStore::migrateServer(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    const auto fail = [&db] {
        db.rollback();
        return false;
    };
    if (!run(query, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLock), error))
        return fail();
    if (!run(query,
             QStringLiteral("SELECT quote_ident(o.rolname) FROM pg_database d JOIN pg_roles o ON o.oid = d.datdba"
                            " WHERE d.datname = current_database() AND o.rolname <> current_user"
                            " AND pg_has_role(current_user, o.oid, 'MEMBER')"),
             error))
        return fail();
    if (query.next()) {
        const QString owner = query.value(0).toString();
        if (!run(query, QStringLiteral("SET LOCAL ROLE %1").arg(owner), error))
            return fail();
    }
    if (!run(query, QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"), error) || !query.next())
        return fail();
    int version = 0;
    if (query.value(0).toBool()) {
        if (!run(query, QStringLiteral("SELECT max(version) FROM schema_version"), error))
            return fail();
        version = query.next() ? query.value(0).toInt() : 0;
    } else if (!run(query, QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"), error)) {
        return fail();
    }
    if (version > SchemaVersion) {
        m_notices.append(QCoreApplication::translate(
            "EndpointDesk", "The shared record was set up by a newer version of Endpoint Desk; it is used as it is."));
    }
    for (int next = version + 1; next <= SchemaVersion; ++next) {
        for (const QString &sql : RecordSchema::step(next, RecordSchema::Backend::Postgres)) {
            if (!run(query, sql, error))
                return fail();
        }
    }
    if (version < SchemaVersion
        && (!run(query, QStringLiteral("DELETE FROM schema_version"), error)
            || !run(query, QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(SchemaVersion),
                    error)))
        return fail();
    if (!db.commit()) {
        *error = db.lastError().text();
        return fail();
    }
    if (version < SchemaVersion)
        qCDebug(lcCore) << "history: shared schema now at version" << SchemaVersion;
    return true;
}

bool HistoryStore::notify(QSqlDatabase &db, const QString &kind, qint64 id, const EndpointKey &key, QString *error)
{
    if (!isShared())
        return true;
    QJsonObject notice{{QStringLiteral("kind"), kind}};
    if (id > 0)
        notice.insert(QStringLiteral("id"), id);
    if (!key.region.isEmpty())
        notice.insert(QStringLiteral("key"), QJsonArray{key.region, key.projectId, key.vpcId, key.subnetId});
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT pg_notify(:channel, :payload)"));
    query.bindValue(QStringLiteral(":channel"), Channel);
    query.bindValue(QStringLiteral(":payload"),
                    QString::fromUtf8(QJsonDocument(notice).toJson(QJsonDocument::Compact)));
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

void HistoryStore::onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    if (name != Channel || source == QSqlDriver::SelfSource)
        return;
    const QJsonObject notice = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    const QString kind = notice.value(QStringLiteral("kind")).toString();
    const qint64 id = notice.value(QStringLiteral("id")).toInteger();
    const QJsonArray key = notice.value(QStringLiteral("key")).toArray();
    noteRead();
    if (kind == QLatin1String("added") && id > 0)
        Q_EMIT recordAdded(id);
    else if (kind == QLatin1String("changed") && id > 0)
        Q_EMIT recordChanged(id);
    else
        Q_EMIT replaced(); // anything else, or a notice this version cannot read: read everything again
    if (key.size() == 4)
        Q_EMIT endpointChanged(
            {key.at(0).toString(), key.at(1).toString(), key.at(2).toString(), key.at(3).toString()});
    Q_EMIT changed();
}

void HistoryStore::checkServer(const QString &failure) const
{
    if (!isShared() || !m_open)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery probe(db);
    if (probe.exec(QStringLiteral("SELECT 1")))
        return; // the statement failed, not the connection
    auto *self = const_cast<HistoryStore *>(this);
    const QString probed = probe.lastError().text().trimmed();
    QString error = probed.isEmpty() ? failure.trimmed() : probed;
    if (error.isEmpty())
        error = QCoreApplication::translate("EndpointDesk", "the connection to the server was lost");
    qCWarning(lcCore) << "history: the shared record's server is away:" << error;
    // The connection is closed by reconnect(): the caller may still hold queries on it.
    self->m_open = false;
    self->m_unavailableReason = error;
    self->m_reconnect->start();
    Q_EMIT self->noticed(serverAway(m_server, error));
    Q_EMIT self->availabilityChanged(false);
}

void HistoryStore::reconnect()
{
    if (!isShared() || m_open) {
        m_reconnect->stop();
        return;
    }
    if (m_probe)
        return; // still trying
    // A server whose packets are dropped takes the connect timeout to fail: tried on a worker thread,
    // so that the window never waits for it. Opened here once it answers.
    const RecordServer server = m_server;
    static std::atomic<int> probes{0};
    const QString connection = m_connectionName + QStringLiteral("-probe-%1").arg(++probes);
    m_probe = QThread::create([this, server, connection] {
        bool reached = false;
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            PostgresConnection::configure(db, server);
            reached = db.open();
            error = db.lastError().text().trimmed();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        QMetaObject::invokeMethod(
            this,
            [this, server, reached, error] {
                if (server != m_server || m_open)
                    return; // another record meanwhile, or opened already
                if (reached) {
                    reopen();
                    return;
                }
                m_unavailableReason = error.isEmpty() ? m_unavailableReason : error;
                if (std::exchange(m_connecting, false)) { // the first try: say why, once
                    m_notices.append(serverAway(m_server, m_unavailableReason));
                    Q_EMIT noticed(m_notices.constLast());
                    Q_EMIT availabilityChanged(false);
                }
            },
            Qt::QueuedConnection);
    });
    m_probe->setParent(this);
    connect(m_probe, &QThread::finished, m_probe, &QObject::deleteLater);
    m_probe->start(QThread::LowPriority);
}

void HistoryStore::reopen()
{
    closeConnection();
    QString error;
    if (open(&error) != OpenResult::Opened) {
        closeConnection();
        m_unavailableReason = error;
        return;
    }
    m_reconnect->stop();
    m_open = true;
    m_connecting = false;
    m_unavailableReason.clear();
    recoverUnsettled();
    m_sweep->start();
    Q_EMIT availabilityChanged(true);
    Q_EMIT replaced();
    Q_EMIT changed();
}

void HistoryStore::noteRead() const
{
    m_lastReadAt = QDateTime::currentDateTimeUtc();
}

} // namespace EndpointDesk
