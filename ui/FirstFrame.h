#pragma once

#include <functional>

class QObject;
class QWidget;

namespace EndpointDesk::FirstFrame {

// Runs `then` once `window` has painted its first frame (on the event loop's next turn, when the frame
// has been flushed), or after a second if it never paints (hidden, minimised, a platform without
// exposes): the work the first frame does not need waits for it. Nothing runs once context is gone.
void whenPainted(QWidget *window, QObject *context, std::function<void()> then);

// How long after the first frame work that can wait longer (the window icon, the history file) waits, so that
// the person's first input comes before it.
constexpr int IdleDelayMs = 200;

} // namespace EndpointDesk::FirstFrame
