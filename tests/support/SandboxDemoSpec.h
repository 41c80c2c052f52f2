#pragma once

#include "EndpointSpec.h"
#include "SandboxDemo.h"
#include "SandboxServer.h"

// An endpoint the sandbox accepts: the demo project with the server's first VPC and subnet.
inline EndpointDesk::EndpointSpec sandboxDemoSpec(EndpointDesk::SandboxServer &server)
{
    EndpointDesk::EndpointSpec spec;
    spec.region = EndpointDesk::SandboxDemo::regionId();
    spec.projectId = EndpointDesk::SandboxDemo::projectId();
    spec.vpcId = server.cloud().firstVpcId();
    spec.subnetId = server.cloud().firstSubnetId();
    return spec;
}
