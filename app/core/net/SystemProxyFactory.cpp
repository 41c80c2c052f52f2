#include "SystemProxyFactory.h"

#include "ServiceEndpoints.h"

namespace EndpointDesk {

QList<QNetworkProxy> SystemProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (ServiceEndpoints::isLoopbackHost(query.peerHostName()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    return systemProxyForQuery(query);
}

} // namespace EndpointDesk
