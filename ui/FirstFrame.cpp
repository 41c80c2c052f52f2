#include "FirstFrame.h"

#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace EndpointDesk::FirstFrame {

namespace {

constexpr int LatestMs = 1000;

class Watcher : public QObject
{
public:
    Watcher(QWidget *window, QObject *context, std::function<void()> then)
        : QObject(window)
        , m_context(context)
        , m_then(std::move(then))
    {
        window->installEventFilter(this);
        QTimer::singleShot(LatestMs, this, &Watcher::run);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, &Watcher::run);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void run()
    {
        if (!m_then)
            return;
        const auto then = std::exchange(m_then, nullptr);
        if (m_context)
            then();
        deleteLater();
    }

    QPointer<QObject> m_context;
    std::function<void()> m_then;
};

} // namespace

void whenPainted(QWidget *window, QObject *context, std::function<void()> then)
{
    new Watcher(window, context, std::move(then));
}

} // namespace EndpointDesk::FirstFrame
