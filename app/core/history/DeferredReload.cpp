#include "DeferredReload.h"

#include "HistoryStore.h"

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

void DeferredReload::followOpening(const HistoryStore *store)
{
    connect(store, &HistoryStore::opened, this, [this] {
        if (!m_opening)
            changed();
    });
    if (!store->openAttempted())
        markStale();
}

void DeferredReload::openQuietly(const HistoryStore *store)
{
    m_opening = true;
    store->openNow();
    m_opening = false;
}

} // namespace EndpointDesk
