#include "KooCliImportDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace EndpointDesk {

KooCliImportDialog::KooCliImportDialog(const KooCliImport::Report &report, QWidget *parent)
    : QDialog(parent)
    , m_headline(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("KooCLI profiles"));
    auto *layout = new QVBoxLayout(this);
    m_headline->setText(report.headline());
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_headline->setAccessibleName(tr("KooCLI import summary"));
    layout->addWidget(m_headline);

    m_table->setAccessibleName(tr("KooCLI profiles"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Profile"), tr("KooCLI mode"), tr("Result"), tr("Details")});
    m_table->setRowCount(int(report.rows.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    for (int row = 0; row < report.rows.size(); ++row) {
        const KooCliImport::Row &line = report.rows.at(row);
        const QStringList cells{line.name, line.mode, KooCliImport::Report::statusText(line.status), line.details};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(3, QHeaderView::Stretch);
    // Rows as tall as their wrapped details, at the width the details column ends up with.
    connect(header, &QHeaderView::sectionResized, m_table, &QTableView::resizeRowsToContents);
    m_table->resizeRowsToContents();
    m_table->setVisible(!report.rows.isEmpty());
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, report.rows.isEmpty() ? 160 : 420);
}

QString KooCliImportDialog::headline() const
{
    return m_headline->text();
}

} // namespace EndpointDesk
