#include "ResourceFilterModel.h"

#include "ResourceListModel.h"

#include <algorithm>

namespace EndpointDesk {

ResourceFilterModel::ResourceFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void ResourceFilterModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_list = qobject_cast<ResourceListModel *>(model);
    if (model) {
        m_connections = {
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }),
            connect(model, &QAbstractItemModel::modelReset, this,
                    [this] {
                        rebuild();
                        endResetModel();
                    }),
            connect(model, &QAbstractItemModel::rowsInserted, this, &ResourceFilterModel::onRowsInserted),
            // Pickers only append or replace; anything else is rare enough to start over.
            connect(model, &QAbstractItemModel::rowsRemoved, this, &ResourceFilterModel::resetFromSource),
            connect(model, &QAbstractItemModel::rowsMoved, this, &ResourceFilterModel::resetFromSource),
            connect(model, &QAbstractItemModel::layoutChanged, this, &ResourceFilterModel::resetFromSource),
            connect(model, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                        // Let views repaint mapped rows; the match itself may have changed too.
                        Q_UNUSED(topLeft)
                        Q_UNUSED(bottomRight)
                        resetFromSource();
                    }),
        };
    }
    rebuild();
    endResetModel();
}

bool ResourceFilterModel::accepts(int sourceRow) const
{
    if (m_needle.isEmpty())
        return true;
    if (m_list)
        return m_list->item(sourceRow).matches(m_needle);
    return sourceModel()
        ->index(sourceRow, 0)
        .data(ResourceListModel::SearchKeyRole)
        .toString()
        .contains(m_needle, Qt::CaseInsensitive);
}

void ResourceFilterModel::rebuild()
{
    m_rows.clear();
    if (!sourceModel())
        return;
    const int count = sourceModel()->rowCount();
    m_rows.reserve(m_needle.isEmpty() ? count : qMin(count, 256));
    for (int row = 0; row < count; ++row) {
        if (accepts(row))
            m_rows.append(row);
    }
}

void ResourceFilterModel::setFilterText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle)
        return;
    const bool narrowing = needle.contains(m_needle);
    beginResetModel();
    m_needle = needle;
    if (narrowing) {
        // Only rows that matched the shorter text can match the longer one.
        m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(), [this](int row) { return !accepts(row); }),
                     m_rows.end());
    } else {
        rebuild();
    }
    endResetModel();
}

void ResourceFilterModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = sourceModel()->rowCount();
    if (last != count - 1) {
        resetFromSource();
        return;
    }
    QVector<int> added;
    for (int row = first; row <= last; ++row) {
        if (accepts(row))
            added.append(row);
    }
    if (added.isEmpty())
        return;
    const int start = static_cast<int>(m_rows.size());
    beginInsertRows({}, start, start + static_cast<int>(added.size()) - 1);
    m_rows.append(added);
    endInsertRows();
}

void ResourceFilterModel::resetFromSource()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

QModelIndex ResourceFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= m_rows.size())
        return {};
    return sourceModel()->index(m_rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex ResourceFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), sourceIndex.row());
    if (it == m_rows.cend() || *it != sourceIndex.row())
        return {};
    return createIndex(static_cast<int>(it - m_rows.cbegin()), sourceIndex.column());
}

QModelIndex ResourceFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ResourceFilterModel::parent(const QModelIndex &child) const
{
    Q_UNUSED(child)
    return {};
}

int ResourceFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ResourceFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : 1;
}

} // namespace EndpointDesk
