#include "InventoryImport.h"

#include "HistoryExporter.h"
#include "HistoryStore.h"
#include "Region.h"
#include "SpecValidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace EndpointDesk {

namespace {

// Names and free text from another record: short, one line.
constexpr qsizetype MaxTextLength = 255;
constexpr int MaxIps = 16;

bool isPlainText(const QString &text)
{
    if (text.size() > MaxTextLength)
        return false;
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

std::optional<QDateTime> timeOf(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return QDateTime();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

// Empty when the entry is good; otherwise what is wrong with it.
QString readEntry(const QJsonObject &o, InventoryEntry *entry)
{
    auto text = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    for (const char *key :
         {"state", "region", "project_id", "vpc_id", "subnet_id", "flavor", "agency", "address", "created", "profile",
          "deleted", "project_name", "vpc_name", "subnet_name", "created_by", "deleted_by"}) {
        const QJsonValue value = o.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            return QCoreApplication::translate("EndpointDesk", "%1 is not text.").arg(QLatin1String(key));
        if (!isPlainText(value.toString()))
            return QCoreApplication::translate("EndpointDesk", "%1 is too long or holds a line break.")
                .arg(QLatin1String(key));
    }
    entry->key = {text("region"), text("project_id"), text("vpc_id"), text("subnet_id")};
    if (!RegionCatalog::isWellFormedId(entry->key.region))
        return QCoreApplication::translate("EndpointDesk", "\"%1\" is not a region ID.").arg(entry->key.region);
    if (!SpecValidator::isProjectId(entry->key.projectId))
        return QCoreApplication::translate("EndpointDesk", "The project ID is not 32 hexadecimal characters.");
    if (!SpecValidator::isUuid(entry->key.vpcId) || !SpecValidator::isUuid(entry->key.subnetId))
        return QCoreApplication::translate("EndpointDesk", "The VPC or subnet ID is not an ID the cloud gives.");
    // A state this version does not know (a newer version's) is read as "may exist", the careful reading.
    entry->state = InventoryEntry::stateFromName(text("state"));
    entry->flavor = text("flavor");
    entry->agency = text("agency");
    if (!entry->flavor.isEmpty() && !SpecValidator::checkFlavor(entry->flavor).isEmpty())
        return SpecValidator::checkFlavor(entry->flavor);
    if (!entry->agency.isEmpty() && !SpecValidator::checkAgency(entry->agency).isEmpty())
        return SpecValidator::checkAgency(entry->agency);
    const QJsonValue ips = o.value(QLatin1String("ips"));
    if (!ips.isUndefined() && !ips.isNull() && !ips.isArray())
        return QCoreApplication::translate("EndpointDesk", "ips is not a list.");
    const QJsonArray ipList = ips.toArray();
    if (ipList.size() > MaxIps)
        return QCoreApplication::translate("EndpointDesk", "ips lists too many addresses.");
    for (const QJsonValue &ip : ipList) {
        if (!ip.isString() || QHostAddress(ip.toString()).isNull())
            return QCoreApplication::translate("EndpointDesk", "ips holds something that is not an IP address.");
        entry->ips.append(ip.toString());
    }
    entry->address = text("address");
    entry->profile = text("profile");
    entry->names = {text("project_name"), text("vpc_name"), text("subnet_name")};
    entry->createdBy = text("created_by");
    entry->deletedBy = text("deleted_by");
    const auto created = timeOf(o.value(QLatin1String("created")));
    const auto deleted = timeOf(o.value(QLatin1String("deleted")));
    if (!created || !deleted)
        return QCoreApplication::translate("EndpointDesk", "A time is not in the ISO 8601 form.");
    entry->created = *created;
    entry->deleted = *deleted;
    return {};
}

} // namespace

InventoryImport::Result InventoryImport::read(const QByteArray &json)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.problems.append(
            QCoreApplication::translate("EndpointDesk", "The file is not valid JSON (%1 at character %2).")
                .arg(parseError.errorString())
                .arg(parseError.offset));
        return result;
    }
    const QJsonObject root = document.object();
    const QJsonValue format = root.value(QLatin1String("format"));
    // Exports made before the format was named have no "format", but the same "exported" and "endpoints".
    const bool named = format.toString() == HistoryExporter::formatName();
    const bool unnamed = format.isUndefined() && root.value(QLatin1String("exported")).isString();
    if (!document.isObject() || !(named || unnamed) || !root.value(QLatin1String("endpoints")).isArray()) {
        result.problems.append(QCoreApplication::translate(
            "EndpointDesk", "The file is not a record exported by Endpoint Desk (Endpoints ▸ Export…, as JSON)."));
        return result;
    }
    result.readable = true;
    const QJsonArray list = root.value(QLatin1String("endpoints")).toArray();
    QSet<QString> seen; // a file that lists a place twice adds it once
    for (qsizetype index = 0; index < list.size(); ++index) {
        InventoryEntry entry;
        const QString problem = list.at(index).isObject()
                                    ? readEntry(list.at(index).toObject(), &entry)
                                    : QCoreApplication::translate("EndpointDesk", "Not an endpoint object.");
        if (!problem.isEmpty()) {
            ++result.refused;
            if (result.problems.size() < MaxListedProblems)
                result.problems.append(
                    QCoreApplication::translate("EndpointDesk", "Endpoint %1: %2").arg(index + 1).arg(problem));
            continue;
        }
        const QString place =
            QStringList{entry.key.region, entry.key.projectId, entry.key.vpcId, entry.key.subnetId}.join(
                QLatin1Char('/'));
        if (seen.contains(place))
            continue;
        seen.insert(place);
        result.entries.append(entry);
    }
    const int unlisted = result.refused - MaxListedProblems;
    if (unlisted > 0)
        result.problems.append(QCoreApplication::translate("EndpointDesk", "…and %n more.", nullptr, unlisted));
    return result;
}

QString InventoryImport::importInto(HistoryStore *store, const QString &path)
{
    const QString where = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("EndpointDesk", "Could not read %1: %2").arg(where, file.errorString());
    if (file.size() > MaxFileBytes)
        return QCoreApplication::translate("EndpointDesk", "%1 is too large to be an exported record.").arg(where);
    const Result result = read(file.read(MaxFileBytes));
    if (!result.readable)
        return result.problems.join(QLatin1Char('\n'));
    const int added = store->mergeInventory(result.entries);
    if (added < 0)
        return QCoreApplication::translate("EndpointDesk", "Nothing was added: the record could not be written.");
    const int known = int(result.entries.size()) - added;
    QStringList lines;
    lines.append(
        QCoreApplication::translate("EndpointDesk", "Added %n endpoint(s) from %1.", nullptr, added).arg(where));
    if (known > 0)
        lines.append(QCoreApplication::translate("EndpointDesk", "Already in this record, and kept as they were: %n.",
                                                 nullptr, known));
    if (result.refused > 0)
        lines.append(
            QCoreApplication::translate("EndpointDesk", "Left out, with the reason: %n.", nullptr, result.refused));
    lines.append(result.problems);
    return lines.join(QLatin1Char('\n'));
}

} // namespace EndpointDesk
