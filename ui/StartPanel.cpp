#include "StartPanel.h"

#include "ui_StartPanel.h"

namespace EndpointDesk {

StartPanel::StartPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StartPanel>())
{
    m_ui->setupUi(this);
    // A wrapped label in a centred column gets one line's height from the layout: give it all of them.
    const QMargins margins = m_ui->choices->contentsMargins();
    m_ui->introduction->setMinimumHeight(
        m_ui->introduction->heightForWidth(m_ui->column->maximumWidth() - margins.left() - margins.right()));
    connect(m_ui->sandboxButton, &QPushButton::clicked, this, &StartPanel::sandboxRequested);
    connect(m_ui->createProfileButton, &QPushButton::clicked, this, &StartPanel::createProfileRequested);
    connect(m_ui->importProfilesButton, &QPushButton::clicked, this, &StartPanel::importProfilesRequested);
}

StartPanel::~StartPanel() = default;

void StartPanel::focusFirstChoice()
{
    m_ui->sandboxButton->setFocus(Qt::OtherFocusReason);
}

} // namespace EndpointDesk
