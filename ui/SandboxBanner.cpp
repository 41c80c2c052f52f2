#include "SandboxBanner.h"

#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace EndpointDesk {

SandboxBanner::SandboxBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("sandboxBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, Theme::sandboxColor(colours));
    setPalette(colours);

    auto *label = new QLabel(this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setText(tr("<b>Sandbox:</b> nothing here reaches Huawei Cloud. The cloud is imitated on this "
                      "computer, and its profile and endpoints are gone when you leave."));
    label->setAccessibleName(QStringLiteral("Sandbox notice"));
    auto *leave = new QPushButton(tr("&Leave the sandbox"), this);
    leave->setAccessibleName(QStringLiteral("Leave the sandbox"));
    leave->setToolTip(tr("Return to your own profiles"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(label, 1);
    layout->addWidget(leave, 0, Qt::AlignVCenter);
    connect(leave, &QPushButton::clicked, this, &SandboxBanner::leaveRequested);
}

} // namespace EndpointDesk
