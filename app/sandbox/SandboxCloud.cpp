#include "SandboxCloud.h"

#include "SandboxDemo.h"

namespace EndpointDesk {

SandboxCloud::SandboxCloud(SandboxSeedOptions options)
    : m_inventory(options)
    , m_authenticator(m_tokens, m_clock)
    , m_functionGraph(m_inventory, m_clock)
    , m_vpc(m_inventory)
    , m_iam(m_inventory, m_tokens, m_clock)
{
}

SandboxResponse SandboxCloud::handle(const SandboxRequest &request)
{
    SandboxResponse response = route(request);
    if (request.path.startsWith(QLatin1String("/v3/")) && response.header("X-IAM-Trace-Id").isEmpty())
        response.setHeader("X-IAM-Trace-Id", SandboxResponse::newRequestId());
    response.stamp();
    return response;
}

SandboxResponse SandboxCloud::route(const SandboxRequest &request)
{
    // API Gateway refuses oversized bodies before anything else looks at the request.
    if (request.body.size() > maxBodySize)
        return SandboxResponse::error(413, QStringLiteral("APIGW.0201"), QStringLiteral("Request entity too large"));

    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() >= 4 && segments.at(0) == QLatin1String("v2") && segments.at(2) == QLatin1String("fgs"))
        return routeFunctionGraph(request, segments);
    if (segments.size() == 3 && segments.at(0) == QLatin1String("v1"))
        return routeVpc(request, segments);
    if (segments.size() == 3 && segments.at(0) == QLatin1String("v3") && segments.at(1) == QLatin1String("auth"))
        return routeIam(request, segments);
    return SandboxResponse::apiNotFound();
}

SandboxResponse SandboxCloud::routeIam(const SandboxRequest &request, const QStringList &segments)
{
    if (segments.at(2) == QLatin1String("tokens") && request.method == "POST")
        return m_iam.issueToken(request);
    if (segments.at(2) == QLatin1String("tokens") && request.method == "GET")
        return m_iam.validateToken(request);
    if (segments.at(2) != QLatin1String("projects") || request.method != "GET")
        return SandboxResponse::apiNotFound();
    const SandboxAuthenticator::Result auth = m_authenticator.authenticate(request);
    if (!auth.accepted)
        return auth.refusal;
    return m_iam.listProjects(auth.identity);
}

SandboxResponse SandboxCloud::routeVpc(const SandboxRequest &request, const QStringList &segments)
{
    const bool vpcs = segments.at(2) == QLatin1String("vpcs");
    if (request.method != "GET" || (!vpcs && segments.at(2) != QLatin1String("subnets")))
        return SandboxResponse::apiNotFound();
    const SandboxAuthenticator::Result auth = m_authenticator.authenticate(request);
    if (!auth.accepted)
        return auth.refusal;
    SandboxResponse refusal;
    const SandboxProject *project = admitProject(Service::Vpc, segments.at(1), auth.identity, &refusal);
    if (!project)
        return refusal;
    return vpcs ? m_vpc.listVpcs(*project, request) : m_vpc.listSubnets(*project, request);
}

SandboxResponse SandboxCloud::routeFunctionGraph(const SandboxRequest &request, const QStringList &segments)
{
    enum class Call { None, Create, Delete, Agencies };
    const QStringList rest = segments.mid(3);
    Call call = Call::None;
    if (rest.at(0) == QLatin1String("vpc-endpoint")) {
        if (request.method == "POST" && rest.size() == 1)
            call = Call::Create;
        else if (request.method == "DELETE" && rest.size() == 3)
            call = Call::Delete;
    } else if (rest.at(0) == QLatin1String("service-trusted-agencies") && rest.size() == 1 && request.method == "GET") {
        call = Call::Agencies;
    }
    if (call == Call::None)
        return SandboxResponse::apiNotFound();

    const SandboxAuthenticator::Result auth = m_authenticator.authenticate(request);
    if (!auth.accepted)
        return auth.refusal;
    SandboxResponse refusal;
    const SandboxProject *project = admitProject(Service::FunctionGraph, segments.at(1), auth.identity, &refusal);
    if (!project)
        return refusal;

    switch (call) {
    case Call::Create:
    case Call::Delete:
        if (!SandboxFunctionGraph::regionHasVpcEndpoints(project->regionId))
            return SandboxResponse::apiNotFound();
        if (call == Call::Create)
            return m_functionGraph.createVpcEndpoint(*project, request.body);
        return m_functionGraph.deleteVpcEndpoint(*project, rest.at(1), rest.at(2));
    case Call::Agencies:
        return m_functionGraph.listAgencies(request);
    case Call::None:
        break;
    }
    return SandboxResponse::apiNotFound();
}

const SandboxProject *SandboxCloud::admitProject(Service service, const QString &projectId,
                                                 const SandboxIdentity &identity, SandboxResponse *refusal) const
{
    // The not-found and forbidden codes of VPC and IAM are the sandbox's choice; the cloud documents none.
    if (identity.viaAccessKey && identity.projectId.isEmpty()) {
        *refusal = SandboxResponse::authenticationError(
            QStringLiteral("x-project-id not found, AK/SK calls to project APIs must send X-Project-Id"));
        return nullptr;
    }
    const SandboxProject *project = m_inventory.project(projectId);
    if (!project) {
        const QString message = QStringLiteral("Project %1 does not exist").arg(projectId);
        *refusal = service == Service::Vpc ? SandboxResponse::vpcError(404, QStringLiteral("VPC.0404"), message)
                                           : SandboxResponse::error(404, QStringLiteral("FSS.0404"), message);
        return nullptr;
    }
    if (identity.projectId != projectId) {
        const QString message =
            identity.projectId.isEmpty()
                ? QStringLiteral("The credentials are not scoped to a project; project %1 was requested").arg(projectId)
                : QStringLiteral("The credentials are scoped to project %1, not to project %2")
                      .arg(identity.projectId, projectId);
        *refusal = service == Service::Vpc ? SandboxResponse::vpcError(403, QStringLiteral("VPC.0403"), message)
                                           : SandboxResponse::error(403, QStringLiteral("FSS.0403"), message);
        return nullptr;
    }
    return project;
}

const SandboxInventory &SandboxCloud::inventory() const
{
    return m_inventory;
}

const QList<SandboxProject> &SandboxCloud::projects() const
{
    return m_inventory.projects();
}

const QList<SandboxVpc> &SandboxCloud::vpcs(const QString &projectId) const
{
    return m_inventory.vpcs(projectId);
}

const QList<SandboxSubnet> &SandboxCloud::subnets(const QString &projectId) const
{
    return m_inventory.subnets(projectId);
}

QList<SandboxSubnet> SandboxCloud::subnetsOfVpc(const QString &projectId, const QString &vpcId) const
{
    const QPair<int, int> range = m_inventory.subnetRange(projectId, vpcId);
    return m_inventory.subnets(projectId).mid(range.first, range.second);
}

const QList<SandboxAgency> &SandboxCloud::agencies() const
{
    return m_inventory.agencies();
}

const QList<SandboxEndpoint> &SandboxCloud::endpoints() const
{
    return m_inventory.endpoints();
}

QString SandboxCloud::firstVpcId() const
{
    const QList<SandboxVpc> &all = vpcs(SandboxDemo::projectId());
    return all.isEmpty() ? QString() : all.constFirst().id;
}

QString SandboxCloud::firstSubnetId() const
{
    const QList<SandboxSubnet> first = subnetsOfVpc(SandboxDemo::projectId(), firstVpcId());
    return first.isEmpty() ? QString() : first.constFirst().id;
}

bool SandboxCloud::renameVpc(const QString &projectId, const QString &vpcId, const QString &name)
{
    return m_inventory.renameVpc(projectId, vpcId, name);
}

QString SandboxCloud::issueToken(const QString &projectId, int lifetimeSeconds)
{
    SandboxToken token;
    token.userId = SandboxDemo::userId();
    token.userName = SandboxDemo::userName();
    token.domainId = SandboxDemo::domainId();
    token.domainName = SandboxDemo::accountName();
    token.projectId = projectId;
    token.methods = {QStringLiteral("password")};
    token.issuedAt = m_clock.now();
    token.expiresAt = token.issuedAt.addSecs(lifetimeSeconds);
    return m_tokens.issue(token).value;
}

void SandboxCloud::setTokenLifetime(int seconds)
{
    m_iam.setTokenLifetime(seconds);
}

void SandboxCloud::setClock(std::function<QDateTime()> now)
{
    m_clock.setSource(std::move(now));
}

QDateTime SandboxCloud::now() const
{
    return m_clock.now();
}

} // namespace EndpointDesk
