#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace EndpointDesk {

namespace {

QString plainText(QString text)
{
    // "&Create endpoint", "创建(&C)", "Preview request…" → what a person reads in the list.
    static const QRegularExpression mnemonic(QStringLiteral("\\(&[^&]\\)|&(?=[^&])"));
    text.remove(mnemonic);
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

} // namespace

QList<QPair<QString, QString>> ShortcutsDialog::shortcutsOf(const QWidget *window)
{
    QList<QPair<QString, QString>> rows;
    const auto actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        const QPair<QString, QString> row(plainText(action->text()),
                                          action->shortcut().toString(QKeySequence::NativeText));
        // Each picker carries its own Refresh; the list names it once.
        if (!rows.contains(row))
            rows.append(row);
    }
    return rows;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    const auto rows = shortcutsOf(window);
    auto *table = new QTableWidget(int(rows.size()), 2, this);
    table->setAccessibleName(QStringLiteral("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(480, 420);
}

} // namespace EndpointDesk
