#include "InventoryView.h"

#include "AdoptEndpointDialog.h"
#include "EndpointAdoption.h"
#include "EndpointClient.h"
#include "HistoryModel.h"
#include "HistoryStore.h"
#include "InventoryModel.h"
#include "KooCliCommand.h"
#include "RecordStatus.h"
#include "Workspace.h"
#include "ui_InventoryView.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTimer>

namespace EndpointDesk {

namespace {

constexpr int ColumnSampleRows = 50;
// The filter is applied once typing pauses this long, not on every key.
constexpr int FilterDelayMs = 250;

} // namespace

InventoryView::InventoryView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InventoryView>())
{
    m_ui->setupUi(this);
    m_ui->deleteStatus->setVisible(false);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, [this] {
        if (const auto entry = selectedEntry())
            Q_EMIT deleteRequested(*entry);
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &InventoryView::exportAll);
    connect(m_ui->adoptButton, &QPushButton::clicked, this, &InventoryView::adoptEndpoint);
    connect(m_ui->importButton, &QPushButton::clicked, this, &InventoryView::importRecord);
    connect(m_ui->copyKooCliButton, &QPushButton::clicked, this, &InventoryView::copyDeleteCommand);
    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(FilterDelayMs);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] {
        if (m_inventory)
            m_inventory->setFilter(m_ui->filterEdit->text());
    });
    m_ui->inventoryTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->inventoryTable, &QWidget::customContextMenuRequested, this, &InventoryView::showContextMenu);
}

InventoryView::~InventoryView() = default;

void InventoryView::bind(Workspace *workspace, std::function<bool(const InventoryEntry &)> confirm)
{
    m_workspace = workspace;
    m_confirm = std::move(confirm);
    setStore(workspace->history());
    connect(this, &InventoryView::deleteRequested, this, &InventoryView::requestDelete);
    connect(workspace->client(), &EndpointClient::busyChanged, this, &InventoryView::setBusy);
    connect(workspace->client(), &EndpointClient::deleteFinished, this, &InventoryView::showDeleteResult);
}

bool InventoryView::requestDelete(const InventoryEntry &entry)
{
    if (const QString refusal = m_workspace->deleteRefusal(entry); !refusal.isEmpty()) {
        showMessage(refusal);
        return false;
    }
    if (m_confirm && !m_confirm(entry))
        return false;
    if (!m_workspace->remove(entry)) {
        showMessage(m_workspace->recordRefusal());
        return false;
    }
    showMessage(tr("Deleting the endpoint…"));
    return true;
}

void InventoryView::setStore(HistoryStore *store)
{
    m_store = store;
    m_inventory = new InventoryModel(store, this);
    m_history = new HistoryModel(store, this);
    m_ui->inventoryTable->setModel(m_inventory);
    m_ui->historyTable->setModel(m_history);
    for (QTableView *table : {m_ui->inventoryTable, m_ui->historyTable}) {
        // Sized from a sample of rows when they are read afresh, never from every row; then the person's.
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        table->horizontalHeader()->setResizeContentsPrecision(ColumnSampleRows);
        table->horizontalHeader()->setStretchLastSection(true);
        table->verticalHeader()->setVisible(false);
        connect(table->model(), &QAbstractItemModel::modelReset, table, &QTableView::resizeColumnsToContents);
    }
    // Sorted by the store, a page at a time: the header shows the order, and a click on a sortable column
    // header asks the model for it.
    QHeaderView *header = m_ui->inventoryTable->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(m_inventory->sortColumn(), m_inventory->sortOrder());
    connect(header, &QHeaderView::sortIndicatorChanged, this, &InventoryView::sortByHeader);
    m_inventory->setFilter(m_ui->filterEdit->text());
    connect(m_ui->inventoryTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InventoryView::updateButtons);
    // A reload resets the model and with it the selection; a write changes the selected row in place.
    connect(m_inventory, &QAbstractItemModel::modelReset, this, &InventoryView::updateButtons);
    connect(m_inventory, &QAbstractItemModel::dataChanged, this, &InventoryView::updateButtons);
    connect(m_inventory, &QAbstractItemModel::rowsRemoved, this, &InventoryView::updateButtons);
    connect(m_ui->onlyMineCheck, &QCheckBox::toggled, this,
            [this](bool onlyMine) { m_inventory->setCreatedBy(onlyMine ? m_store->operatorName() : QString()); });
    for (const auto signal : {&HistoryStore::changed, &HistoryStore::locationChanged, &HistoryStore::opened})
        connect(store, signal, this, &InventoryView::showRecordStatus);
    connect(store, &HistoryStore::availabilityChanged, this, &InventoryView::showRecordStatus);
    followStore(isVisible());
    updateButtons();
    showRecordStatus();
}

void InventoryView::sortByHeader(int column, Qt::SortOrder order)
{
    if (!InventoryModel::isSortable(column)) {
        const QSignalBlocker blocker(m_ui->inventoryTable->horizontalHeader());
        m_ui->inventoryTable->horizontalHeader()->setSortIndicator(m_inventory->sortColumn(), m_inventory->sortOrder());
        return;
    }
    m_inventory->sort(column, order);
}

void InventoryView::showRecordStatus()
{
    const QString status = RecordStatus::describe(*m_store);
    m_ui->recordStatus->setText(status);
    m_ui->recordStatus->setVisible(!status.isEmpty());
    m_ui->onlyMineCheck->setVisible(m_store->isShared());
    if (!m_store->isShared())
        m_ui->onlyMineCheck->setChecked(false);
}

void InventoryView::showEvent(QShowEvent *event)
{
    followStore(true);
    QWidget::showEvent(event);
}

void InventoryView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    followStore(false);
}

void InventoryView::followStore(bool follow)
{
    if (!m_inventory)
        return;
    m_inventory->setPaused(!follow);
    m_history->setPaused(!follow);
}

void InventoryView::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

std::optional<InventoryEntry> InventoryView::selectedEntry() const
{
    if (!m_inventory)
        return std::nullopt;
    const QModelIndexList rows = m_ui->inventoryTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_inventory->entry(rows.first().row());
}

bool InventoryView::selectEndpoint(const EndpointKey &key)
{
    const int row = m_inventory ? m_inventory->rowOf(key) : -1;
    if (row < 0)
        return false;
    m_ui->inventoryTable->selectRow(row);
    return true;
}

bool InventoryView::copyDeleteCommand()
{
    const auto entry = selectedEntry();
    if (!entry || !m_workspace)
        return false;
    QGuiApplication::clipboard()->setText(KooCliCommand::remove(entry->key, m_workspace->activeProfile()->name()));
    showMessage(tr("Copied the delete as a KooCLI command; it holds no secret."));
    return true;
}

void InventoryView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_ui->inventoryTable->indexAt(position);
    if (!index.isValid())
        return;
    m_ui->inventoryTable->selectRow(index.row());
    QMenu menu(this);
    QAction *remove = menu.addAction(m_ui->deleteButton->text());
    remove->setEnabled(m_ui->deleteButton->isEnabled());
    connect(remove, &QAction::triggered, m_ui->deleteButton, &QPushButton::click);
    QAction *copy = menu.addAction(m_ui->copyKooCliButton->text());
    copy->setEnabled(m_ui->copyKooCliButton->isEnabled());
    connect(copy, &QAction::triggered, this, &InventoryView::copyDeleteCommand);
    menu.exec(m_ui->inventoryTable->viewport()->mapToGlobal(position));
}

QString InventoryView::statusText() const
{
    return m_ui->deleteStatus->text();
}

void InventoryView::updateButtons()
{
    const auto entry = selectedEntry();
    m_ui->deleteButton->setEnabled(!m_busy && entry.has_value() && entry->mayBeDeleted());
    m_ui->copyKooCliButton->setEnabled(entry.has_value() && entry->mayBeDeleted());
}

void InventoryView::showMessage(const QString &text)
{
    m_ui->deleteStatus->setText(text);
    m_ui->deleteStatus->setVisible(!text.isEmpty());
}

void InventoryView::showDeleteResult(const EndpointKey &key, const EndpointResult &result)
{
    QString text;
    if (result.succeeded() && result.wasAlreadyGone) {
        text = tr("VPC endpoint for subnet %1 was already gone; it is marked deleted.").arg(key.subnetId);
    } else if (result.succeeded()) {
        text = tr("Deleted the VPC endpoint of VPC %1, subnet %2.").arg(key.vpcId, key.subnetId);
    } else if (result.outcome == Outcome::CancelledBeforeSending) {
        text = tr("Cancelled before the delete was sent: nothing changed.");
    } else if (result.wasCancelled()) {
        text = tr("Cancelled. The delete may still have reached the cloud: the endpoint is marked \"may exist\".");
    } else {
        text = tr("The delete failed: %1 %2").arg(result.error.code, result.error.message);
        if (!result.error.hint.isEmpty())
            text += QLatin1Char(' ') + result.error.hint;
        if (!result.requestId.isEmpty())
            text += QLatin1Char(' ') + tr("Request ID: %1").arg(result.requestId);
    }
    showMessage(text);
    selectEndpoint(key);
}

void InventoryView::exportAll()
{
    if (!m_workspace)
        return;
    const QString csvFilter = tr("CSV (*.csv)");
    const QString jsonFilter = tr("JSON (*.json)");
    QString chosenFilter = csvFilter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export endpoints and history"),
                                                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                    + QLatin1String("/endpoints.csv"),
                                                csvFilter + QLatin1String(";;") + jsonFilter, &chosenFilter);
    if (path.isEmpty())
        return;
    const bool json = chosenFilter == jsonFilter || path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    QString error;
    const bool ok =
        m_workspace->exportRecord(path, json ? Workspace::ExportFormat::Json : Workspace::ExportFormat::Csv, &error);
    showMessage(ok ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path)) : error);
}

void InventoryView::adoptEndpoint()
{
    if (!m_workspace)
        return;
    AdoptEndpointDialog dialog(m_workspace->adoption(), m_placement ? m_placement() : EndpointKey(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(dialog.outcome());
    selectEndpoint(dialog.key());
}

void InventoryView::importRecord()
{
    if (!m_workspace)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import endpoints"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Exported record (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    showMessage(m_workspace->adoption()->importRecord(path));
}

} // namespace EndpointDesk
