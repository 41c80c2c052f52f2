#pragma once

namespace EndpointDesk {

// How much data the sandbox seeds. The demo project gets vpcCount VPCs with subnetsPerVpc subnets each;
// the other projects get at most two of each, enough to try every region.
struct SandboxSeedOptions
{
    static constexpr int maxSubnetsPerVpc = 16; // each VPC is a /20 split into /24 subnets

    int vpcCount = 3;
    int subnetsPerVpc = 2;
};

} // namespace EndpointDesk
