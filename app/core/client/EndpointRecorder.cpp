#include "EndpointRecorder.h"

#include "EndpointClient.h"
#include "HistoryStore.h"

namespace EndpointDesk {

EndpointRecorder::EndpointRecorder(EndpointClient *client, HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    // Direct connections: the pending record must be on disk before the request leaves.
    connect(client, &EndpointClient::createStarted, this, &EndpointRecorder::onCreateStarted, Qt::DirectConnection);
    connect(client, &EndpointClient::deleteStarted, this, &EndpointRecorder::onDeleteStarted, Qt::DirectConnection);
    connect(client, &EndpointClient::createFinished, this,
            [this](const EndpointSpec &, const EndpointResult &result) { onFinished(result); });
    connect(client, &EndpointClient::deleteFinished, this,
            [this](const EndpointKey &, const EndpointResult &result) { onFinished(result); });
}

void EndpointRecorder::onCreateStarted(const EndpointSpec &spec)
{
    m_pendingId = m_store->recordCreateStarted(m_profileName, spec,
                                               namesOf({spec.region, spec.projectId, spec.vpcId, spec.subnetId}));
}

void EndpointRecorder::onDeleteStarted(const EndpointKey &key)
{
    m_pendingId = m_store->recordDeleteStarted(m_profileName, key, namesOf(key));
}

EndpointNames EndpointRecorder::namesOf(const EndpointKey &key) const
{
    return m_nameLookup ? m_nameLookup(key) : EndpointNames();
}

void EndpointRecorder::onFinished(const EndpointResult &result)
{
    if (m_pendingId < 0)
        return; // the start could not be recorded; the store has said so already
    m_store->recordFinished(m_pendingId, result);
    m_pendingId = -1;
}

} // namespace EndpointDesk
