#pragma once

#include "HistoryRecord.h"

#include <QAbstractTableModel>

namespace EndpointDesk {

class DeferredReload;
class HistoryStore;

// The store's request history as a table, newest first. Rows are read a page at a time as the view
// scrolls (fetchMore); a request recorded or settled adds or updates its one row.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        OperationColumn,
        ProjectColumn,
        VpcColumn,
        SubnetColumn,
        OutcomeColumn,
        ErrorColumn,
        RequestIdColumn,
        ByColumn, // who sent it: user@host
        ColumnCount
    };

    explicit HistoryModel(HistoryStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    static constexpr int PageSize = 200;

    const HistoryRecord &record(int row) const { return m_records.at(row); }
    // Reads the first page again.
    void reload();
    // While paused (its view hidden) the model keeps its rows; resuming catches up once.
    void setPaused(bool paused);

private:
    void onRecordAdded(qint64 id);
    void onRecordChanged(qint64 id);

    HistoryStore *m_store;
    DeferredReload *m_reloads;
    QList<HistoryRecord> m_records;
    bool m_more = false;
};

} // namespace EndpointDesk
