#pragma once

#include "ResourceItem.h"

#include <QString>

namespace EndpointDesk {

// What a person typed or pasted into the subnet field, read against the VPC's listed subnets. The
// create call takes the subnet's id; people often paste its IPv4 subnet ID (neutron_subnet_id, which
// the console shows too) or type its name. Either is recognised and replaced by the id, with a note.
class SubnetRecognition
{
public:
    enum class Match {
        None,      // nothing to change: empty, already a listed id, or not listed at all
        NeutronId, // the IPv4 subnet ID of a listed subnet
        Name,      // the name of exactly one listed subnet
        Ambiguous  // the name of several listed subnets: the person must pick one
    };
    struct Result
    {
        Match match = Match::None;
        QString subnetId; // the id to use instead (NeutronId, Name)
        QString note;     // for the person, beside the field; empty for None
    };

    // text is trimmed first. subnets: the listed items (other kinds are ignored).
    static Result recognise(const QString &text, const ResourceItems &subnets);
};

} // namespace EndpointDesk
