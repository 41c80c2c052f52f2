#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

namespace EndpointDesk::TestSupport {

// Watches the event loop with a 5 ms timer; the longest gap between ticks is the worst stall.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_maxGapNs = std::max(m_maxGapNs, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_maxGapNs = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    // How long since the last tick: the stall under way, if any.
    double currentGapMs() const { return (m_clock.nsecsElapsed() - m_last) / 1e6; }
    double stop()
    {
        m_timer.stop();
        return m_maxGapNs / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGapNs = 0;
};

} // namespace EndpointDesk::TestSupport
