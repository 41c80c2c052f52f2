#pragma once

#include "ResourceItem.h"

#include <QString>

namespace EndpointDesk {

// One page of a listing, parsed. When problem is set the body did not have the expected shape and
// items is empty.
struct ListingPage
{
    ResourceItems items;
    QString problem;

    bool ok() const { return problem.isEmpty(); }
};

} // namespace EndpointDesk
