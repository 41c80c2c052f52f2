#pragma once

#include "EndpointKey.h"

#include <QDateTime>
#include <QMetaType>
#include <QStringList>

namespace EndpointDesk {

// One endpoint this program created (or tried to): the only record of it, since the cloud cannot
// list endpoints.
struct InventoryEntry
{
    // Unknown: a create or delete went out and no clear answer came back, so the endpoint may exist.
    enum class State { Active, Deleted, Unknown };

    EndpointKey key;
    QString flavor;
    QString agency;
    QStringList ips;
    QString address;
    QDateTime created; // UTC; invalid when the create's outcome is unknown
    QString profile;
    State state = State::Unknown;
    QDateTime deleted; // UTC; valid only when Deleted

    static QString stateName(State state);
    static State stateFromName(const QString &name);
};

} // namespace EndpointDesk

Q_DECLARE_METATYPE(EndpointDesk::InventoryEntry)
