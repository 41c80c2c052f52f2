#include "HistoryModel.h"

#include "DeferredReload.h"
#include "HistoryStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace EndpointDesk {

namespace {

// Enough to scroll back through; the export has everything.
constexpr int ShownRecords = 1000;

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
    connect(store, &HistoryStore::changed, m_reloads, &DeferredReload::changed);
    reload();
}

void HistoryModel::setPaused(bool paused)
{
    m_reloads->setPaused(paused);
}

void HistoryModel::reload()
{
    beginResetModel();
    m_records = m_store->history(ShownRecords);
    endResetModel();
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
    default:
        return {};
    }
}

} // namespace EndpointDesk
