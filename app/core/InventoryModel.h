#pragma once

#include "InventoryEntry.h"

#include <QAbstractTableModel>

namespace EndpointDesk {

class HistoryStore;

// The store's inventory as a table, re-read whenever the store changes.
class InventoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StateColumn,
        RegionColumn,
        ProjectColumn,
        VpcColumn,
        SubnetColumn,
        IpsColumn,
        AddressColumn,
        CreatedColumn,
        ColumnCount
    };

    explicit InventoryModel(HistoryStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const InventoryEntry &entry(int row) const { return m_entries.at(row); }
    // -1 when the endpoint is not listed.
    int rowOf(const EndpointKey &key) const;
    void reload();

    static QString stateText(InventoryEntry::State state);

private:
    HistoryStore *m_store;
    QList<InventoryEntry> m_entries;
};

} // namespace EndpointDesk
