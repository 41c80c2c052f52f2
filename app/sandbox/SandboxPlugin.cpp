// The sandbox as a Qt plugin: the application loads it (SandboxLoader) only when a sandbox is asked for,
// so that Qt HttpServer and what it needs are not mapped at every start.
#include "SandboxServerProvider.h"

#include <QObject>

namespace EndpointDesk {

class SandboxPlugin : public QObject, public SandboxServerProvider
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ENDPOINTDESK_SANDBOX_PROVIDER_IID)
    Q_INTERFACES(EndpointDesk::SandboxProvider)
};

} // namespace EndpointDesk

#include "SandboxPlugin.moc"
