#include "RequestBuilder.h"

#include <QJsonDocument>
#include <QJsonObject>

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

ApiRequest RequestBuilder::deleteEndpoint(const QString &projectId, const QString &vpcId,
                                          const QString &subnetId) const
{
    return projectRequest(QByteArrayLiteral("DELETE"), ServiceEndpoints::Service::FunctionGraph,
                          projectId.trimmed(),
                          QStringLiteral("/fgs/vpc-endpoint/") + segment(vpcId.trimmed()) + QLatin1Char('/')
                              + segment(subnetId.trimmed()));
}

} // namespace EndpointDesk
