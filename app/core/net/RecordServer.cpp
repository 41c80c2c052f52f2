#include "RecordServer.h"

#include <QHostAddress>

namespace EndpointDesk {

bool RecordServer::isOnThisComputer() const
{
    if (isUnixSocket())
        return true;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace EndpointDesk
