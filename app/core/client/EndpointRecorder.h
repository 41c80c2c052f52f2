#pragma once

#include "EndpointKey.h"
#include "EndpointResult.h"
#include "EndpointSpec.h"

#include <QObject>

namespace EndpointDesk {

class EndpointClient;
class HistoryStore;

// Writes what an EndpointClient does into a HistoryStore: each request before it goes out, then
// its outcome. Knows nothing of widgets; the window only tells it which profile is in use.
class EndpointRecorder : public QObject
{
    Q_OBJECT

public:
    // The client and the store must outlive the recorder.
    EndpointRecorder(EndpointClient *client, HistoryStore *store, QObject *parent = nullptr);

    // The profile named in the records from now on.
    void setProfileName(const QString &name) { m_profileName = name; }
    QString profileName() const { return m_profileName; }

private:
    void onCreateStarted(const EndpointSpec &spec);
    void onDeleteStarted(const EndpointKey &key);
    void onFinished(const EndpointResult &result);

    HistoryStore *m_store;
    QString m_profileName;
    qint64 m_pendingId = -1; // the client runs one call at a time
};

} // namespace EndpointDesk
