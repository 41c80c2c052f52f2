#include "EndpointClient.h"

#include "CloudConnection.h"
#include "PendingReply.h"
#include "ResponseParser.h"

namespace EndpointDesk {

EndpointClient::EndpointClient(CloudConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

bool EndpointClient::create(const EndpointSpec &untrimmed)
{
    if (isBusy())
        return false;
    const EndpointSpec spec = untrimmed.trimmed();
    Q_EMIT createStarted(spec);
    PendingReply *reply = m_connection->send(m_connection->builder().createEndpoint(spec));
    connect(reply, &PendingReply::finished, this, [this, spec](const ApiResponse &response) {
        m_pending.clear();
        Q_EMIT busyChanged(false);
        Q_EMIT createFinished(spec, ResponseParser::parseCreate(response));
    });
    track(reply);
    return true;
}

bool EndpointClient::remove(const EndpointKey &key)
{
    if (isBusy())
        return false;
    Q_EMIT deleteStarted(key);
    PendingReply *reply =
        m_connection->send(m_connection->builder().deleteEndpoint(key.projectId, key.vpcId, key.subnetId));
    connect(reply, &PendingReply::finished, this, [this, key](const ApiResponse &response) {
        m_pending.clear();
        Q_EMIT busyChanged(false);
        Q_EMIT deleteFinished(key, ResponseParser::parseDelete(response));
    });
    track(reply);
    return true;
}

void EndpointClient::cancel()
{
    if (m_pending)
        m_pending->cancel();
}

void EndpointClient::track(PendingReply *reply)
{
    m_pending = reply;
    Q_EMIT busyChanged(true);
}

} // namespace EndpointDesk
