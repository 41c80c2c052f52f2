#include "SandboxServerProvider.h"

#include "SandboxDemo.h"
#include "SandboxServer.h"

namespace EndpointDesk {

namespace {

class ServedSandbox : public RunningSandbox
{
public:
    explicit ServedSandbox(std::unique_ptr<SandboxServer> server)
        : m_server(std::move(server))
    {
    }

    QUrl baseUrl() const override { return m_server->baseUrl(); }
    QString regionId() const override { return SandboxDemo::regionId(); }
    QString projectId() const override { return SandboxDemo::projectId(); }
    QString token() const override { return SandboxDemo::token(); }
    QString firstVpcId() const override { return m_server->cloud().firstVpcId(); }
    QString firstSubnetId() const override { return m_server->cloud().firstSubnetId(); }

private:
    std::unique_ptr<SandboxServer> m_server;
};

} // namespace

std::unique_ptr<RunningSandbox> SandboxServerProvider::start(const SandboxSeedOptions &seed)
{
    auto server = std::make_unique<SandboxServer>(seed);
    if (!server->start())
        return nullptr;
    m_last = server.get();
    return std::make_unique<ServedSandbox>(std::move(server));
}

} // namespace EndpointDesk
