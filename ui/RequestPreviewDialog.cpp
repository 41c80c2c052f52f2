#include "RequestPreviewDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace EndpointDesk {

RequestPreviewDialog::RequestPreviewDialog(const RequestPreview &preview, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(static_cast<int>(preview.rows.size()), 3, this))
{
    setWindowTitle(tr("Request preview"));
    auto *layout = new QVBoxLayout(this);
    m_table->setAccessibleName(QStringLiteral("Request preview"));
    m_table->setHorizontalHeaderLabels({tr("Part"), tr("Name"), tr("Value")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false); // one line a row; a long value is whole in its tooltip
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < preview.rows.size(); ++row) {
        const RequestPreview::Row &line = preview.rows.at(row);
        int column = 0;
        for (const QString &text : {line.part, line.name, line.value}) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_table->setItem(row, column++, item);
        }
    }
    m_table->setMinimumSize(760, 320);
    layout->addWidget(m_table);
    if (!preview.problem.isEmpty()) {
        auto *problem = new QLabel(preview.problem, this);
        problem->setWordWrap(true);
        layout->addWidget(problem);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy as c&URL"), QDialogButtonBox::ActionRole);
    const QString curl = preview.curl;
    connect(copy, &QPushButton::clicked, this, [curl] { QGuiApplication::clipboard()->setText(curl); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace EndpointDesk
