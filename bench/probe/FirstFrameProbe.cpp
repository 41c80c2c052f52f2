#include "FirstFrameProbe.h"

#include <QApplication>
#include <QEvent>
#include <QTabWidget>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace EndpointDesk::FirstFrameProbe {

namespace {

long long wallClockUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

bool isMainWindow(const QWidget *widget)
{
    return widget->isWindow() && widget->windowType() != Qt::Popup && widget->windowType() != Qt::ToolTip;
}

QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

class Probe : public QObject
{
public:
    explicit Probe(QString tab)
        : QObject(qApp)
        , m_tab(std::move(tab))
    {
        qApp->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // A top-level window (or the tab asked for, or any of its children) painting: the frame is flushed once the
        // paint event returns, so the mark is taken from the event loop right after it.
        if (event->type() == QEvent::Paint && !m_marked && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (m_waitingFor ? m_waitingFor == widget || m_waitingFor->isAncestorOf(widget) : isMainWindow(widget)) {
                m_marked = true;
                QTimer::singleShot(0, this, [this, widget] { painted(widget); });
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void painted(QWidget *widget)
    {
        const long long now = wallClockUs();
        if (!m_waitingFor) {
            std::printf("first-frame-us %lld\n", now);
            std::fflush(stdout);
            if (QWidget *page = tabPage(widget)) {
                m_waitingFor = page;
                m_marked = false;
                return;
            }
        } else {
            std::printf("tab-frame-us %lld\n", now);
        }
        std::fflush(stdout);
        qApp->removeEventFilter(this);
        QCoreApplication::exit(0);
    }

    // Switches to the tab asked for; the page that will paint, or nullptr when there is none.
    QWidget *tabPage(QWidget *window)
    {
        if (m_tab.isEmpty())
            return nullptr;
        for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (withoutMnemonic(tabs->tabText(i)) == m_tab) {
                    tabs->setCurrentIndex(i);
                    // Behind another page (a start panel) it will not paint: nothing to wait for.
                    return tabs->widget(i)->isVisible() ? tabs->widget(i) : nullptr;
                }
            }
        }
        return nullptr;
    }

    QString m_tab;
    QWidget *m_waitingFor = nullptr;
    bool m_marked = false;
};

} // namespace

void installFromEnvironment()
{
    if (qEnvironmentVariableIsEmpty("ENDPOINTDESK_FIRST_FRAME_PROBE"))
        return;
    new Probe(qEnvironmentVariable("ENDPOINTDESK_PROBE_TAB"));
}

} // namespace EndpointDesk::FirstFrameProbe
