#pragma once

#include "HistoryRecord.h"

#include <QAbstractTableModel>

namespace EndpointDesk {

class DeferredReload;
class HistoryStore;

// The store's request history as a table, newest first, re-read whenever the store changes.
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
        ColumnCount
    };

    explicit HistoryModel(HistoryStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const HistoryRecord &record(int row) const { return m_records.at(row); }
    void reload();
    // While paused (its view hidden) the model keeps its rows; resuming catches up once.
    void setPaused(bool paused);

private:
    HistoryStore *m_store;
    DeferredReload *m_reloads;
    QList<HistoryRecord> m_records;
};

} // namespace EndpointDesk
