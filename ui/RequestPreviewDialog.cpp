#include "RequestPreviewDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace EndpointDesk {

RequestPreviewDialog::RequestPreviewDialog(const QString &curl, const QString &problem, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Request preview"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QPlainTextEdit(curl, this);
    text->setReadOnly(true);
    text->setAccessibleName(tr("Request preview"));
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setMinimumSize(640, 240);
    layout->addWidget(text);
    if (!problem.isEmpty())
        layout->addWidget(new QLabel(problem, this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace EndpointDesk
