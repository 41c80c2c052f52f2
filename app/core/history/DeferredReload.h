#pragma once

#include <QObject>

#include <functional>

namespace EndpointDesk {

// Runs a reload when its source changes, but only while someone is looking: a change while
// paused is remembered, and resuming reloads once. A table nobody sees then costs the UI thread
// nothing when the store it shows is written.
class DeferredReload : public QObject
{
    Q_OBJECT

public:
    explicit DeferredReload(std::function<void()> reload, QObject *parent = nullptr);

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // A change arrived while paused and has not been reloaded yet.
    bool isStale() const { return m_stale; }

    // The source changed.
    void changed();

private:
    std::function<void()> m_reload;
    bool m_paused = false;
    bool m_stale = false;
};

} // namespace EndpointDesk
