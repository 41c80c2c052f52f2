#pragma once

#include "InventoryEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace EndpointDesk {

class HistoryStore;

// Reads the endpoints of a record another Endpoint Desk exported as JSON (HistoryExporter), so that a
// colleague's endpoints join this record: every field is checked as the form checks it, and an entry
// with a bad field is left out and named, never half taken. The history of the other record is not
// taken: its requests were made there.
class InventoryImport
{
public:
    // Larger than any record a team keeps: an exported endpoint takes about 600 bytes.
    static constexpr qint64 MaxFileBytes = qint64{64} * 1024 * 1024;
    // At most this many refused entries are named; the rest are counted.
    static constexpr int MaxListedProblems = 10;

    struct Result
    {
        QList<InventoryEntry> entries; // the good ones, in the file's order
        QStringList problems;          // for the person: the file, or an entry and what is wrong with it
        int refused = 0;               // entries left out
        bool readable = false;         // false: not an exported record at all, nothing to take
    };
    static Result read(const QByteArray &json);

    // Reads the file at path and adds what the store does not list yet. The summary in words.
    static QString importInto(HistoryStore *store, const QString &path);
};

} // namespace EndpointDesk
