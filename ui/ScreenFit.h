#pragma once

#include <QByteArray>
#include <QRect>
#include <QSize>

class QWidget;

namespace EndpointDesk {

// Where a window opens: the size and place it had last time, or its own default size, but never
// larger than the available area of its screen (a high scale factor makes a small screen of a large
// one), and never partly outside it.
class ScreenFit
{
public:
    // Restores the saved geometry (if any) or resizes to preferred, then fits the window into the
    // available area of the screen it is on.
    static void place(QWidget *window, const QByteArray &savedGeometry, const QSize &preferred);
    // The largest part of frame (the window with its decorations) that fits in available, moved in.
    static QRect fitted(const QRect &frame, const QRect &available);
};

} // namespace EndpointDesk
