#pragma once

#include "EndpointSpec.h"

namespace EndpointDesk::TestSupport {

// The benchmarks' creates: each in its own subnet, so that every one adds an endpoint to the inventory.
inline EndpointSpec benchSpec(int n)
{
    EndpointSpec spec;
    spec.region = QStringLiteral("cn-north-4");
    spec.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    spec.vpcId = QStringLiteral("11111111-2222-3333-4444-%1").arg(n / 100, 12, 10, QLatin1Char('0'));
    spec.subnetId = QStringLiteral("66666666-7777-8888-9999-%1").arg(n, 12, 10, QLatin1Char('0'));
    spec.flavor = QStringLiteral("default");
    spec.agency = QStringLiteral("fgs-agency");
    return spec;
}

} // namespace EndpointDesk::TestSupport
