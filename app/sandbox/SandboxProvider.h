#pragma once

#include "SandboxSeedOptions.h"

#include <QString>
#include <QUrl>
#include <QtPlugin>

#include <memory>

namespace EndpointDesk {

// A sandbox started for a session: what the session needs to make its ready profile. It stops when
// deleted. No type of the HTTP server shows here, so that the application can use the sandbox through
// the plugin (SandboxPlugin) without linking Qt HttpServer.
class RunningSandbox
{
public:
    virtual ~RunningSandbox() = default;

    virtual QUrl baseUrl() const = 0;
    // The demo region, project and token the sandbox accepts (SandboxDemo).
    virtual QString regionId() const = 0;
    virtual QString projectId() const = 0;
    virtual QString token() const = 0;
    virtual QString firstVpcId() const = 0;
    virtual QString firstSubnetId() const = 0;
};

// Starts sandboxes: the plugin the application loads, or SandboxServerProvider in-process.
class SandboxProvider
{
public:
    virtual ~SandboxProvider() = default;

    // A sandbox listening on 127.0.0.1, or nullptr when it could not listen.
    virtual std::unique_ptr<RunningSandbox> start(const SandboxSeedOptions &seed) = 0;
};

} // namespace EndpointDesk

#define ENDPOINTDESK_SANDBOX_PROVIDER_IID "io.github.endpointdesk.EndpointDesk.SandboxProvider/1"
Q_DECLARE_INTERFACE(EndpointDesk::SandboxProvider, ENDPOINTDESK_SANDBOX_PROVIDER_IID)
