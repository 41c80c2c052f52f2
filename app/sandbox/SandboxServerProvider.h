#pragma once

#include "SandboxProvider.h"
#include "SandboxServer.h"

#include <QPointer>

namespace EndpointDesk {

// Starts SandboxServers in this process. The plugin is one; tests use one directly to reach the server
// behind a session.
class SandboxServerProvider : public SandboxProvider
{
public:
    std::unique_ptr<RunningSandbox> start(const SandboxSeedOptions &seed) override;

    // The server of the last sandbox started, while it runs; nullptr otherwise.
    SandboxServer *lastServer() const { return m_last; }

private:
    QPointer<SandboxServer> m_last;
};

} // namespace EndpointDesk
