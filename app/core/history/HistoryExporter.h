#pragma once

#include "HistoryRecord.h"
#include "InventoryEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace EndpointDesk {

class HistoryStore;

// The inventory and the history as a file for people and other tools, CSV or JSON. It holds only
// what a HistoryStore holds, so never a credential.
class HistoryExporter
{
public:
    // What the JSON's "format" and "version" say; InventoryImport reads that format back.
    static QString formatName();
    static constexpr int FormatVersion = 1;

    // What the store holds now, newest first.
    explicit HistoryExporter(const HistoryStore &store);
    HistoryExporter(QList<InventoryEntry> inventory, QList<HistoryRecord> history);

    // Two tables, one after the other, each with its own header row.
    QByteArray csv() const;
    // One object: "format", "version", "exported" (the time), "endpoints" and "history".
    QByteArray json() const;

    // Written whole or not at all; false with a message for the person in *error.
    bool writeCsv(const QString &path, QString *error = nullptr) const;
    bool writeJson(const QString &path, QString *error = nullptr) const;

private:
    QList<InventoryEntry> m_inventory;
    QList<HistoryRecord> m_history;
};

} // namespace EndpointDesk
