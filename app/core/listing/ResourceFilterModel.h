#pragma once

#include <QAbstractProxyModel>
#include <QVector>

namespace EndpointDesk {

class ResourceListModel;

// Keeps the rows whose name, id or CIDR contains the filter text, case-insensitively. Faster than
// QSortFilterProxyModel for a picker: it compares against the precomputed lower-case search key,
// narrows only the current matches when the text grows (the usual keystroke), and announces a
// change once instead of per removed range.
class ResourceFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit ResourceFilterModel(QObject *parent = nullptr);

    // Any list model with ResourceListModel::SearchKeyRole works; ResourceListModel is read directly.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setFilterText(const QString &text);

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

private:
    bool accepts(int sourceRow) const;
    void rebuild();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void resetFromSource();

    ResourceListModel *m_list = nullptr; // the source, when it is a ResourceListModel
    QVector<int> m_rows;                 // accepted source rows, ascending
    QString m_needle;                    // trimmed, lower-case
    QList<QMetaObject::Connection> m_connections;
};

} // namespace EndpointDesk
