#include "MessageBar.h"

#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace EndpointDesk {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setAccessibleName(tr("Message"));
    m_close->setText(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    hide();
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    // The most serious notice decides the colour.
    if (isHidden() || kind > m_kind)
        m_kind = kind;
    // One line per problem: a notice already in sight is not added again.
    QString joined = text;
    if (!isHidden() && !m_label->text().isEmpty()) {
        const QString newline(QLatin1Char('\n'));
        const bool shown = QString(newline + m_label->text() + newline).contains(QString(newline + text + newline));
        joined = shown ? m_label->text() : m_label->text() + newline + text;
    }
    m_label->setText(joined);
    QColor colour = palette().color(QPalette::AlternateBase);
    if (m_kind != Kind::Information) {
        colour = m_kind == Kind::Error ? Theme::errorColor(palette()) : QColor(0xe6, 0xa2, 0x3c);
        colour.setAlpha(60);
    }
    setStyleSheet(
        QStringLiteral("EndpointDesk--MessageBar { background-color: %1; }").arg(colour.name(QColor::HexArgb)));
    show();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void MessageBar::dismiss()
{
    m_label->clear();
    hide();
}

void MessageBar::showNotice(const QString &text, ActiveProfile::Severity severity)
{
    switch (severity) {
    case ActiveProfile::Severity::Error:
        showMessage(text, Kind::Error);
        return;
    case ActiveProfile::Severity::Warning:
        showMessage(text, Kind::Warning);
        return;
    case ActiveProfile::Severity::Info:
        break;
    }
    showMessage(text, Kind::Information);
}

} // namespace EndpointDesk
