#pragma once

#include <QObject>

#include <functional>

namespace EndpointDesk {

class HistoryStore;

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
    // Nothing was read yet: the next resume reads.
    void markStale() { m_stale = true; }

    // For a store that opens its file on first use: a change once it opens, stale until then (the table
    // reads when first shown). openQuietly() opens it for a read that follows at once, without a change.
    void followOpening(const HistoryStore *store);
    void openQuietly(const HistoryStore *store);

private:
    std::function<void()> m_reload;
    bool m_paused = false;
    bool m_stale = false;
    bool m_opening = false;
};

} // namespace EndpointDesk
