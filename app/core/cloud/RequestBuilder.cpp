#include "RequestBuilder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace EndpointDesk {

namespace {

QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

RequestBuilder::RequestBuilder(ServiceEndpoints endpoints)
    : m_endpoints(std::move(endpoints))
{
}

QByteArray RequestBuilder::createBody(const EndpointSpec &untrimmed)
{
    const EndpointSpec spec = untrimmed.trimmed();
    QJsonObject body;
    body.insert(QLatin1String("vpc_id"), spec.vpcId);
    body.insert(QLatin1String("subnet_id"), spec.subnetId);
    if (!spec.flavor.isEmpty())
        body.insert(QLatin1String("flavor"), spec.flavor);
    if (!spec.agency.isEmpty())
        body.insert(QLatin1String("xrole"), spec.agency);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

ApiRequest RequestBuilder::projectRequest(const QByteArray &method, ServiceEndpoints::Service service,
                                          const QString &projectId, const QString &pathAfterProject) const
{
    ApiRequest request;
    request.method = method;
    // Already percent-encoded segments: keep QUrl from decoding or re-encoding them.
    QUrl url = m_endpoints.baseUrl(service);
    const QString version = service == ServiceEndpoints::Service::Vpc ? QStringLiteral("/v1/") : QStringLiteral("/v2/");
    url.setPath(url.path(QUrl::FullyEncoded) + version + segment(projectId) + pathAfterProject, QUrl::TolerantMode);
    request.url = url;
    request.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    // Signed with AK/SK, and harmless with a token.
    request.setHeader(QByteArrayLiteral("X-Project-Id"), projectId.toUtf8());
    return request;
}

ApiRequest RequestBuilder::createEndpoint(const EndpointSpec &untrimmed) const
{
    const EndpointSpec spec = untrimmed.trimmed();
    ApiRequest request = projectRequest(QByteArrayLiteral("POST"), ServiceEndpoints::Service::FunctionGraph,
                                        spec.projectId, QStringLiteral("/fgs/vpc-endpoint"));
    request.body = createBody(spec);
    return request;
}

ApiRequest RequestBuilder::deleteEndpoint(const QString &projectId, const QString &vpcId, const QString &subnetId) const
{
    return projectRequest(QByteArrayLiteral("DELETE"), ServiceEndpoints::Service::FunctionGraph, projectId.trimmed(),
                          QStringLiteral("/fgs/vpc-endpoint/") + segment(vpcId.trimmed()) + QLatin1Char('/')
                              + segment(subnetId.trimmed()));
}

ApiRequest RequestBuilder::listRequest(ServiceEndpoints::Service service, const QString &projectId, const QString &path,
                                       const QList<QPair<QString, QString>> &query) const
{
    ApiRequest request = projectRequest(QByteArrayLiteral("GET"), service, projectId, path);
    // GET carries no body: no Content-Type to sign or send.
    request.headers.removeIf(
        [](const auto &header) { return header.first.compare("Content-Type", Qt::CaseInsensitive) == 0; });
    QUrlQuery urlQuery;
    for (const auto &[key, value] : query)
        urlQuery.addQueryItem(segment(key), segment(value));
    request.url.setQuery(urlQuery.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return request;
}

ApiRequest RequestBuilder::listProjects() const
{
    ApiRequest request;
    request.method = QByteArrayLiteral("GET");
    QUrl url = m_endpoints.baseUrl(ServiceEndpoints::Service::Iam);
    url.setPath(url.path(QUrl::FullyEncoded) + QStringLiteral("/v3/auth/projects"), QUrl::TolerantMode);
    request.url = url;
    return request;
}

ApiRequest RequestBuilder::listVpcs(const QString &projectId, int limit, const QString &marker) const
{
    QList<QPair<QString, QString>> query{{QStringLiteral("limit"), QString::number(limit)}};
    if (!marker.isEmpty())
        query.append({QStringLiteral("marker"), marker});
    return listRequest(ServiceEndpoints::Service::Vpc, projectId.trimmed(), QStringLiteral("/vpcs"), query);
}

ApiRequest RequestBuilder::listSubnets(const QString &projectId, const QString &vpcId, int limit,
                                       const QString &marker) const
{
    QList<QPair<QString, QString>> query;
    if (!vpcId.trimmed().isEmpty())
        query.append({QStringLiteral("vpc_id"), vpcId.trimmed()});
    query.append({QStringLiteral("limit"), QString::number(limit)});
    if (!marker.isEmpty())
        query.append({QStringLiteral("marker"), marker});
    return listRequest(ServiceEndpoints::Service::Vpc, projectId.trimmed(), QStringLiteral("/subnets"), query);
}

ApiRequest RequestBuilder::listAgencies(const QString &projectId, int offset, int limit) const
{
    return listRequest(
        ServiceEndpoints::Service::FunctionGraph, projectId.trimmed(), QStringLiteral("/fgs/service-trusted-agencies"),
        {{QStringLiteral("marker"), QString::number(offset)}, {QStringLiteral("limit"), QString::number(limit)}});
}

} // namespace EndpointDesk
