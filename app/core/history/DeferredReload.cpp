#include "DeferredReload.h"

#include <utility>

namespace EndpointDesk {

DeferredReload::DeferredReload(std::function<void()> reload, QObject *parent)
    : QObject(parent)
    , m_reload(std::move(reload))
{
}

void DeferredReload::setPaused(bool paused)
{
    m_paused = paused;
    if (!m_paused && m_stale)
        changed();
}

void DeferredReload::changed()
{
    if (m_paused) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_reload();
}

} // namespace EndpointDesk
