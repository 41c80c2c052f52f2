#include "AdaptiveColumns.h"

#include <QBoxLayout>
#include <QEvent>
#include <QScrollArea>
#include <QTimer>

namespace EndpointDesk {

AdaptiveColumns::AdaptiveColumns(QScrollArea *scroll, QBoxLayout *layout, int sideBySideWidth)
    : QObject(scroll)
    , m_scroll(scroll)
    , m_layout(layout)
    , m_sideBySideWidth(sideBySideWidth)
{
    scroll->widget()->installEventFilter(this);
    update(scroll->widget()->width());
}

void AdaptiveColumns::reveal(QWidget *child)
{
    // The layout requests are posted: scroll once they have run.
    QTimer::singleShot(0, this, [this, child] {
        m_scroll->widget()->layout()->activate();
        m_scroll->ensureWidgetVisible(child, 0, 0);
    });
}

bool AdaptiveColumns::isSideBySide() const
{
    return m_layout->direction() == QBoxLayout::LeftToRight;
}

bool AdaptiveColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        update(static_cast<QWidget *>(watched)->width());
    return QObject::eventFilter(watched, event);
}

void AdaptiveColumns::update(int width)
{
    const auto direction = width >= m_sideBySideWidth ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_layout->direction() != direction)
        m_layout->setDirection(direction);
}

} // namespace EndpointDesk
