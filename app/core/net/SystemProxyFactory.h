#pragma once

#include <QNetworkProxyFactory>

namespace EndpointDesk {

// The proxy the system names for each request (environment, desktop settings, PAC), as a profile's System
// proxy mode asks. Loopback addresses (the sandbox) are always reached directly, as Qt's own default does.
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
};

} // namespace EndpointDesk
