#pragma once

#include "EndpointKey.h"
#include "EndpointNames.h"
#include "EndpointResult.h"
#include "HistoryRecord.h"
#include "InventoryEntry.h"

#include <QDateTime>
#include <QLatin1String>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <initializer_list>

namespace EndpointDesk {

// How the record's rows are written and read in SQL, the same on both back ends: for the store's own
// files only (HistoryStore*.cpp, InventoryUpdate.cpp).
namespace RecordSql {

// The columns recordFrom() and entryFrom() read, in their order.
inline const QLatin1String RecordColumns{"id, time, profile, region, project, operation, vpc, subnet, flavor, "
                                         "agency, outcome, http_status, error_code, message, request_id, "
                                         "project_name, vpc_name, subnet_name, operator"};
inline const QLatin1String EntryColumns{"region, project, vpc, subnet, flavor, agency, ips, address, created_time, "
                                        "profile, state, deleted_time, project_name, vpc_name, subnet_name, "
                                        "created_by, deleted_by"};

// Now, as stored: UTC, ISO 8601 with milliseconds.
QString nowText();
QDateTime timeFromText(const QString &text);
// Every text column is NOT NULL: an empty QString must reach the database as '' rather than NULL.
QVariant sqlText(const QString &value);
HistoryRecord recordFrom(const QSqlQuery &query);
InventoryEntry entryFrom(const QSqlQuery &query, int first = 0);
void bindKey(QSqlQuery &query, const QString &region, const QString &project, const QString &vpc,
             const QString &subnet);
void bindNames(QSqlQuery &query, const EndpointNames &names);
// Why a transaction failed: the reason already found, else the first of its queries' errors, else the
// database's own (a commit that failed).
QString failureOf(const QString &found, std::initializer_list<const QSqlQuery *> queries, const QSqlDatabase &db);
HistoryRecord startedRecord(const QString &profile, HistoryRecord::Operation operation, const EndpointKey &key);

// How a request's outcome changes the inventory (InventoryUpdate.cpp): each is part of the caller's transaction.
// Lists an endpoint known only by its place, in the given state, unless its row is in one of the kept states.
QString listedWithoutDetails(const QString &state, const QString &keptStates);
// Names the request knew replace those the endpoint's row had; a name not known now keeps the old one.
bool keepNames(QSqlDatabase &db, const HistoryRecord &record, QString *error);
// Brings the inventory in line with how a request ended.
bool applyToInventory(QSqlDatabase &db, const HistoryRecord &record, Outcome outcome, const EndpointResult *result,
                      QString *error);

} // namespace RecordSql
} // namespace EndpointDesk
