#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace EndpointDesk {

class SandboxProvider;

// Loads the sandbox plugin, and with it Qt HttpServer, only when a sandbox is asked for. It is looked for
// in ENDPOINTDESK_SANDBOX_DIR when that is set, else beside the program (the build tree) and in the
// installed layout (../lib/endpoint-desk/plugins from the program's folder). Once loaded it stays loaded.
class SandboxLoader
{
    Q_DECLARE_TR_FUNCTIONS(SandboxLoader)

public:
    static QString fileName();
    static QStringList directories();

    // The plugin's provider, or nullptr with *error saying why, in the person's language.
    static SandboxProvider *load(const QStringList &directories = SandboxLoader::directories(),
                                 QString *error = nullptr);
};

} // namespace EndpointDesk
