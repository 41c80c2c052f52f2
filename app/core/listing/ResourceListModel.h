#pragma once

#include "ResourceItem.h"

#include <QAbstractListModel>

namespace EndpointDesk {

// The items of one listing, for a picker: display text "name (id) — cidr", a tooltip with every
// field, and the id in Qt::UserRole. Rows are only appended (page by page) or replaced as a whole.
class ResourceListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole,
        SearchKeyRole, // lower-case name, id and CIDR
        NameRole,
        CidrRole,
        ParentIdRole, // subnets: the VPC id
    };

    explicit ResourceListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setItems(const ResourceItems &items);
    void appendItems(const ResourceItems &items);
    void clear();

    const ResourceItems &items() const { return m_items; }
    const ResourceItem &item(int row) const { return m_items.at(row); }
    // -1 when no item has this id.
    int rowOfId(const QString &id) const;

private:
    ResourceItems m_items;
};

} // namespace EndpointDesk
