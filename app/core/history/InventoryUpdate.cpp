// How a request's outcome changes the inventory: the rules of RecordSql's inventory part.
#include "RecordSql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

namespace EndpointDesk {

using namespace RecordSql;

QString RecordSql::listedWithoutDetails(const QString &state, const QString &keptStates)
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

bool RecordSql::keepNames(QSqlDatabase &db, const HistoryRecord &record, QString *error)
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

bool RecordSql::applyToInventory(QSqlDatabase &db, const HistoryRecord &record, Outcome outcome,
                                 const EndpointResult *result, QString *error)
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

} // namespace EndpointDesk
