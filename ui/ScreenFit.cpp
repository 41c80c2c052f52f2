#include "ScreenFit.h"

#include <QScreen>
#include <QStyle>
#include <QWidget>

namespace EndpointDesk {

QRect ScreenFit::fitted(const QRect &frame, const QRect &available)
{
    QRect result(frame.topLeft(), frame.size().boundedTo(available.size()));
    // Moved in from the right and bottom first, so that the title bar stays reachable at the top left.
    if (result.right() > available.right())
        result.moveRight(available.right());
    if (result.bottom() > available.bottom())
        result.moveBottom(available.bottom());
    if (result.left() < available.left())
        result.moveLeft(available.left());
    if (result.top() < available.top())
        result.moveTop(available.top());
    return result;
}

void ScreenFit::place(QWidget *window, const QByteArray &savedGeometry, const QSize &preferred)
{
    const bool restored = !savedGeometry.isEmpty() && window->restoreGeometry(savedGeometry);
    QScreen *screen = window->screen();
    if (!screen) {
        if (!restored)
            window->resize(preferred);
        return;
    }
    const QRect available = screen->availableGeometry();
    // Before the window is shown its frame is unknown: leave room for a title bar and borders.
    QSize frameExtra = window->frameGeometry().size() - window->size();
    if (frameExtra.isNull())
        frameExtra = QSize(16, window->style()->pixelMetric(QStyle::PM_TitleBarHeight) + 16);
    if (!restored) {
        // The desktop chooses the place of a new window; only its size is ours.
        window->resize(preferred.boundedTo(available.size() - frameExtra));
        return;
    }
    const QRect fit = fitted(QRect(window->pos(), window->size() + frameExtra), available);
    window->resize(fit.size() - frameExtra);
    window->move(fit.topLeft());
}

} // namespace EndpointDesk
