#pragma once

#include "EndpointKey.h"
#include "EndpointResult.h"
#include "EndpointSpec.h"
#include "ListingCache.h"
#include "ServiceEndpoints.h"

#include <QMainWindow>

#include <memory>

class QScrollArea;

namespace EndpointDesk {

class ActiveProfile;
class CloudConnection;
class EndpointClient;
class EndpointRecorder;
class HistoryStore;
class InventoryView;
class IamSession;
class ProfileStore;
class SecretStore;
class Transport;
class WindowStateStore;
struct ApiError;
struct Credentials;
struct IamSessionInfo;
struct InventoryEntry;
struct Profile;

namespace Ui {
class MainWindow;
}

// The main window: the connection bar, the endpoint form and the results panel, bound to the
// core's profile, session and client. It moves values between widgets and core; the rules live
// in core.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The stores must outlive the window. Without a history store the window keeps the history
    // in memory for this run only; without a window state store it opens at its own size.
    MainWindow(ProfileStore *profiles, SecretStore *secrets, HistoryStore *history = nullptr,
               WindowStateStore *windowState = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a profile, asking first when the current one has unsaved edits. False when the user
    // kept the current one or there is no such profile.
    bool openProfile(const QString &name);
    // Opens the profile asked for on the command line, else the last used or the default one, and
    // says what happened to the settings file on the way (damaged, newer, missing profile).
    void openStartupProfile(const QString &requested);
    // Notices gathered before the window existed (damaged settings, a missing --profile).
    void showNotice(const QString &text);

    // Starts a create from the form's values; false when validation stopped it.
    bool createEndpoint();
    void cancelRequest();
    void signIn();
    // Asks, then deletes the endpoint with the current connection; false when nothing was sent.
    bool deleteEndpoint(const InventoryEntry &entry);

    enum class UnsavedEditsChoice { Save, Discard, Stay };

protected:
    void closeEvent(QCloseEvent *event) override;
    // Asks the person; tests answer instead.
    virtual UnsavedEditsChoice askAboutUnsavedEdits();
    virtual bool confirmDelete(const InventoryEntry &entry);

private:
    void onProfileLoaded(const Profile &profile, const Credentials &credentials);
    void onSecretsLoaded(const Credentials &credentials);
    void onConnectionEdited();
    void rebindConnection();
    bool credentialsReady() const;
    void reloadListings();
    void refreshProfileNames();
    bool saveProfile();
    // Asks what to do with unsaved edits; false when the user chose to stay.
    bool settleUnsavedEdits();
    void manageProfiles();

    void onSignedIn(const IamSessionInfo &info);
    void onSignInFailed(const ApiError &error);
    void updateAuthStatus();

    void setBusy(bool busy);
    void onCreateFinished(const EndpointSpec &spec, const EndpointResult &result);
    void onDeleteFinished(const EndpointKey &key, const EndpointResult &result);
    void bringResultsIntoView();
    QString curlForCurrentForm(QString *problem) const;
    void showPreview();
    void copyAsCurl();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    ActiveProfile *m_active;
    Transport *m_transport;
    CloudConnection *m_connection;
    EndpointClient *m_client;
    IamSession *m_session;
    HistoryStore *m_history;
    EndpointRecorder *m_recorder;
    WindowStateStore *m_windowState;
    InventoryView *m_inventoryView;
    QScrollArea *m_createScroll = nullptr;
    ListingCache m_listings;
    ServiceEndpoints m_boundEndpoints;
    QTimer *m_listingDebounce;
    bool m_loading = false;
};

} // namespace EndpointDesk
