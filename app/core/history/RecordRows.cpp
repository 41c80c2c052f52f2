#include "RecordSql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

namespace EndpointDesk {

QString RecordSql::nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime RecordSql::timeFromText(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid())
        time = time.toUTC();
    return time;
}

QVariant RecordSql::sqlText(const QString &value)
{
    return value.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(value);
}

HistoryRecord RecordSql::recordFrom(const QSqlQuery &query)
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

InventoryEntry RecordSql::entryFrom(const QSqlQuery &query, int first)
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

void RecordSql::bindKey(QSqlQuery &query, const QString &region, const QString &project, const QString &vpc,
                        const QString &subnet)
{
    query.bindValue(QStringLiteral(":region"), sqlText(region));
    query.bindValue(QStringLiteral(":project"), sqlText(project));
    query.bindValue(QStringLiteral(":vpc"), sqlText(vpc));
    query.bindValue(QStringLiteral(":subnet"), sqlText(subnet));
}

void RecordSql::bindNames(QSqlQuery &query, const EndpointNames &names)
{
    query.bindValue(QStringLiteral(":projectName"), sqlText(names.project));
    query.bindValue(QStringLiteral(":vpcName"), sqlText(names.vpc));
    query.bindValue(QStringLiteral(":subnetName"), sqlText(names.subnet));
}

HistoryRecord RecordSql::startedRecord(const QString &profile, HistoryRecord::Operation operation,
                                       const EndpointKey &key)
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

QString RecordSql::failureOf(const QString &found, std::initializer_list<const QSqlQuery *> queries,
                             const QSqlDatabase &db)
{
    if (!found.isEmpty())
        return found;
    for (const QSqlQuery *query : queries) {
        if (query->lastError().isValid())
            return query->lastError().text();
    }
    return db.lastError().text();
}

} // namespace EndpointDesk
