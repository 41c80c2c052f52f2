#pragma once

#include "MainWindow.h"
#include "SandboxServerProvider.h"
#include "SandboxSession.h"
#include "Workspace.h"

#include <memory>

namespace EndpointDesk::TestSupport {

// The window as `endpoint-desk --sandbox` opens it: the sandbox session, a workspace on its stores, and
// the window on the startup profile, shown. Destroyed in the reverse order, as main() does. The sandbox
// is started in this process rather than through the plugin, so that a test can reach its server.
class SandboxWindow
{
public:
    // False, with the reason in error, when the sandbox cannot start.
    bool open(QString *error = nullptr)
    {
        if (!m_session.start(error))
            return false;
        m_workspace = std::make_unique<Workspace>(&m_session.profiles(), &m_session.secrets());
        m_window = std::make_unique<MainWindow>(m_workspace.get());
        m_window->openStartupProfile({});
        m_window->show();
        return true;
    }

    SandboxSession &session() { return m_session; }
    SandboxServer &server() const { return *m_provider.lastServer(); }
    MainWindow &window() const { return *m_window; }

private:
    SandboxServerProvider m_provider;
    SandboxSession m_session{{}, &m_provider};
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace EndpointDesk::TestSupport
