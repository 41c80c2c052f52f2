// Reading the record: the inventory a page at a time in the person's order and filter, and the history.
#include "HistoryStore.h"
#include "Logging.h"
#include "RecordSchema.h"
#include "RecordSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace EndpointDesk {

using namespace RecordSql;

namespace {

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
// is matched in each column with the back end's own case-blind LIKE (SQLite's LIKE ignores the case of ASCII
// letters; PostgreSQL's ILIKE of every letter): a text few endpoints hold reads every row, and one lower() over
// the columns joined took three times as long on 100,000 rows. The person's % and _ are taken as they are:
// '!' escapes them, a character both back ends accept in an ESCAPE clause.
QStringList selectionConditions(const HistoryStore::InventorySelection &selection, bool postgres)
{
    QStringList conditions;
    if (!selection.createdBy.isEmpty())
        conditions.append(QStringLiteral("created_by = :createdBy"));
    if (!selection.filter.isEmpty()) {
        QStringList matches;
        for (const QString &column : FilteredColumns)
            matches.append(column + (postgres ? QLatin1String(" ILIKE") : QLatin1String(" LIKE"))
                           + QLatin1String(" :filter ESCAPE '!'"));
        conditions.append(QLatin1Char('(') + matches.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }
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

} // namespace

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
        QStringList conditions = selectionConditions(selection, isShared());
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
    QStringList conditions = selectionConditions(selection, isShared());
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

} // namespace EndpointDesk
