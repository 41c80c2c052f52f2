#pragma once

#include "SandboxAuthenticator.h"
#include "SandboxClock.h"
#include "SandboxFunctionGraph.h"
#include "SandboxIam.h"
#include "SandboxInventory.h"
#include "SandboxResponse.h"
#include "SandboxTokenStore.h"
#include "SandboxVpcService.h"

#include <functional>

namespace EndpointDesk {

// The emulated cloud: its state and its rules, no sockets. Every request goes through handle(), which routes
// by path the way the app's single override base URL needs: /v3/auth/... (IAM), /v1/{project}/...
// (VPC), /v2/{project}/fgs/... (FunctionGraph).
class SandboxCloud
{
public:
    static constexpr qsizetype maxBodySize = 1024 * 1024;

    explicit SandboxCloud(SandboxSeedOptions options = {});
    Q_DISABLE_COPY_MOVE(SandboxCloud)

    SandboxResponse handle(const SandboxRequest &request);

    const SandboxInventory &inventory() const;
    const QList<SandboxProject> &projects() const;
    const QList<SandboxVpc> &vpcs(const QString &projectId) const;
    const QList<SandboxSubnet> &subnets(const QString &projectId) const;
    QList<SandboxSubnet> subnetsOfVpc(const QString &projectId, const QString &vpcId) const;
    const QList<SandboxAgency> &agencies() const;
    const QList<SandboxEndpoint> &endpoints() const;
    // Defaults for the app's form in --sandbox mode: the demo project's first VPC and its first subnet.
    QString firstVpcId() const;
    QString firstSubnetId() const;
    // Gives a VPC another name, which may be another VPC's too, as the cloud allows; false for an unknown VPC.
    bool renameVpc(const QString &projectId, const QString &vpcId, const QString &name);

    // Issues a token for the demo user scoped to projectId, as a password sign-in would; tests use it to reach
    // projects other than the demo one, or to get a token that expires soon.
    QString issueToken(const QString &projectId, int lifetimeSeconds = 24 * 3600);

    // Lifetime of tokens from POST /v3/auth/tokens (24 h by default); a request may ask for less with the
    // header X-Sandbox-Token-Lifetime: SECONDS.
    void setTokenLifetime(int seconds);

    void setClock(std::function<QDateTime()> now);
    QDateTime now() const;

private:
    enum class Service { FunctionGraph, Vpc, Iam };

    SandboxResponse route(const SandboxRequest &request);
    SandboxResponse routeFunctionGraph(const SandboxRequest &request, const QStringList &segments);
    SandboxResponse routeIam(const SandboxRequest &request, const QStringList &segments);
    SandboxResponse routeVpc(const SandboxRequest &request, const QStringList &segments);
    // The checks every project-scoped call makes after authentication: the project exists and the
    // credentials are good for it. Returns the project, or nullptr with *refusal set.
    const SandboxProject *admitProject(Service service, const QString &projectId, const SandboxIdentity &identity,
                                       SandboxResponse *refusal) const;

    SandboxClock m_clock;
    SandboxInventory m_inventory;
    SandboxTokenStore m_tokens;
    SandboxAuthenticator m_authenticator;
    SandboxFunctionGraph m_functionGraph;
    SandboxVpcService m_vpc;
    SandboxIam m_iam;
};

} // namespace EndpointDesk
