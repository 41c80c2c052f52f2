#pragma once

#include "ActiveProfile.h"
#include "Credentials.h"
#include "EndpointResult.h"
#include "EndpointSpec.h"
#include "IamSessionInfo.h"
#include "ListingCache.h"
#include "RequestPreview.h"
#include "ResourceKind.h"
#include "ServiceEndpoints.h"
#include "SpecValidator.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace EndpointDesk {

class CloudConnection;
class EndpointAdoption;
class EndpointClient;
class EndpointRecorder;
class HistoryStore;
class IamSession;
class ProfileImport;
class ProfileStore;
class ResourceLister;
class SecretStore;
class TokenCheck;
class Transport;
struct ApiError;
struct InventoryEntry;

// One working session: the profile in use and everything bound to it — the transport, the
// connection that signs calls, the IAM sign-in, the endpoint client and its record, and the
// listings of the pickers. Every rule about them lives here; a window binds widgets to it.
//
// The window reports what the person typed (editConnection(), editProjectId()); calls are always
// made with the active profile's region, endpoint and credentials, never with anything read back
// from a widget.
class Workspace : public QObject
{
    Q_OBJECT

public:
    using Severity = ActiveProfile::Severity;

    // The stores must outlive the workspace. Without a history store the history is kept in
    // memory for this run only.
    Workspace(ProfileStore *profiles, SecretStore *secrets, HistoryStore *history = nullptr, QObject *parent = nullptr);
    ~Workspace() override;

    ProfileStore *profiles() const { return m_profiles; }
    SecretStore *secrets() const { return m_secrets; }
    HistoryStore *history() const { return m_history; }
    ActiveProfile *activeProfile() const { return m_active; }
    CloudConnection *connection() const { return m_connection; }
    EndpointClient *client() const { return m_client; }
    IamSession *session() const { return m_session; }
    ListingCache *listings() { return &m_listings; }
    // Endpoints made elsewhere, added to the record by hand or from a colleague's export.
    EndpointAdoption *adoption() const { return m_adoption.get(); }
    // One lister for each kind of picker (project, VPC, subnet, agency), over the connection and cache.
    ResourceLister *lister(ResourceKind kind) const;

    // --- profiles
    // Which profile to open at start: the one asked for, else the last used or the default one.
    // *notice says why another was chosen.
    QString startupProfileName(const QString &requested, QString *notice) const;
    // Loads the profile (the window settles unsaved edits first): signs out, clears the listings,
    // applies its network settings and emits profileOpened().
    bool openProfile(const QString &name, QString *error);
    // After the profiles were edited elsewhere (the profile manager): opens the active profile
    // afresh, or the start-up profile when the active one is gone.
    bool reopenActiveProfile(QString *error);
    // Saves the active profile; what came of it arrives as a notice, even when it is what the last
    // attempt said: the person asked again.
    bool saveProfile();
    // Imports a profiles file in the background (ProfileImport); empty when it started, otherwise why
    // not. What came of it arrives as a notice; profileImport() reports the progress.
    QString importProfiles(const QString &path);
    ProfileImport *profileImport() const { return m_import; }

    // --- what the person typed
    // A change of region clears the project (it belongs to one region) and emits placementCleared().
    void editConnection(const QString &regionId, const QString &endpointOverride, const Credentials &credentials);
    // A project is chosen and regionId is another region: moving there drops the project, VPC and
    // subnet, so the window asks first. The question in words; empty when nothing would be lost.
    QString regionChangeQuestion(const QString &regionId) const;
    void editProjectId(const QString &projectId);

    // Empty when the override may be used; otherwise why not.
    QString endpointOverrideProblem() const;
    // Calls can be made: a usable endpoint and credentials (or, with IAM password, a sign-in).
    bool canCallCloud() const;
    // The sign-in line: who is signed in, or what is missing.
    QString authStatus() const;

    // Signs in with the active profile's method: IAM password asks IAM for a token (for the
    // profile's project when it has one); a pasted token is checked with IAM, which says whose it is
    // and until when (authStatus()), or signInFailed() says why not; keys need no call. The listings
    // start at once and the first one shows whether the cloud takes the credentials. False with
    // *problem when nothing started.
    bool signIn(QString *problem = nullptr);
    void signOut();

    // --- endpoints
    // The spec the form shows, in the active profile's region, with every problem found before
    // sending: validation, what the listings know (a subnet outside its VPC).
    EndpointSpec specFor(const EndpointSpec &formValues) const;
    QList<FieldProblem> problems(const EndpointSpec &formValues) const;
    // NotRecorded: the record could not take the request (someone else's request holds its place, or
    // the record cannot be written), so it was not sent; recordRefusal() says why.
    enum class Refusal { None, Busy, InvalidSpec, InvalidEndpoint, NotRecorded };
    // Starts a create; anything but None means nothing was sent.
    Refusal create(const EndpointSpec &formValues);
    // Why the last create or delete was not sent, when the record refused it.
    QString recordRefusal() const;
    // What the person is told of a refusal; empty for None and Busy (a request is on its way already).
    QString refusalText(Refusal refusal) const;
    // Why an endpoint in the record cannot be deleted with this session now; empty when it can.
    QString deleteRefusal(const InventoryEntry &entry) const;
    bool remove(const InventoryEntry &entry);
    void cancel();
    bool isBusy() const;

    // The create request for these form values exactly as it would be sent, secrets shown as ****.
    // *problem says why it is unsigned (credentials incomplete).
    QString curlFor(const EndpointSpec &formValues, QString *problem) const;
    // The same request as a table to read: method, URL, headers (secrets as ****) and body fields.
    RequestPreview previewFor(const EndpointSpec &formValues) const;

    // Writes the inventory and the history to path, as JSON or CSV; false with *error when it could not.
    enum class ExportFormat { Csv, Json };
    bool exportRecord(const QString &path, ExportFormat format, QString *error) const;

    // --- quitting
    // Keychain writes still running, a request whose answer is not yet recorded, or an import.
    bool hasPendingWrites() const;
    // Waits (without blocking) for the pending writes, at most timeoutMs, then emits writesSettled().
    void settleWrites(int timeoutMs);
    // The last write that failed since settleWrites() was called, in words; empty when all went well.
    QString failedWrite() const { return m_failedWrite; }

    static constexpr int ListingDebounceMs = 600;

Q_SIGNALS:
    // A profile was opened or its edits discarded: what the widgets show now.
    void profileOpened(const EndpointDesk::Profile &profile, const EndpointDesk::Credentials &credentials,
                       const EndpointDesk::EndpointSpec &formDefaults);
    // The credentials changed without the person typing: secrets read from the keychain, or an MFA
    // code used up.
    void credentialsChanged(const EndpointDesk::Credentials &credentials);
    // Where the pickers list from now; an empty region stops listing. reload lists again even
    // when the scope is the same.
    void listingScopeChanged(const QString &profile, const QString &region, bool reload);
    void authStatusChanged(const QString &text);
    // A sign-in failed: the reason, in words.
    void signInFailed(const QString &text);
    // The token names a project and the form has none: the form may take it.
    void projectSuggested(const QString &projectId);
    // The region changed: the project, VPC and subnet of the old one no longer apply.
    void placementCleared();
    // For the person; never contains a secret. Each problem is told once.
    void notice(const QString &message, EndpointDesk::ActiveProfile::Severity severity);
    void pendingWritesChanged(bool pending);
    // settleWrites() is over: nothing is pending any more, or the time ran out.
    void writesSettled(bool allWritten);

private:
    void onProfileLoaded(const Profile &profile, const Credentials &credentials);
    void onSecretsLoaded(const Credentials &credentials);
    void onSignedIn(const IamSessionInfo &info);
    void onSignInFailed(const ApiError &error);
    void onTokenChecked(const IamSessionInfo &info);
    void offerProjectOf(const IamSessionInfo &info);
    void forgetTokenCheck();
    void watchSecretStore();
    void tell(const QString &message, Severity severity);
    ServiceEndpoints endpointsOfProfile() const;
    void rebind();
    void reloadListings();
    void updateAuthStatus();
    void checkSettled();

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    ActiveProfile *m_active;
    Transport *m_transport;
    CloudConnection *m_connection;
    EndpointClient *m_client;
    IamSession *m_session;
    TokenCheck *m_tokenCheck;
    IamSessionInfo m_tokenInfo; // whose the pasted token is, as IAM said
    QString m_checkedToken;     // the token IAM was asked about
    HistoryStore *m_history;
    RecordServer m_recordServer; // the active profile's, applied when no request is on its way
    EndpointRecorder *m_recorder;
    ProfileImport *m_import;
    QHash<ResourceKind, ResourceLister *> m_listers;
    ListingCache m_listings;
    std::unique_ptr<EndpointAdoption> m_adoption;
    ServiceEndpoints m_boundEndpoints;
    QTimer m_listingDebounce;
    QTimer m_settleDeadline;
    bool m_settling = false;
    bool m_loading = false;
    QString m_failedWrite;
    QString m_lastNotice;
};

} // namespace EndpointDesk
