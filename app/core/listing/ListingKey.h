#pragma once

#include "ResourceKind.h"

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

namespace EndpointDesk {

// Which listing: what is listed and in which scope. Also the key of the listing cache, so lists
// from another profile, region, project or VPC are never shown.
struct ListingKey
{
    QString profile;
    QString region;
    QString projectId; // empty for projects
    ResourceKind kind = ResourceKind::Vpc;
    QString vpcId; // subnets only; empty lists the subnets of every VPC in the project

    // Whether every part the kind needs is present (a region, and a project for project-scoped kinds).
    bool isComplete() const;
    // For logs and tests: "profile/region/project/kind/vpc".
    QString toString() const;

    friend bool operator==(const ListingKey &a, const ListingKey &b)
    {
        return a.kind == b.kind && a.profile == b.profile && a.region == b.region && a.projectId == b.projectId
               && a.vpcId == b.vpcId;
    }
    friend bool operator!=(const ListingKey &a, const ListingKey &b) { return !(a == b); }
};

inline size_t qHash(const ListingKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.profile, key.region, key.projectId, static_cast<int>(key.kind), key.vpcId);
}

} // namespace EndpointDesk

Q_DECLARE_METATYPE(EndpointDesk::ListingKey)
