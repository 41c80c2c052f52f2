#pragma once

#include "BatchRow.h"

#include <QAbstractTableModel>

namespace EndpointDesk {

// The rows of a file of endpoints as a table: where each row is in the file, its values (names with the
// ids they resolved to) and its status or outcome.
class BatchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LineColumn,
        RegionColumn,
        ProjectColumn,
        VpcColumn,
        SubnetColumn,
        FlavorColumn,
        AgencyColumn,
        StatusColumn,
        ColumnCount
    };

    explicit BatchModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<BatchRow> &rows);
    const QList<BatchRow> &rows() const { return m_rows; }
    const BatchRow &row(int index) const { return m_rows.at(index); }
    void updateRow(int index, const BatchRow &row);

    int count(BatchRow::State state) const;

    // The table as CSV (CsvText): the values as written, the ids used, the status and the cloud's answer.
    QByteArray toCsv() const;

    // The words for a state; the outcome of a finished row is its message.
    static QString stateName(BatchRow::State state);

private:
    QList<BatchRow> m_rows;
};

} // namespace EndpointDesk
