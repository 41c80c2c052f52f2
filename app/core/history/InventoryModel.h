#pragma once

#include "HistoryStore.h"
#include "InventoryEntry.h"

#include <QAbstractTableModel>

namespace EndpointDesk {

class DeferredReload;

// The store's inventory as a table, in the order the person chose (sort) and narrowed by their filter, both
// done by the store in SQL. Rows are read a page at a time as the view scrolls (fetchMore); a write adds,
// moves or updates the one row it changed.
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
        CreatedByColumn, // who created it (user@host), and who deleted it
        ColumnCount
    };

    explicit InventoryModel(HistoryStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Qt::InitialSortOrderRole: the direction a sortable column sorts in when first clicked.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Reads the first page again in the column's order: State (attention first, then the newest, by
    // default), Created, Region, Project, VPC and Subnet (all by the place), Created by. Other columns are
    // not sortable: nothing happens.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_selection.direction; }

    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    static constexpr int PageSize = 200;

    const InventoryEntry &entry(int row) const { return m_rows.at(row).entry; }
    // -1 when the endpoint is not among the rows read so far.
    int rowOf(const EndpointKey &key) const;
    // Reads the first page again.
    void reload();
    // Only the endpoints this operator (user@host) created; everyone's when empty.
    void setCreatedBy(const QString &operatorName);
    QString createdBy() const { return m_selection.createdBy; }
    // Only the endpoints whose ids, names, domain name or creator contain the text, case aside; all when empty.
    void setFilter(const QString &text);
    QString filter() const { return m_selection.filter; }
    // While paused (its view hidden) the model keeps its rows; resuming catches up once.
    void setPaused(bool paused);

    static QString stateText(InventoryEntry::State state);

private:
    void onEndpointChanged(const EndpointKey &key);

    HistoryStore *m_store;
    DeferredReload *m_reloads;
    QList<HistoryStore::InventoryRow> m_rows;
    bool m_more = false;
    HistoryStore::InventorySelection m_selection;
    int m_sortColumn = StateColumn;
};

} // namespace EndpointDesk
