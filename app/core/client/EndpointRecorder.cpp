#include "EndpointRecorder.h"

#include "EndpointClient.h"
#include "HistoryStore.h"

#include <QLocale>

namespace EndpointDesk {

EndpointRecorder::EndpointRecorder(EndpointClient *client, HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    connect(client, &EndpointClient::createFinished, this,
            [this](const EndpointSpec &, const EndpointResult &result) { onFinished(result); });
    connect(client, &EndpointClient::deleteFinished, this,
            [this](const EndpointKey &, const EndpointResult &result) { onFinished(result); });
}

bool EndpointRecorder::create(const EndpointSpec &untrimmed)
{
    if (m_client->isBusy()) {
        m_refusal = tr("Another request is on its way: wait for its answer first.");
        return false;
    }
    const EndpointSpec spec = untrimmed.trimmed();
    const HistoryStore::Start start =
        m_store->startCreate(m_profileName, spec, namesOf({spec.region, spec.projectId, spec.vpcId, spec.subnetId}));
    if (!admitted(start, HistoryRecord::Operation::Create))
        return false;
    m_pendingId = start.id;
    return m_client->create(spec);
}

bool EndpointRecorder::remove(const EndpointKey &key)
{
    if (m_client->isBusy()) {
        m_refusal = tr("Another request is on its way: wait for its answer first.");
        return false;
    }
    const HistoryStore::Start start = m_store->startDelete(m_profileName, key, namesOf(key));
    if (!admitted(start, HistoryRecord::Operation::Delete))
        return false;
    m_pendingId = start.id;
    return m_client->remove(key);
}

bool EndpointRecorder::admitted(const HistoryStore::Start &start, HistoryRecord::Operation operation)
{
    m_refusal.clear();
    if (start.id >= 0)
        return true;
    if (const std::optional<Claim> &held = start.heldBy) {
        const QString since = QLocale().toString(held->since.toLocalTime(), QLocale::ShortFormat);
        const bool creating = held->operation == HistoryRecord::Operation::Create;
        m_refusal = (creating ? tr("This endpoint is being created by %1 (profile %2) since %3, so nothing was sent.")
                              : tr("This endpoint is being deleted by %1 (profile %2) since %3, so nothing was sent."))
                        .arg(held->operatorName, held->profile, since);
    } else if (m_store->isShared() && !m_store->isAvailable()) {
        m_refusal = HistoryStore::serverAway(m_store->server(), m_store->unavailableReason());
    } else {
        m_refusal = operation == HistoryRecord::Operation::Create
                        ? tr("The create could not be recorded in the history, so it was not sent.")
                        : tr("The delete could not be recorded in the history, so it was not sent.");
    }
    return false;
}

EndpointNames EndpointRecorder::namesOf(const EndpointKey &key) const
{
    return m_nameLookup ? m_nameLookup(key) : EndpointNames();
}

void EndpointRecorder::onFinished(const EndpointResult &result)
{
    if (m_pendingId < 0)
        return; // sent by someone else than this recorder
    m_store->recordFinished(m_pendingId, result);
    m_pendingId = -1;
}

} // namespace EndpointDesk
