#pragma once

#include <QString>

namespace EndpointDesk {

// What a picker lists.
enum class ResourceKind { Project, Vpc, Subnet, Agency };

namespace ResourceKinds {

// "projects", "VPCs", "subnets", "agencies": for status lines such as "Loading… 4,000 VPCs".
QString pluralName(ResourceKind kind);
// Whether a listing of this kind lives inside one project (all but projects).
bool isProjectScoped(ResourceKind kind);

} // namespace ResourceKinds
} // namespace EndpointDesk
