#include "ResourceListModel.h"

namespace EndpointDesk {

ResourceListModel::ResourceListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ResourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QVariant ResourceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ResourceItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return item.displayText();
    case Qt::ToolTipRole:
        return item.toolTip();
    case IdRole:
        return item.id;
    case SearchKeyRole:
        return item.searchKey;
    case NameRole:
        return item.name;
    case CidrRole:
        return item.cidr;
    case ParentIdRole:
        return item.parentId;
    default:
        return {};
    }
}

void ResourceListModel::setItems(const ResourceItems &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void ResourceListModel::appendItems(const ResourceItems &items)
{
    if (items.isEmpty())
        return;
    const int first = static_cast<int>(m_items.size());
    beginInsertRows({}, first, first + static_cast<int>(items.size()) - 1);
    m_items.append(items);
    endInsertRows();
}

void ResourceListModel::clear()
{
    setItems({});
}

int ResourceListModel::rowOfId(const QString &id) const
{
    for (qsizetype row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return static_cast<int>(row);
    }
    return -1;
}

} // namespace EndpointDesk
