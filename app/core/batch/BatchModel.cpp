#include "BatchModel.h"

#include "CsvText.h"

#include <QCoreApplication>

namespace EndpointDesk {

namespace {

// "vpc-01 (9f1c…)" when a name was given, the id alone when an id was.
QString shown(const QString &given, const QString &id)
{
    if (id.isEmpty() || given == id)
        return given;
    return QStringLiteral("%1 (%2)").arg(given, id);
}

} // namespace

BatchModel::BatchModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int BatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BatchRow &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case LineColumn:
            return row.input.line;
        case RegionColumn:
            return row.spec.region;
        case ProjectColumn:
            return shown(row.input.project, row.spec.projectId);
        case VpcColumn:
            return shown(row.input.vpc, row.spec.vpcId);
        case SubnetColumn:
            return shown(row.input.subnet, row.spec.subnetId);
        case FlavorColumn:
            return row.input.flavor;
        case AgencyColumn:
            return row.input.agency;
        case StatusColumn:
            return row.message.isEmpty() ? stateName(row.state) : row.message;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant BatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return QCoreApplication::translate("EndpointDesk", "Line", "the line of a row in its file");
    case RegionColumn:
        return QCoreApplication::translate("EndpointDesk", "Region");
    case ProjectColumn:
        return QCoreApplication::translate("EndpointDesk", "Project");
    case VpcColumn:
        return QCoreApplication::translate("EndpointDesk", "VPC");
    case SubnetColumn:
        return QCoreApplication::translate("EndpointDesk", "Subnet");
    case FlavorColumn:
        return QCoreApplication::translate("EndpointDesk", "Flavor");
    case AgencyColumn:
        return QCoreApplication::translate("EndpointDesk", "Agency");
    case StatusColumn:
        return QCoreApplication::translate("EndpointDesk", "Status");
    }
    return {};
}

void BatchModel::setRows(const QList<BatchRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void BatchModel::updateRow(int index, const BatchRow &row)
{
    if (index < 0 || index >= m_rows.size())
        return;
    m_rows[index] = row;
    Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

int BatchModel::count(BatchRow::State state) const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [state](const BatchRow &row) { return row.state == state; }));
}

QByteArray BatchModel::toCsv() const
{
    QString text = CsvText::line({QStringLiteral("line"), QStringLiteral("region"), QStringLiteral("project"),
                                  QStringLiteral("vpc"), QStringLiteral("subnet"), QStringLiteral("flavor"),
                                  QStringLiteral("agency"), QStringLiteral("project_id"), QStringLiteral("vpc_id"),
                                  QStringLiteral("subnet_id"), QStringLiteral("status"), QStringLiteral("message"),
                                  QStringLiteral("error_code"), QStringLiteral("request_id"),
                                  QStringLiteral("endpoint_ips"), QStringLiteral("domain_name")});
    for (const BatchRow &row : m_rows) {
        text +=
            CsvText::line({QString::number(row.input.line), row.spec.region, row.input.project, row.input.vpc,
                           row.input.subnet, row.input.flavor, row.input.agency, row.spec.projectId, row.spec.vpcId,
                           row.spec.subnetId, stateName(row.state), row.message, row.result.error.code,
                           row.result.requestId, row.result.endpointIps.join(QLatin1Char(' ')), row.result.address});
    }
    // With a byte order mark, spreadsheets read the file as UTF-8.
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QString BatchModel::stateName(BatchRow::State state)
{
    switch (state) {
    case BatchRow::State::Checking:
        return QCoreApplication::translate("EndpointDesk", "Checking…");
    case BatchRow::State::Invalid:
        return QCoreApplication::translate("EndpointDesk", "Not valid");
    case BatchRow::State::Ready:
        return QCoreApplication::translate("EndpointDesk", "Ready");
    case BatchRow::State::Sending:
        return QCoreApplication::translate("EndpointDesk", "Sending…");
    case BatchRow::State::Created:
        return QCoreApplication::translate("EndpointDesk", "Created", "the headline of a result");
    case BatchRow::State::Exists:
        return QCoreApplication::translate("EndpointDesk", "Exists", "an endpoint that was there already");
    case BatchRow::State::Failed:
        return QCoreApplication::translate("EndpointDesk", "Failed");
    case BatchRow::State::NotSent:
        return QCoreApplication::translate("EndpointDesk", "Nothing was sent");
    }
    return {};
}

} // namespace EndpointDesk
