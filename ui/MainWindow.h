#pragma once

#include "EndpointKey.h"
#include "EndpointResult.h"
#include "EndpointSpec.h"

#include <QMainWindow>

#include <memory>

namespace EndpointDesk {

class AdaptiveColumns;
class QuitGuard;
class WindowStateStore;
class Workspace;
struct Credentials;
struct InventoryEntry;
struct Profile;

namespace Ui {
class MainWindow;
}

// The main window: the connection bar, the endpoint form and the results panel, bound to a
// Workspace. It moves values between widgets and the workspace and shows what happened; every rule
// lives in the workspace.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The workspace (and the window state store, if any) must outlive the window. Without a window
    // state store the window opens at its own size.
    explicit MainWindow(Workspace *workspace, WindowStateStore *windowState = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a profile, asking first when the current one has unsaved edits. False when the user
    // kept the current one or there is no such profile.
    bool openProfile(const QString &name);
    // Opens the profile asked for on the command line, else the last used or the default one, and
    // says what happened to the settings and history files on the way.
    void openStartupProfile(const QString &requested);
    // Notices gathered before the window existed (damaged settings, a missing --profile).
    void showNotice(const QString &text);

    // Starts a create from the form's values; false when nothing was sent.
    bool createEndpoint();
    void signIn();

    enum class UnsavedEditsChoice { Save, Discard, Stay };
    // From this width on, the result is shown beside the form rather than below it.
    static constexpr int SideBySideWidth = 960;

protected:
    void closeEvent(QCloseEvent *event) override;
    // Asks the person; tests answer instead.
    virtual UnsavedEditsChoice askAboutUnsavedEdits();
    virtual bool confirmDelete(const InventoryEntry &entry);

private:
    void buildViews();
    void bindActions();
    void bindWorkspace();
    void onProfileOpened(const Profile &profile, const Credentials &credentials, const EndpointSpec &defaults);
    void onConnectionEdited();
    void refreshProfileNames();
    bool saveProfile();
    // Asks what to do with unsaved edits; false when the user chose to stay.
    bool settleUnsavedEdits();
    void manageProfiles();

    void setBusy(bool busy);
    void onCreateFinished(const EndpointSpec &spec, const EndpointResult &result);
    void showPreview();
    void copyAsCurl();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace *m_workspace;
    WindowStateStore *m_windowState;
    QuitGuard *m_quitGuard = nullptr;
    AdaptiveColumns *m_columns = nullptr;
    bool m_loading = false;
};

} // namespace EndpointDesk
