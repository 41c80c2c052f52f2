#pragma once

#include "ListingPage.h"
#include "ResourceKind.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace EndpointDesk {

// Reads listing bodies. Never trusts their shape: anything unexpected is a problem to report, not a
// crash. Thread-safe (no state), so pages are parsed off the UI thread.
class ListingParser
{
public:
    static ListingPage parse(ResourceKind kind, const QByteArray &body);

    // One object each; nullopt when a required field (id, or name for agencies) is missing or not a string.
    static std::optional<ProjectInfo> project(const QJsonObject &object);
    static std::optional<VpcInfo> vpc(const QJsonObject &object);
    static std::optional<SubnetInfo> subnet(const QJsonObject &object);
    static std::optional<AgencyInfo> agency(const QJsonObject &object);
};

} // namespace EndpointDesk
