#include "Workspace.h"

#include "CloudConnection.h"
#include "EndpointAdoption.h"
#include "EndpointClient.h"
#include "EndpointRecorder.h"
#include "HistoryExporter.h"
#include "HistoryStore.h"
#include "IamSession.h"
#include "InventoryEntry.h"
#include "NetworkSettings.h"
#include "ProfileImport.h"
#include "ProfileStore.h"
#include "Region.h"
#include "ResourceLister.h"
#include "SecretStore.h"
#include "SignInStatus.h"
#include "SubnetMembership.h"
#include "TokenCheck.h"
#include "Transport.h"

#include <QLocale>

#include <algorithm>

namespace EndpointDesk {

Workspace::Workspace(ProfileStore *profiles, SecretStore *secrets, HistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_active(new ActiveProfile(profiles, secrets, this))
    , m_transport(new Transport(this))
    , m_connection(new CloudConnection(m_transport, this))
    , m_client(new EndpointClient(m_connection, this))
    , m_session(new IamSession(m_transport, this))
    , m_tokenCheck(new TokenCheck(m_transport, this))
    , m_history(history ? history : new HistoryStore(QStringLiteral(":memory:"), this))
    , m_recorder(new EndpointRecorder(m_client, m_history, this))
    , m_import(new ProfileImport(profiles, this))
{
    // Records keep the names the pickers listed beside the ids.
    m_recorder->setNameLookup([this](const EndpointKey &key) { return m_listings.namesOf(m_active->name(), key); });
    m_adoption = std::make_unique<EndpointAdoption>(m_history, &m_listings, m_active);
    for (ResourceKind kind : {ResourceKind::Project, ResourceKind::Vpc, ResourceKind::Subnet, ResourceKind::Agency}) {
        auto *lister = new ResourceLister(m_connection, this);
        lister->setCache(&m_listings);
        m_listers.insert(kind, lister);
    }
    // Long enough that typing a token does not list after every keystroke.
    m_listingDebounce.setSingleShot(true);
    m_listingDebounce.setInterval(ListingDebounceMs);
    connect(&m_listingDebounce, &QTimer::timeout, this, &Workspace::reloadListings);
    m_settleDeadline.setSingleShot(true);
    connect(&m_settleDeadline, &QTimer::timeout, this, [this] {
        if (!m_settling)
            return;
        m_settling = false;
        if (m_failedWrite.isEmpty())
            m_failedWrite = tr("Saving did not finish in time: the keychain or the cloud did not answer.");
        Q_EMIT writesSettled(false);
    });

    connect(m_active, &ActiveProfile::loaded, this, &Workspace::onProfileLoaded);
    connect(m_active, &ActiveProfile::secretsLoaded, this, &Workspace::onSecretsLoaded);
    connect(m_active, &ActiveProfile::notice, this, [this](const QString &message, Severity severity) {
        if (severity == Severity::Error && m_settling)
            m_failedWrite = message;
        tell(message, severity);
    });
    connect(m_active, &ActiveProfile::saved, this, &Workspace::checkSettled);
    // Removed in the profile manager: carry on with the one the program would start with.
    connect(m_active, &ActiveProfile::activeProfileRemoved, this, [this] {
        if (const QString next = m_profiles->startupProfileName(); !next.isEmpty())
            m_active->load(next);
    });
    // The record follows the profile: its team's server, or this computer's file. A request on its way
    // settles in the record it started in, so the change waits for its answer.
    connect(m_active, &ActiveProfile::recordServerChanged, this, [this](const RecordServer &server) {
        m_recordServer = server;
        if (!m_client->isBusy())
            m_history->useServer(server);
    });
    connect(m_client, &EndpointClient::busyChanged, this, [this](bool busy) {
        if (!busy) // queued: after the recorder wrote the outcome
            QTimer::singleShot(0, this, [this] {
                if (!m_client->isBusy())
                    m_history->useServer(m_recordServer);
            });
    });
    connect(m_history, &HistoryStore::storageProblem, this,
            [this](const QString &message) { tell(message, Severity::Error); });
    // A history opened after the first frame says then what the person should know of its file.
    connect(m_history, &HistoryStore::opened, this, [this] {
        for (const QString &notice : m_history->notices())
            tell(notice, Severity::Warning);
    });
    connect(m_history, &HistoryStore::noticed, this,
            [this](const QString &notice) { tell(notice, Severity::Warning); });
    connect(m_profiles, &ProfileStore::storageProblem, this,
            [this](const QString &message) { tell(message, Severity::Error); });
    watchSecretStore();
    connect(m_import, &ProfileImport::finished, this, [this](const QString &summary, bool hasProblems) {
        tell(summary, hasProblems ? Severity::Warning : Severity::Info);
        Q_EMIT pendingWritesChanged(hasPendingWrites());
        checkSettled();
    });

    connect(m_session, &IamSession::signedIn, this, &Workspace::onSignedIn);
    connect(m_session, &IamSession::failed, this, &Workspace::onSignInFailed);
    connect(m_tokenCheck, &TokenCheck::checked, this, &Workspace::onTokenChecked);
    connect(m_tokenCheck, &TokenCheck::failed, this, [this](const ApiError &error) {
        updateAuthStatus();
        onSignInFailed(error);
    });
    connect(m_session, &IamSession::signedOut, this, &Workspace::updateAuthStatus);
    connect(m_session, &IamSession::stateChanged, this, &Workspace::updateAuthStatus);
    connect(m_session, &IamSession::expiringSoon, this, [this](const QDateTime &expiresAt) {
        tell(tr("The sign-in ends at %1 and cannot renew itself with MFA: sign in again with a new code.")
                 .arg(QLocale().toString(expiresAt.toLocalTime(), QLocale::ShortFormat)),
             Severity::Warning);
    });
    connect(m_client, &EndpointClient::busyChanged, this, [this] {
        Q_EMIT pendingWritesChanged(hasPendingWrites());
        checkSettled();
    });
}

Workspace::~Workspace() = default;

ResourceLister *Workspace::lister(ResourceKind kind) const
{
    return m_listers.value(kind);
}

void Workspace::watchSecretStore()
{
    // What the keychain did in the background reaches the person, not only the log.
    connect(m_secrets, &SecretStore::secretsMoved, this, [this](const QString &from, const QString &to, bool ok) {
        if (!ok)
            tell(tr("The secrets of profile \"%1\" could not be moved to \"%2\" in the keychain: enter them "
                    "again and save.")
                     .arg(from, to),
                 Severity::Error);
    });
    connect(m_secrets, &SecretStore::secretsRemoved, this, [this](const QString &name, bool ok) {
        if (!ok)
            tell(tr("The secrets of the removed profile \"%1\" could not be removed from the keychain; remove them "
                    "with the desktop's password manager.")
                     .arg(name),
                 Severity::Warning);
    });
    connect(m_secrets, &SecretStore::pendingJobsChanged, this, [this] {
        Q_EMIT pendingWritesChanged(hasPendingWrites());
        checkSettled();
    });
}

void Workspace::tell(const QString &message, Severity severity)
{
    // One message per problem: the same words twice in a row add nothing.
    if (message.isEmpty() || (message == m_lastNotice && severity != Severity::Info))
        return;
    m_lastNotice = message;
    Q_EMIT notice(message, severity);
}

// --- profiles ----------------------------------------------------------------------------------

QString Workspace::startupProfileName(const QString &requested, QString *notice) const
{
    const QString name = m_profiles->startupProfileName(requested);
    if (notice && !requested.isEmpty() && name != requested)
        *notice = tr("There is no profile named %1; opened %2 instead.").arg(requested, name);
    return name;
}

bool Workspace::openProfile(const QString &name, QString *error)
{
    return m_active->load(name, error);
}

bool Workspace::reopenActiveProfile(QString *error)
{
    const QString active = m_active->name();
    const QString name = m_profiles->contains(active) ? active : m_profiles->startupProfileName();
    return name.isEmpty() || m_active->load(name, error);
}

bool Workspace::saveProfile()
{
    m_lastNotice.clear();
    return m_active->save();
}

QString Workspace::importProfiles(const QString &path)
{
    const QString refusal = m_import->start(path);
    if (refusal.isEmpty())
        Q_EMIT pendingWritesChanged(true);
    return refusal;
}

void Workspace::onProfileLoaded(const Profile &profile, const Credentials &credentials)
{
    // Everything bound to the old profile goes: its token, its lists.
    m_loading = true;
    m_session->signOut();
    m_listings.clear();
    m_recorder->setProfileName(profile.name);
    m_lastNotice.clear();
    if (const QString problem = m_transport->setNetworkSettings(m_active->networkSettings()); !problem.isEmpty())
        tell(problem, Severity::Error);
    Q_EMIT profileOpened(profile, credentials, profile.formDefaults());
    m_loading = false;
    rebind();
    reloadListings();
    updateAuthStatus();
}

void Workspace::onSecretsLoaded(const Credentials &credentials)
{
    // The proxy's password comes from the keychain with the other secrets.
    if (!m_active->proxyPassword().isEmpty())
        m_transport->setNetworkSettings(m_active->networkSettings());
    Q_EMIT credentialsChanged(credentials);
    rebind();
    reloadListings();
    updateAuthStatus();
}

// --- connection and sign-in ----------------------------------------------------------------------

void Workspace::editConnection(const QString &regionId, const QString &endpointOverride, const Credentials &credentials)
{
    if (m_loading || !m_active->isLoaded())
        return;
    Profile edits = m_active->profile();
    const bool regionChanged = edits.regionId != regionId;
    edits.regionId = regionId;
    edits.endpointOverride = endpointOverride.trimmed();
    if (regionChanged)
        edits.projectId.clear();
    m_active->setProfileEdits(edits);
    m_active->setCredentials(credentials);
    if (regionChanged)
        Q_EMIT placementCleared();
    rebind();
    updateAuthStatus();
    m_listingDebounce.start();
}

QString Workspace::regionChangeQuestion(const QString &regionId) const
{
    const Profile profile = m_active->profile();
    if (!m_active->isLoaded() || profile.projectId.isEmpty() || profile.regionId == regionId)
        return {};
    const Region *region = RegionCatalog::find(regionId);
    return tr("Change the region to %1? Project %2 belongs to %3: the project, VPC and subnet will be cleared.")
        .arg(region ? region->displayName() : regionId, profile.projectId, profile.regionId);
}

void Workspace::editProjectId(const QString &projectId)
{
    if (m_loading || !m_active->isLoaded())
        return;
    Profile edits = m_active->profile();
    if (edits.projectId == projectId)
        return;
    edits.projectId = projectId;
    m_active->setProfileEdits(edits);
}

ServiceEndpoints Workspace::endpointsOfProfile() const
{
    const Profile profile = m_active->profile();
    return ServiceEndpoints(profile.regionId, ServiceEndpoints::parseOverride(profile.endpointOverride));
}

QString Workspace::endpointOverrideProblem() const
{
    // The override as typed: endpointsOfProfile() has dropped what would be refused.
    return ServiceEndpoints::checkOverride(ServiceEndpoints::parseOverride(m_active->profile().endpointOverride));
}

void Workspace::rebind()
{
    const ServiceEndpoints endpoints = endpointsOfProfile();
    if (endpoints.regionId() != m_boundEndpoints.regionId()
        || endpoints.overrideBase() != m_boundEndpoints.overrideBase()) {
        // A token belongs to one region and one IAM: another place needs another sign-in.
        m_session->signOut();
        forgetTokenCheck();
        m_listings.clear();
        m_boundEndpoints = endpoints;
    }
    m_connection->setEndpoints(endpoints);
    m_connection->useCredentials(m_active->credentials(), m_session);
}

bool Workspace::canCallCloud() const
{
    return m_active->isLoaded() && endpointOverrideProblem().isEmpty()
           && SignInStatus::isReady(m_active->credentials(), m_session->isSignedIn());
}

QString Workspace::authStatus() const
{
    const Credentials credentials = m_active->credentials();
    if (credentials.method == AuthMethod::Token) {
        if (m_tokenCheck->isRunning())
            return tr("Checking the token with IAM…");
        // Only for the token IAM was asked about: another one pasted since is not known yet.
        if (m_tokenInfo.isValid() && m_checkedToken == credentials.token.trimmed())
            return SignInStatus::describeToken(m_tokenInfo);
    }
    return SignInStatus::describe(credentials, m_session->isSignedIn(), m_session->statusText());
}

void Workspace::updateAuthStatus()
{
    Q_EMIT authStatusChanged(authStatus());
}

void Workspace::reloadListings()
{
    m_listingDebounce.stop();
    m_listings.clear();
    if (canCallCloud())
        Q_EMIT listingScopeChanged(m_active->name(), m_active->profile().regionId, true);
    else
        Q_EMIT listingScopeChanged({}, {}, false);
}

bool Workspace::signIn(QString *problem)
{
    rebind();
    const Credentials credentials = m_active->credentials();
    if (credentials.method == AuthMethod::IamPassword) {
        const QString projectId = m_active->profile().projectId;
        return m_session->signIn(m_boundEndpoints, credentials,
                                 SpecValidator::isProjectId(projectId) ? projectId : QString(), problem);
    }
    // Keys need no sign-in call: the first listing shows whether the cloud takes them. A pasted
    // token is shown to IAM, which says whose it is and until when.
    forgetTokenCheck();
    if (credentials.method == AuthMethod::Token && canCallCloud()) {
        m_checkedToken = credentials.token.trimmed();
        m_tokenCheck->start(m_boundEndpoints, credentials.token);
    }
    reloadListings();
    updateAuthStatus();
    return true;
}

void Workspace::signOut()
{
    m_session->signOut();
}

void Workspace::onSignedIn(const IamSessionInfo &info)
{
    // A virtual MFA code works once: leave nothing stale behind.
    Credentials credentials = m_active->credentials();
    if (!credentials.mfaCode.isEmpty()) {
        credentials.mfaCode.clear();
        m_active->setCredentials(credentials);
        Q_EMIT credentialsChanged(credentials);
    }
    offerProjectOf(info);
    rebind();
    reloadListings();
    updateAuthStatus();
}

void Workspace::onSignInFailed(const ApiError &error)
{
    Q_EMIT signInFailed(SignInStatus::describeFailure(error));
}

void Workspace::onTokenChecked(const IamSessionInfo &info)
{
    m_tokenInfo = info;
    offerProjectOf(info);
    updateAuthStatus();
}

void Workspace::offerProjectOf(const IamSessionInfo &info)
{
    // The token names its project: offer it when the profile has none yet.
    if (!SpecValidator::isProjectId(m_active->profile().projectId) && !info.projectId.isEmpty()) {
        editProjectId(info.projectId);
        Q_EMIT projectSuggested(info.projectId);
    }
}

void Workspace::forgetTokenCheck()
{
    m_tokenCheck->cancel();
    m_tokenInfo = {};
    m_checkedToken.clear();
}

// --- endpoints -----------------------------------------------------------------------------------

EndpointSpec Workspace::specFor(const EndpointSpec &formValues) const
{
    EndpointSpec spec = formValues;
    spec.region = m_active->profile().regionId;
    return spec;
}

QList<FieldProblem> Workspace::problems(const EndpointSpec &formValues) const
{
    const EndpointSpec spec = specFor(formValues);
    QList<FieldProblem> found = SpecValidator::validate(spec);
    const bool idsWellFormed = std::none_of(found.cbegin(), found.cend(), [](const FieldProblem &problem) {
        return problem.field == SpecField::Subnet || problem.field == SpecField::Vpc;
    });
    if (idsWellFormed) {
        ListingKey scope;
        scope.profile = m_active->name();
        scope.region = spec.region;
        scope.projectId = spec.projectId;
        // A VPC that is not there is the VPC's fault, not the subnet's.
        if (const QString unknownVpc = SubnetMembership::checkVpc(spec.vpcId, m_listings, scope); !unknownVpc.isEmpty())
            found.append({SpecField::Vpc, unknownVpc});
        else if (const QString outside = SubnetMembership::check(spec.vpcId, spec.subnetId, m_listings, scope);
                 !outside.isEmpty())
            found.append({SpecField::Subnet, outside});
    }
    return found;
}

Workspace::Refusal Workspace::create(const EndpointSpec &formValues)
{
    if (m_client->isBusy())
        return Refusal::Busy;
    if (!problems(formValues).isEmpty())
        return Refusal::InvalidSpec;
    if (!endpointOverrideProblem().isEmpty())
        return Refusal::InvalidEndpoint;
    rebind();
    return m_recorder->create(specFor(formValues)) ? Refusal::None : Refusal::NotRecorded;
}

QString Workspace::recordRefusal() const
{
    return m_recorder->refusal();
}

QString Workspace::refusalText(Refusal refusal) const
{
    switch (refusal) {
    case Refusal::InvalidSpec:
    case Refusal::InvalidEndpoint:
        return tr("Nothing was sent: correct the marked fields first.");
    case Refusal::NotRecorded:
        return recordRefusal();
    case Refusal::None:
    case Refusal::Busy:
        break;
    }
    return {};
}

QString Workspace::deleteRefusal(const InventoryEntry &entry) const
{
    if (!entry.mayBeDeleted())
        return tr("This endpoint is already deleted.");
    if (m_client->isBusy())
        return tr("Another request is on its way: wait for its answer first.");
    // The connection belongs to one region: another region's endpoint needs that region chosen.
    if (entry.key.region != m_active->profile().regionId)
        return tr("This endpoint is in region %1: choose that region (and a profile that can reach it) first.")
            .arg(entry.key.region);
    return {};
}

bool Workspace::remove(const InventoryEntry &entry)
{
    if (!deleteRefusal(entry).isEmpty())
        return false;
    rebind();
    return m_recorder->remove(entry.key);
}

void Workspace::cancel()
{
    m_client->cancel();
}

bool Workspace::isBusy() const
{
    return m_client->isBusy();
}

QString Workspace::curlFor(const EndpointSpec &formValues, QString *problem) const
{
    const RequestPreview preview = previewFor(formValues);
    if (problem)
        *problem = preview.problem;
    return preview.curl;
}

RequestPreview Workspace::previewFor(const EndpointSpec &formValues) const
{
    const ApiRequest request = m_connection->builder().createEndpoint(specFor(formValues));
    QString problem;
    const std::optional<ApiRequest> signedRequest = m_connection->authenticated(request, &problem);
    const Authenticator *authenticator = m_connection->authenticator();
    RequestPreview preview = RequestPreview::of(signedRequest.value_or(request),
                                                authenticator ? authenticator->secretHeaders() : QList<QByteArray>());
    preview.problem = problem;
    return preview;
}

bool Workspace::exportRecord(const QString &path, ExportFormat format, QString *error) const
{
    const HistoryExporter exporter(*m_history);
    return format == ExportFormat::Json ? exporter.writeJson(path, error) : exporter.writeCsv(path, error);
}

// --- quitting ------------------------------------------------------------------------------------

bool Workspace::hasPendingWrites() const
{
    return m_secrets->pendingJobs() > 0 || m_client->isBusy() || m_active->isSaving() || m_import->isRunning();
}

void Workspace::settleWrites(int timeoutMs)
{
    m_failedWrite.clear();
    m_settling = true;
    m_settleDeadline.start(timeoutMs);
    // Answers are queued: even with nothing pending, settle after the caller has returned.
    QTimer::singleShot(0, this, &Workspace::checkSettled);
}

void Workspace::checkSettled()
{
    if (!m_settling || hasPendingWrites())
        return;
    m_settling = false;
    m_settleDeadline.stop();
    Q_EMIT writesSettled(m_failedWrite.isEmpty());
}

} // namespace EndpointDesk
