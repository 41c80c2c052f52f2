// The claims a request takes on its endpoint's place before it is sent, so that no two operators send
// a create or delete for one place at once, and how a claim left by a program that ended is settled.
#include "HistoryStore.h"
#include "RecordSql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace EndpointDesk {

using namespace RecordSql;

namespace {

// Claims older than this were left by a program that ended before its request settled.
QString claimsExpiredBefore()
{
    return QDateTime::currentDateTimeUtc().addSecs(-HistoryStore::ClaimLifetimeSeconds).toString(Qt::ISODateWithMs);
}

} // namespace

void HistoryStore::settleAbandonedRequests()
{
    if (!m_open)
        return;
    if (recoverUnsettled() > 0) {
        Q_EMIT replaced();
        Q_EMIT changed();
    }
}

int HistoryStore::recoverUnsettled()
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
        return 0;
    QList<qint64> pending;
    while (query.next())
        pending.append(query.value(0).toLongLong());
    query.finish();
    int settled = 0;
    for (const qint64 id : std::as_const(pending)) {
        QString error;
        if (!db.transaction())
            return settled;
        QSqlQuery release(db);
        release.prepare(QStringLiteral("DELETE FROM claims WHERE request = :id"));
        release.bindValue(QStringLiteral(":id"), id);
        if (!settleAsUnanswered(db, id, &error) || !release.exec()
            || !notify(db, QStringLiteral("replaced"), 0, {}, &error) || !db.commit()) {
            db.rollback();
            return settled;
        }
        ++settled;
    }
    return settled;
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

} // namespace EndpointDesk
