#pragma once

#include "EndpointKey.h"
#include "EndpointResult.h"
#include "EndpointSpec.h"

#include <QObject>
#include <QPointer>

namespace EndpointDesk {

class CloudConnection;
class PendingReply;

// Creates and deletes VPC endpoints, one call at a time. Never resends a create by itself:
// once a request may have reached the cloud, trying again is the user's decision.
class EndpointClient : public QObject
{
    Q_OBJECT

public:
    explicit EndpointClient(CloudConnection *connection, QObject *parent = nullptr);

    // Both return false, doing nothing, while another call runs.
    bool create(const EndpointSpec &spec);
    bool remove(const EndpointKey &key);
    void cancel();
    bool isBusy() const { return !m_pending.isNull(); }

Q_SIGNALS:
    void busyChanged(bool busy);
    // Emitted just before the request goes out, so that a record exists even if the program dies
    // while waiting for the answer.
    void createStarted(const EndpointDesk::EndpointSpec &spec);
    void deleteStarted(const EndpointDesk::EndpointKey &key);
    void createFinished(const EndpointDesk::EndpointSpec &spec, const EndpointDesk::EndpointResult &result);
    void deleteFinished(const EndpointDesk::EndpointKey &key, const EndpointDesk::EndpointResult &result);

private:
    void track(PendingReply *reply);

    CloudConnection *m_connection;
    QPointer<PendingReply> m_pending;
};

} // namespace EndpointDesk
