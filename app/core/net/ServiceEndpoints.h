#pragma once

#include <QString>
#include <QUrl>

namespace EndpointDesk {

// Where each cloud service is reached: hosts derived from the region, or one override base URL
// that receives every service call (the sandbox, a proxy gateway).
class ServiceEndpoints
{
public:
    enum class Service { FunctionGraph, Vpc, Iam };

    ServiceEndpoints() = default;
    // A user name and password, query or fragment in overrideBase are dropped: they are never sent.
    ServiceEndpoints(QString regionId, const QUrl &overrideBase);

    QString regionId() const { return m_regionId; }
    QUrl overrideBase() const { return m_override; }
    bool hasOverride() const { return !m_override.isEmpty(); }

    // Base URL (scheme, host, optional port and path prefix, no trailing slash) of a service.
    QUrl baseUrl(Service service) const;
    // baseUrl(service) with path appended; path starts with '/'.
    QUrl url(Service service, const QString &path) const;

    // The override as typed, extras included so that checkOverride() sees them: a bare host name
    // means https; plain http must be asked for explicitly.
    static QUrl parseOverride(const QString &text);
    // Empty when the override may be used; otherwise why not, in words for the person typing it.
    // A user name and password, a query or a fragment are refused.
    static QString checkOverride(const QUrl &url);
    // True when url holds a user name or password, a query or a fragment.
    static bool hasExtras(const QUrl &url);
    // url without its user name and password, query and fragment.
    static QUrl withoutExtras(const QUrl &url);
    // The IAM host that issues tokens for a region.
    static QString iamHost(const QString &regionId);
    // Plain http is allowed only to loopback addresses.
    static bool isLoopbackHost(const QString &host);

private:
    QString m_regionId;
    QUrl m_override;
};

} // namespace EndpointDesk
