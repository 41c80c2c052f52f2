#pragma once

#include "EndpointKey.h"
#include "EndpointNames.h"
#include "EndpointResult.h"
#include "EndpointSpec.h"
#include "HistoryStore.h"

#include <QObject>

#include <functional>

namespace EndpointDesk {

class EndpointClient;

// Sends creates and deletes through an EndpointClient only once the HistoryStore has them: each
// request's place is claimed and the request recorded before it goes out, then its outcome is written.
// The record is the only list of endpoints there is, so a request it cannot hold is not sent. Knows
// nothing of widgets; the window only tells it which profile is in use.
class EndpointRecorder : public QObject
{
    Q_OBJECT

public:
    // The client and the store must outlive the recorder.
    EndpointRecorder(EndpointClient *client, HistoryStore *store, QObject *parent = nullptr);

    // Records the request, then sends it; false when nothing was sent, and refusal() says why (the place
    // is held by someone else's request, the record cannot be written, or a request is on its way).
    bool create(const EndpointSpec &spec);
    bool remove(const EndpointKey &key);
    QString refusal() const { return m_refusal; }

    // The profile named in the records from now on.
    void setProfileName(const QString &name) { m_profileName = name; }
    QString profileName() const { return m_profileName; }
    // Where the names of an endpoint's project, VPC and subnet come from (the listings), to be kept in
    // the record beside the ids; without one, records carry ids only.
    using NameLookup = std::function<EndpointNames(const EndpointKey &key)>;
    void setNameLookup(NameLookup lookup) { m_nameLookup = std::move(lookup); }

private:
    bool admitted(const HistoryStore::Start &start, HistoryRecord::Operation operation);
    void onFinished(const EndpointResult &result);
    EndpointNames namesOf(const EndpointKey &key) const;

    EndpointClient *m_client;
    HistoryStore *m_store;
    QString m_refusal;
    QString m_profileName;
    NameLookup m_nameLookup;
    qint64 m_pendingId = -1; // the client runs one call at a time
};

} // namespace EndpointDesk
