#pragma once

#include "EndpointKey.h"
#include "EndpointNames.h"
#include "EndpointResult.h"
#include "EndpointSpec.h"

#include <QObject>

#include <functional>

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
    // Where the names of an endpoint's project, VPC and subnet come from (the listings), to be kept in
    // the record beside the ids; without one, records carry ids only.
    using NameLookup = std::function<EndpointNames(const EndpointKey &key)>;
    void setNameLookup(NameLookup lookup) { m_nameLookup = std::move(lookup); }

private:
    void onCreateStarted(const EndpointSpec &spec);
    void onDeleteStarted(const EndpointKey &key);
    void onFinished(const EndpointResult &result);
    EndpointNames namesOf(const EndpointKey &key) const;

    HistoryStore *m_store;
    QString m_profileName;
    NameLookup m_nameLookup;
    qint64 m_pendingId = -1; // the client runs one call at a time
};

} // namespace EndpointDesk
