#include "HistoryExporter.h"

#include "CsvText.h"
#include "HistoryStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace EndpointDesk {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QString HistoryExporter::formatName()
{
    return QStringLiteral("endpointdesk-record");
}

HistoryExporter::HistoryExporter(const HistoryStore &store)
    : HistoryExporter(store.inventory(), store.history())
{
}

HistoryExporter::HistoryExporter(QList<InventoryEntry> inventory, QList<HistoryRecord> history)
    : m_inventory(std::move(inventory))
    , m_history(std::move(history))
{
}

QByteArray HistoryExporter::csv() const
{
    QString text = CsvText::line(
        {QStringLiteral("state"), QStringLiteral("region"), QStringLiteral("project"), QStringLiteral("vpc"),
         QStringLiteral("subnet"), QStringLiteral("flavor"), QStringLiteral("agency"), QStringLiteral("ips"),
         QStringLiteral("address"), QStringLiteral("created"), QStringLiteral("profile"), QStringLiteral("deleted"),
         QStringLiteral("project_name"), QStringLiteral("vpc_name"), QStringLiteral("subnet_name"),
         QStringLiteral("created_by"), QStringLiteral("deleted_by")});
    for (const InventoryEntry &entry : m_inventory)
        text += CsvText::line({InventoryEntry::stateName(entry.state), entry.key.region, entry.key.projectId,
                               entry.key.vpcId, entry.key.subnetId, entry.flavor, entry.agency,
                               entry.ips.join(QLatin1Char(' ')), entry.address, timeText(entry.created), entry.profile,
                               timeText(entry.deleted), entry.names.project, entry.names.vpc, entry.names.subnet,
                               entry.createdBy, entry.deletedBy});
    text += QLatin1String("\r\n");
    text += CsvText::line({QStringLiteral("id"), QStringLiteral("time"), QStringLiteral("profile"),
                           QStringLiteral("region"), QStringLiteral("project"), QStringLiteral("operation"),
                           QStringLiteral("vpc"), QStringLiteral("subnet"), QStringLiteral("flavor"),
                           QStringLiteral("agency"), QStringLiteral("outcome"), QStringLiteral("http_status"),
                           QStringLiteral("error_code"), QStringLiteral("message"), QStringLiteral("request_id"),
                           QStringLiteral("project_name"), QStringLiteral("vpc_name"), QStringLiteral("subnet_name"),
                           QStringLiteral("operator")});
    for (const HistoryRecord &record : m_history)
        text +=
            CsvText::line({QString::number(record.id), timeText(record.time), record.profile, record.region,
                           record.projectId, HistoryRecord::operationName(record.operation), record.vpcId,
                           record.subnetId, record.flavor, record.agency, HistoryRecord::outcomeName(record.outcome),
                           QString::number(record.httpStatus), record.errorCode, record.message, record.requestId,
                           record.names.project, record.names.vpc, record.names.subnet, record.operatorName});
    return text.toUtf8();
}

QByteArray HistoryExporter::json() const
{
    QJsonArray endpoints;
    for (const InventoryEntry &entry : m_inventory) {
        endpoints.append(QJsonObject{
            {QStringLiteral("state"), InventoryEntry::stateName(entry.state)},
            {QStringLiteral("region"), entry.key.region},
            {QStringLiteral("project_id"), entry.key.projectId},
            {QStringLiteral("vpc_id"), entry.key.vpcId},
            {QStringLiteral("subnet_id"), entry.key.subnetId},
            {QStringLiteral("flavor"), entry.flavor},
            {QStringLiteral("agency"), entry.agency},
            {QStringLiteral("ips"), QJsonArray::fromStringList(entry.ips)},
            {QStringLiteral("address"), entry.address},
            {QStringLiteral("created"), timeText(entry.created)},
            {QStringLiteral("profile"), entry.profile},
            {QStringLiteral("deleted"), timeText(entry.deleted)},
            {QStringLiteral("project_name"), entry.names.project},
            {QStringLiteral("vpc_name"), entry.names.vpc},
            {QStringLiteral("subnet_name"), entry.names.subnet},
            {QStringLiteral("created_by"), entry.createdBy},
            {QStringLiteral("deleted_by"), entry.deletedBy},
        });
    }
    QJsonArray requests;
    for (const HistoryRecord &record : m_history) {
        requests.append(QJsonObject{
            {QStringLiteral("id"), record.id},
            {QStringLiteral("time"), timeText(record.time)},
            {QStringLiteral("profile"), record.profile},
            {QStringLiteral("region"), record.region},
            {QStringLiteral("project_id"), record.projectId},
            {QStringLiteral("operation"), HistoryRecord::operationName(record.operation)},
            {QStringLiteral("vpc_id"), record.vpcId},
            {QStringLiteral("subnet_id"), record.subnetId},
            {QStringLiteral("flavor"), record.flavor},
            {QStringLiteral("agency"), record.agency},
            {QStringLiteral("outcome"), HistoryRecord::outcomeName(record.outcome)},
            {QStringLiteral("http_status"), record.httpStatus},
            {QStringLiteral("error_code"), record.errorCode},
            {QStringLiteral("message"), record.message},
            {QStringLiteral("request_id"), record.requestId},
            {QStringLiteral("project_name"), record.names.project},
            {QStringLiteral("vpc_name"), record.names.vpc},
            {QStringLiteral("subnet_name"), record.names.subnet},
            {QStringLiteral("operator"), record.operatorName},
        });
    }
    const QJsonObject root{{QStringLiteral("format"), formatName()},
                           {QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("exported"), timeText(QDateTime::currentDateTimeUtc())},
                           {QStringLiteral("endpoints"), endpoints},
                           {QStringLiteral("history"), requests}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool HistoryExporter::writeCsv(const QString &path, QString *error) const
{
    return CsvText::writeWhole(path, csv(), error);
}

bool HistoryExporter::writeJson(const QString &path, QString *error) const
{
    return CsvText::writeWhole(path, json(), error);
}

} // namespace EndpointDesk
