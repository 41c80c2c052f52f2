#pragma once

#include "EndpointKey.h"
#include "EndpointNames.h"

#include <QDateTime>
#include <QMetaType>
#include <QStringList>

namespace EndpointDesk {

// One endpoint this program created (or tried to, or was told of): the only record of it, since the
// cloud cannot list endpoints.
struct InventoryEntry
{
    // Unknown: a create or delete went out and no clear answer came back, so the endpoint may exist.
    // Exists: a create was refused because the cloud already has an endpoint there, which this program
    // has no record of creating; its IPs, domain name, flavor and agency are not known.
    // Adopted: made elsewhere (the console, KooCLI, Terraform) and added to the record by a person, so
    // that it can be seen and deleted here; like Exists, nothing is known of it beyond its place.
    enum class State { Active, Deleted, Unknown, Exists, Adopted };

    EndpointKey key;
    EndpointNames names; // of the project, VPC and subnet, when the listings knew them
    QString flavor;
    QString agency;
    QStringList ips;
    QString address;
    QDateTime created; // UTC; invalid when the create's outcome is unknown, or it was not made here
    QString profile;
    State state = State::Unknown;
    QDateTime deleted; // UTC; valid only when Deleted
    QString createdBy; // the operator (user@host) who created, adopted or was first told of it
    QString deletedBy; // the operator who deleted it

    // Deleting is offered for what may still exist; a deleted endpoint has nothing left to delete.
    bool mayBeDeleted() const { return state != State::Deleted; }

    static QString stateName(State state);
    static State stateFromName(const QString &name);
};

} // namespace EndpointDesk

Q_DECLARE_METATYPE(EndpointDesk::InventoryEntry)
