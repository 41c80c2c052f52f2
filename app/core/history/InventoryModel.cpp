#include "InventoryModel.h"

#include "DeferredReload.h"

#include <QCoreApplication>
#include <QLocale>

namespace EndpointDesk {

InventoryModel::InventoryModel(HistoryStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_reloads(new DeferredReload([this] { reload(); }, this))
{
    connect(store, &HistoryStore::endpointChanged, this, &InventoryModel::onEndpointChanged);
    connect(store, &HistoryStore::replaced, m_reloads, &DeferredReload::changed);
    connect(store, &HistoryStore::locationChanged, this, [this] {
        beginResetModel();
        m_rows.clear();
        m_more = false;
        endResetModel();
    });
    // A store that opens its file on first use is read once it has, or once the table is shown.
    m_reloads->followOpening(store);
    if (store->openAttempted())
        reload();
}

void InventoryModel::setPaused(bool paused)
{
    m_reloads->setPaused(paused);
}

void InventoryModel::setCreatedBy(const QString &operatorName)
{
    if (operatorName == m_selection.createdBy)
        return;
    m_selection.createdBy = operatorName;
    reload();
}

void InventoryModel::setFilter(const QString &text)
{
    const QString filter = text.trimmed();
    if (filter == m_selection.filter)
        return;
    m_selection.filter = filter;
    reload();
}

namespace {

std::optional<HistoryStore::InventoryOrder> orderOf(int column)
{
    switch (column) {
    case InventoryModel::StateColumn:
        return HistoryStore::InventoryOrder::Attention;
    case InventoryModel::CreatedColumn:
        return HistoryStore::InventoryOrder::Created;
    case InventoryModel::RegionColumn:
    case InventoryModel::ProjectColumn:
    case InventoryModel::VpcColumn:
    case InventoryModel::SubnetColumn:
        return HistoryStore::InventoryOrder::Place;
    case InventoryModel::CreatedByColumn:
        return HistoryStore::InventoryOrder::CreatedBy;
    default:
        return std::nullopt;
    }
}

} // namespace

bool InventoryModel::isSortable(int column)
{
    return orderOf(column).has_value();
}

void InventoryModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<HistoryStore::InventoryOrder> by = orderOf(column);
    if (!by)
        return;
    m_sortColumn = column;
    if (*by == m_selection.order && order == m_selection.direction)
        return;
    m_selection.order = *by;
    m_selection.direction = order;
    reload();
}

void InventoryModel::reload()
{
    m_reloads->openQuietly(m_store);
    if (!m_store->isAvailable() && m_store->isShared())
        return; // the last copy read stays in sight until the server is back
    beginResetModel();
    m_rows = m_store->inventoryPage(std::nullopt, PageSize, m_selection);
    m_more = m_rows.size() == PageSize;
    endResetModel();
}

bool InventoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void InventoryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_rows.isEmpty())
        return;
    const QList<HistoryStore::InventoryRow> page =
        m_store->inventoryPage(m_rows.constLast().place, PageSize, m_selection);
    m_more = page.size() == PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

void InventoryModel::onEndpointChanged(const EndpointKey &key)
{
    if (m_reloads->isPaused() || m_reloads->isStale()) {
        m_reloads->changed(); // read again once shown
        return;
    }
    // Read in the current order and through the current filter: none when it is not among the rows shown.
    const std::optional<HistoryStore::InventoryRow> changed = m_store->inventoryRow(key, m_selection);
    int row = rowOf(key);
    if (row >= 0 && changed && m_rows.at(row).place == changed->place) {
        m_rows[row] = *changed; // in the same place: updated where it is
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    if (!changed)
        return;
    // It goes right after the row that comes before it in this order, which the store finds on the order's
    // index: its comparison of texts (the server's collation) is the one the pages were read by.
    const QList<HistoryStore::InventoryRow> before = m_store->inventoryPage(changed->place, 1, m_selection.reversed());
    row = 0;
    if (!before.isEmpty()) {
        const int previous = rowOf(before.first().entry.key);
        row = previous >= 0 ? previous + 1 : int(m_rows.size()); // not read yet: beyond the rows read so far
    }
    if (row == m_rows.size() && m_more)
        return; // beyond the rows read so far: it comes with its page
    beginInsertRows({}, row, row);
    m_rows.insert(row, *changed);
    endInsertRows();
}

int InventoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InventoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InventoryModel::stateText(InventoryEntry::State state)
{
    switch (state) {
    case InventoryEntry::State::Active:
        return QCoreApplication::translate("EndpointDesk", "Active");
    case InventoryEntry::State::Deleted:
        return QCoreApplication::translate("EndpointDesk", "Deleted");
    case InventoryEntry::State::Exists:
        return QCoreApplication::translate("EndpointDesk", "Exists (details unknown)");
    case InventoryEntry::State::Adopted:
        return QCoreApplication::translate("EndpointDesk", "Adopted (not created here)");
    case InventoryEntry::State::Unknown:
        break;
    }
    return QCoreApplication::translate("EndpointDesk", "May exist");
}

QVariant InventoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const InventoryEntry &entry = m_rows.at(index.row()).entry;
    if (role == Qt::ToolTipRole && entry.state == InventoryEntry::State::Unknown)
        return QCoreApplication::translate("EndpointDesk", "The request went out but no clear answer came back: the "
                                                           "endpoint may exist. Check in the console, or delete it.");
    if (role == Qt::ToolTipRole && entry.state == InventoryEntry::State::Exists)
        return QCoreApplication::translate(
            "EndpointDesk", "The cloud refused to create this endpoint because it already exists. This program has "
                            "no record of creating it (it was made in the console or another tool, or an earlier "
                            "create got no answer), so its IPs and domain name are unknown. It can be deleted.");
    if (role == Qt::ToolTipRole && entry.state == InventoryEntry::State::Adopted)
        return QCoreApplication::translate(
            "EndpointDesk", "Made elsewhere (the console, KooCLI or Terraform) and added to this record by hand, so "
                            "that it can be deleted here. Its IPs and domain name are not known.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StateColumn:
        return stateText(entry.state);
    case RegionColumn:
        return entry.key.region;
    case ProjectColumn:
        return EndpointNames::labelled(entry.names.project, entry.key.projectId);
    case VpcColumn:
        return EndpointNames::labelled(entry.names.vpc, entry.key.vpcId);
    case SubnetColumn:
        return EndpointNames::labelled(entry.names.subnet, entry.key.subnetId);
    case IpsColumn:
        return entry.ips.join(QLatin1String(", "));
    case AddressColumn:
        return entry.address;
    case CreatedColumn:
        return entry.created.isValid() ? QLocale().toString(entry.created.toLocalTime(), QLocale::ShortFormat)
                                       : QString();
    case CreatedByColumn:
        if (entry.state == InventoryEntry::State::Deleted && !entry.deletedBy.isEmpty())
            return QCoreApplication::translate("EndpointDesk", "%1; deleted by %2")
                .arg(entry.createdBy, entry.deletedBy);
        return entry.createdBy;
    default:
        return {};
    }
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole && isSortable(section)) {
        // The newest first, as the default order; names and ids from A.
        const bool newestFirst = section == StateColumn || section == CreatedColumn;
        return int(newestFirst ? Qt::DescendingOrder : Qt::AscendingOrder); // read as an int by QHeaderView
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return QCoreApplication::translate("EndpointDesk", "State");
    case RegionColumn:
        return QCoreApplication::translate("EndpointDesk", "Region");
    case ProjectColumn:
        return QCoreApplication::translate("EndpointDesk", "Project");
    case VpcColumn:
        return QCoreApplication::translate("EndpointDesk", "VPC");
    case SubnetColumn:
        return QCoreApplication::translate("EndpointDesk", "Subnet");
    case IpsColumn:
        return QCoreApplication::translate("EndpointDesk", "IPs");
    case AddressColumn:
        return QCoreApplication::translate("EndpointDesk", "Domain name");
    case CreatedColumn:
        return QCoreApplication::translate("EndpointDesk", "Created");
    case CreatedByColumn:
        return QCoreApplication::translate("EndpointDesk", "Created by");
    default:
        return {};
    }
}

int InventoryModel::rowOf(const EndpointKey &key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).entry.key == key)
            return row;
    }
    return -1;
}

} // namespace EndpointDesk
