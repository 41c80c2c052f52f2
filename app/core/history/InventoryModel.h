#pragma once

#include "InventoryEntry.h"

#include <QAbstractTableModel>

namespace EndpointDesk {

class DeferredReload;
class HistoryStore;

// The store's inventory as a table, re-read whenever the store changes.
class InventoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        // What a person looks for first comes first: the ids that locate it come after.
        StateColumn,
        AddressColumn,
        IpsColumn,
        VpcColumn,
        SubnetColumn,
        RegionColumn,
        ProjectColumn,
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
    // While paused (its view hidden) the model keeps its rows; resuming catches up once.
    void setPaused(bool paused);

    static QString stateText(InventoryEntry::State state);

private:
    HistoryStore *m_store;
    DeferredReload *m_reloads;
    QList<InventoryEntry> m_entries;
};

} // namespace EndpointDesk
