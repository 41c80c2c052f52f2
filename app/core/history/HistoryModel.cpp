#include "HistoryModel.h"

#include "DeferredReload.h"
#include "HistoryStore.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace EndpointDesk {

namespace {

QString outcomeText(const HistoryRecord &record)
{
    if (!record.outcome)
        return QCoreApplication::translate("EndpointDesk", "Waiting");
    switch (*record.outcome) {
    case Outcome::Succeeded:
        return QCoreApplication::translate("EndpointDesk", "Succeeded");
    case Outcome::NotSent:
        return QCoreApplication::translate("EndpointDesk", "Not sent");
    case Outcome::CouldNotConnect:
        return QCoreApplication::translate("EndpointDesk", "Could not connect");
    case Outcome::NoAnswer:
        return QCoreApplication::translate("EndpointDesk", "No answer");
    case Outcome::AnsweredError:
        return QCoreApplication::translate("EndpointDesk", "Failed");
    case Outcome::UnreadableSuccess:
        return record.operation == HistoryRecord::Operation::Create
                   ? QCoreApplication::translate("EndpointDesk", "Probably created")
                   : QCoreApplication::translate("EndpointDesk", "Probably deleted");
    case Outcome::CancelledBeforeSending:
        return QCoreApplication::translate("EndpointDesk", "Cancelled before sending");
    case Outcome::CancelledAfterSending:
        return QCoreApplication::translate("EndpointDesk", "Cancelled");
    }
    return QCoreApplication::translate("EndpointDesk", "No answer");
}

QString operationText(HistoryRecord::Operation operation)
{
    switch (operation) {
    case HistoryRecord::Operation::Delete:
        return QCoreApplication::translate("EndpointDesk", "Delete");
    case HistoryRecord::Operation::Adopt:
        return QCoreApplication::translate("EndpointDesk", "Add existing");
    case HistoryRecord::Operation::Create:
        break;
    }
    return QCoreApplication::translate("EndpointDesk", "Create");
}

} // namespace

HistoryModel::HistoryModel(HistoryStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_reloads(new DeferredReload([this] { reload(); }, this))
{
    connect(store, &HistoryStore::recordAdded, this, &HistoryModel::onRecordAdded);
    connect(store, &HistoryStore::recordChanged, this, &HistoryModel::onRecordChanged);
    connect(store, &HistoryStore::replaced, m_reloads, &DeferredReload::changed);
    connect(store, &HistoryStore::locationChanged, this, [this] {
        beginResetModel();
        m_records.clear();
        m_more = false;
        endResetModel();
    });
    // A store that opens its file on first use is read once it has, or once the table is shown.
    m_reloads->followOpening(store);
    if (store->openAttempted())
        reload();
}

void HistoryModel::setPaused(bool paused)
{
    m_reloads->setPaused(paused);
}

void HistoryModel::reload()
{
    m_reloads->openQuietly(m_store);
    if (!m_store->isAvailable() && m_store->isShared())
        return; // the last copy read stays in sight until the server is back
    beginResetModel();
    m_records = m_store->historyPage(0, PageSize);
    m_more = m_records.size() == PageSize;
    endResetModel();
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_records.isEmpty())
        return;
    const QList<HistoryRecord> page = m_store->historyPage(m_records.constLast().id, PageSize);
    m_more = page.size() == PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_records.size()), int(m_records.size() + page.size() - 1));
    m_records.append(page);
    endInsertRows();
}

void HistoryModel::onRecordAdded(qint64 id)
{
    if (m_reloads->isPaused() || m_reloads->isStale()) {
        m_reloads->changed(); // read again once shown
        return;
    }
    // Newest first; a colleague's record may come after a newer one of ours. One below the rows read
    // so far comes with its page.
    const auto at = std::lower_bound(m_records.cbegin(), m_records.cend(), id,
                                     [](const HistoryRecord &record, qint64 wanted) { return record.id > wanted; });
    if ((at != m_records.cend() && at->id == id) || (at == m_records.cend() && m_more))
        return;
    const std::optional<HistoryRecord> added = m_store->record(id);
    if (!added)
        return;
    const int row = int(at - m_records.cbegin());
    beginInsertRows({}, row, row);
    m_records.insert(row, *added);
    endInsertRows();
}

void HistoryModel::onRecordChanged(qint64 id)
{
    if (m_reloads->isPaused() || m_reloads->isStale()) {
        m_reloads->changed();
        return;
    }
    // Newest first: the ids fall down the rows.
    const auto it = std::lower_bound(m_records.begin(), m_records.end(), id,
                                     [](const HistoryRecord &record, qint64 wanted) { return record.id > wanted; });
    if (it == m_records.end() || it->id != id)
        return;
    const std::optional<HistoryRecord> changed = m_store->record(id);
    if (!changed)
        return;
    *it = *changed;
    const int row = int(it - m_records.begin());
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const HistoryRecord &record = m_records.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == ErrorColumn)
        return record.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(record.time.toLocalTime(), QLocale::ShortFormat);
    case OperationColumn:
        return operationText(record.operation);
    case ProjectColumn:
        return EndpointNames::labelled(record.names.project, record.projectId);
    case VpcColumn:
        return EndpointNames::labelled(record.names.vpc, record.vpcId);
    case SubnetColumn:
        return EndpointNames::labelled(record.names.subnet, record.subnetId);
    case OutcomeColumn:
        return outcomeText(record);
    case ErrorColumn:
        return record.errorCode.isEmpty() ? QString() : record.errorCode + QLatin1String(": ") + record.message;
    case RequestIdColumn:
        return record.requestId;
    case ByColumn:
        return record.operatorName;
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return QCoreApplication::translate("EndpointDesk", "Time");
    case OperationColumn:
        return QCoreApplication::translate("EndpointDesk", "Operation");
    case ProjectColumn:
        return QCoreApplication::translate("EndpointDesk", "Project");
    case VpcColumn:
        return QCoreApplication::translate("EndpointDesk", "VPC");
    case SubnetColumn:
        return QCoreApplication::translate("EndpointDesk", "Subnet");
    case OutcomeColumn:
        return QCoreApplication::translate("EndpointDesk", "Outcome");
    case ErrorColumn:
        return QCoreApplication::translate("EndpointDesk", "Error");
    case RequestIdColumn:
        return QCoreApplication::translate("EndpointDesk", "Request ID");
    case ByColumn:
        return QCoreApplication::translate("EndpointDesk", "By");
    default:
        return {};
    }
}

} // namespace EndpointDesk
