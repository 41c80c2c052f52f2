#include "CreateFromFileDialog.h"

#include "BatchCreate.h"
#include "BatchModel.h"
#include "Workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace EndpointDesk {

CreateFromFileDialog::CreateFromFileDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_batch(new BatchCreate(workspace, this))
{
    setWindowTitle(tr("Create from file"));
    setObjectName(QStringLiteral("createFromFileDialog"));

    auto *fileLabel = new QLabel(tr("&File:"), this);
    m_path = new QLineEdit(this);
    m_path->setAccessibleName(QStringLiteral("File"));
    m_path->setPlaceholderText(tr("A CSV file: region (optional), project, vpc, subnet, flavor, agency"));
    m_path->setClearButtonEnabled(true);
    fileLabel->setBuddy(m_path);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setAccessibleName(QStringLiteral("Browse"));
    m_load = new QPushButton(tr("&Load"), this);
    m_load->setAccessibleName(QStringLiteral("Load"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    fileRow->addWidget(m_load);

    m_status = new QLabel(this);
    m_status->setAccessibleName(QStringLiteral("Status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *rowsLabel = new QLabel(tr("&Rows:"), this);
    m_table = new QTableView(this);
    m_table->setAccessibleName(QStringLiteral("Rows"));
    m_table->setModel(m_batch->model());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    rowsLabel->setBuddy(m_table);

    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(QStringLiteral("Progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));

    m_createAll = new QPushButton(tr("Create &all"), this);
    m_createAll->setAccessibleName(QStringLiteral("Create all"));
    m_cancel = new QPushButton(tr("Ca&ncel"), this);
    m_cancel->setAccessibleName(QStringLiteral("Cancel"));
    m_export = new QPushButton(tr("&Export results…"), this);
    m_export->setAccessibleName(QStringLiteral("Export results"));
    m_close = new QPushButton(tr("&Close"), this);
    m_close->setAccessibleName(QStringLiteral("Close"));
    for (QPushButton *button : {m_browse, m_load, m_createAll, m_cancel, m_export, m_close})
        button->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_createAll);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_status);
    layout->addWidget(rowsLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    resize(1180, 600);

    connect(m_browse, &QPushButton::clicked, this, &CreateFromFileDialog::browse);
    connect(m_load, &QPushButton::clicked, this, [this] { loadFile(m_path->text().trimmed()); });
    connect(m_path, &QLineEdit::returnPressed, this, [this] { loadFile(m_path->text().trimmed()); });
    connect(m_path, &QLineEdit::textChanged, this, &CreateFromFileDialog::updateButtons);
    connect(m_createAll, &QPushButton::clicked, this, [this] {
        if (const QString refusal = m_batch->createAll(); !refusal.isEmpty())
            showStatus(refusal);
        updateButtons();
    });
    connect(m_cancel, &QPushButton::clicked, m_batch, &BatchCreate::cancel);
    connect(m_export, &QPushButton::clicked, this, &CreateFromFileDialog::exportResults);
    connect(m_close, &QPushButton::clicked, this, &CreateFromFileDialog::reject);
    connect(m_batch, &BatchCreate::checked, this, &CreateFromFileDialog::onChecked);
    connect(m_batch, &BatchCreate::progress, this, &CreateFromFileDialog::onProgress);
    connect(m_batch, &BatchCreate::finished, this, &CreateFromFileDialog::onFinished);
    showStatus(tr("Choose a CSV file, or paste rows from a spreadsheet into a file, then load it."));
    updateButtons();
}

void CreateFromFileDialog::loadFile(const QString &path)
{
    if (path.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(path));
    const QString problem = m_batch->load(QDir::fromNativeSeparators(path));
    showStatus(problem.isEmpty() ? tr("Checking the rows…") : problem);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    updateButtons();
}

void CreateFromFileDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Create from file"), QDir::homePath(),
                                                      tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void CreateFromFileDialog::exportResults()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export results"), QDir::home().filePath(QStringLiteral("endpoint-desk-results.csv")),
        tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    showStatus(m_batch->exportResults(path, &error)
                   ? tr("The results were written to %1.").arg(QDir::toNativeSeparators(path))
                   : error);
}

void CreateFromFileDialog::fitColumns()
{
    // Names with their ids are long: each column shows the start (the name), the tooltip all of it, and
    // the status keeps the room that is left.
    m_table->resizeColumnsToContents();
    const int widest = m_table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24;
    for (int column = 0; column < BatchModel::StatusColumn; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
}

void CreateFromFileDialog::onChecked()
{
    fitColumns();
    QStringList lines = m_batch->notes();
    lines.prepend(m_batch->summary());
    showStatus(lines.join(QLatin1Char('\n')));
    updateButtons();
}

void CreateFromFileDialog::onProgress(int done, int total)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    updateButtons();
}

void CreateFromFileDialog::onFinished(bool cancelled)
{
    const QString summary = m_batch->summary();
    showStatus(cancelled ? tr("Cancelled: %1").arg(summary) : tr("Done: %1").arg(summary));
    updateButtons();
}

void CreateFromFileDialog::reject()
{
    // Rows on their way: stop before the next one, and stay to show what became of the last.
    if (m_batch->isRunning()) {
        m_batch->cancel();
        showStatus(tr("Cancelling: the row on its way finishes first."));
        return;
    }
    QDialog::reject();
}

void CreateFromFileDialog::showStatus(const QString &text)
{
    m_status->setText(text);
}

void CreateFromFileDialog::updateButtons()
{
    const bool running = m_batch->isRunning();
    m_createAll->setEnabled(!running && !m_batch->isChecking() && m_batch->model()->count(BatchRow::State::Ready) > 0);
    m_cancel->setEnabled(running);
    m_load->setEnabled(!running && !m_path->text().trimmed().isEmpty());
    m_browse->setEnabled(!running);
    m_export->setEnabled(!running && m_batch->model()->rowCount() > 0);
}

} // namespace EndpointDesk
