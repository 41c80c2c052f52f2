#include "MainWindow.h"

#include "ActiveProfile.h"
#include "AuthMethod.h"
#include "CloudConnection.h"
#include "CurlCommand.h"
#include "EndpointClient.h"
#include "EndpointRecorder.h"
#include "HistoryStore.h"
#include "IamSession.h"
#include "InventoryView.h"
#include "NetworkSettings.h"
#include "Profile.h"
#include "ProfileManagerDialog.h"
#include "ProfileStore.h"
#include "ProfileTransfer.h"
#include "SecretStore.h"
#include "SignInStatus.h"
#include "SpecValidator.h"
#include "Transport.h"
#include "ui_MainWindow.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace EndpointDesk {

namespace {

// Long enough that typing a token does not list after every keystroke.
constexpr int ListingDebounceMs = 600;

} // namespace

MainWindow::MainWindow(ProfileStore *profiles, SecretStore *secrets, HistoryStore *history, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_active(new ActiveProfile(profiles, secrets, this))
    , m_transport(new Transport(this))
    , m_connection(new CloudConnection(m_transport, this))
    , m_client(new EndpointClient(m_connection, this))
    , m_session(new IamSession(m_transport, this))
    , m_history(history ? history : new HistoryStore(QStringLiteral(":memory:"), this))
    , m_recorder(new EndpointRecorder(m_client, m_history, this))
    , m_inventoryView(new InventoryView(this))
    , m_listingDebounce(new QTimer(this))
{
    m_ui->setupUi(this);
    // Where the user left it last time; the form's own size otherwise.
    if (const QByteArray geometry = m_profiles->windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    // Results and error text grow the content: scroll rather than squeeze or clip it.
    m_createScroll = new QScrollArea(this);
    m_createScroll->setWidgetResizable(true);
    m_createScroll->setFrameShape(QFrame::NoFrame);
    m_createScroll->setWidget(takeCentralWidget());
    // Two views: the form, and what was created; notices stay above both.
    m_ui->centralLayout->removeWidget(m_ui->messageBar);
    auto *tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("Views"));
    // No mnemonics on the tabs: the menus and form labels use up the letters; Ctrl+Tab switches.
    tabs->addTab(m_createScroll, tr("Create"));
    tabs->addTab(m_inventoryView, tr("Endpoints"));
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_ui->messageBar);
    centralLayout->addWidget(tabs);
    setCentralWidget(central);
    m_inventoryView->setStore(m_history);
    for (const QString &notice : m_history->notices())
        m_ui->messageBar->showMessage(notice, MessageBar::Kind::Warning);
    connect(m_history, &HistoryStore::storageProblem, this,
            [this](const QString &message) { m_ui->messageBar->showMessage(message, MessageBar::Kind::Error); });
    connect(m_inventoryView, &InventoryView::deleteRequested, this, &MainWindow::deleteEndpoint);
    m_ui->endpointForm->setListingSource(m_connection, &m_listings);
    m_listingDebounce->setSingleShot(true);
    m_listingDebounce->setInterval(ListingDebounceMs);
    connect(m_listingDebounce, &QTimer::timeout, this, &MainWindow::reloadListings);

    connect(m_ui->createButton, &QPushButton::clicked, this, &MainWindow::createEndpoint);
    connect(m_ui->createAction, &QAction::triggered, this, &MainWindow::createEndpoint);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MainWindow::cancelRequest);
    connect(m_ui->cancelAction, &QAction::triggered, this, &MainWindow::cancelRequest);
    connect(m_ui->previewAction, &QAction::triggered, this, &MainWindow::showPreview);
    connect(m_ui->copyCurlAction, &QAction::triggered, this, &MainWindow::copyAsCurl);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->saveProfileAction, &QAction::triggered, this, &MainWindow::saveProfile);
    connect(m_ui->manageProfilesAction, &QAction::triggered, this, &MainWindow::manageProfiles);
    connect(m_ui->signOutAction, &QAction::triggered, m_session, &IamSession::signOut);
    connect(m_ui->exportProfilesAction, &QAction::triggered, this, [this] {
        const QString summary = ProfileTransfer::exportProfiles(this, *m_profiles);
        if (!summary.isEmpty())
            showNotice(summary);
    });
    connect(m_ui->importProfilesAction, &QAction::triggered, this, [this] {
        const QString summary = ProfileTransfer::importProfiles(this, *m_profiles);
        if (!summary.isEmpty())
            showNotice(summary);
    });

    ConnectionBar *bar = m_ui->connectionBar;
    connect(bar, &ConnectionBar::connectionEdited, this, &MainWindow::onConnectionEdited);
    connect(bar, &ConnectionBar::signInRequested, this, &MainWindow::signIn);
    connect(bar, &ConnectionBar::profileChosen, this, &MainWindow::openProfile);
    connect(bar, &ConnectionBar::saveRequested, this, &MainWindow::saveProfile);
    connect(bar, &ConnectionBar::manageProfilesRequested, this, &MainWindow::manageProfiles);
    connect(m_ui->endpointForm, &EndpointForm::edited, this, [this] {
        if (m_loading)
            return;
        Profile edits = m_active->profile();
        const QString projectId = m_ui->endpointForm->spec({}).projectId;
        if (edits.projectId != projectId) {
            edits.projectId = projectId;
            m_active->setProfileEdits(edits);
        }
    });

    connect(m_active, &ActiveProfile::loaded, this, &MainWindow::onProfileLoaded);
    connect(m_active, &ActiveProfile::secretsLoaded, this, &MainWindow::onSecretsLoaded);
    connect(m_active, &ActiveProfile::modifiedChanged, bar, &ConnectionBar::setProfileModified);
    connect(m_active, &ActiveProfile::notice, this, [this](const QString &message, ActiveProfile::Severity severity) {
        m_ui->messageBar->showMessage(message, severity == ActiveProfile::Severity::Error ? MessageBar::Kind::Error
                                               : severity == ActiveProfile::Severity::Warning
                                                   ? MessageBar::Kind::Warning
                                                   : MessageBar::Kind::Information);
    });
    connect(m_active, &ActiveProfile::nameChanged, this, &MainWindow::refreshProfileNames);
    connect(m_active, &ActiveProfile::activeProfileRemoved, this, [this] {
        const QString next = m_profiles->startupProfileName();
        if (!next.isEmpty())
            openProfile(next);
    });
    connect(m_profiles, &ProfileStore::profilesChanged, this, &MainWindow::refreshProfileNames);
    connect(m_profiles, &ProfileStore::storageProblem, this,
            [this](const QString &message) { m_ui->messageBar->showMessage(message, MessageBar::Kind::Error); });

    connect(m_session, &IamSession::stateChanged, this, [this](IamSession::State state) {
        m_ui->connectionBar->setSigningIn(state == IamSession::State::SigningIn);
        m_ui->signOutAction->setEnabled(state != IamSession::State::SignedOut);
        updateAuthStatus();
    });
    connect(m_session, &IamSession::signedIn, this, &MainWindow::onSignedIn);
    connect(m_session, &IamSession::failed, this, &MainWindow::onSignInFailed);
    connect(m_session, &IamSession::signedOut, this, &MainWindow::updateAuthStatus);
    connect(m_session, &IamSession::expiringSoon, this, [this](const QDateTime &expiresAt) {
        m_ui->messageBar->showMessage(
            tr("The sign-in ends at %1 and cannot renew itself with MFA: sign in again with a new code.")
                .arg(QLocale().toString(expiresAt.toLocalTime(), QLocale::ShortFormat)),
            MessageBar::Kind::Warning);
    });

    connect(m_client, &EndpointClient::busyChanged, this, &MainWindow::setBusy);
    connect(m_client, &EndpointClient::createFinished, this, &MainWindow::onCreateFinished);
    connect(m_client, &EndpointClient::deleteFinished, this, &MainWindow::onDeleteFinished);

    refreshProfileNames();
    updateAuthStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::showNotice(const QString &text)
{
    m_ui->messageBar->showMessage(text, MessageBar::Kind::Information);
}

// --- profiles ---------------------------------------------------------------------------------

bool MainWindow::openProfile(const QString &name)
{
    if (name == m_active->name() && !name.isEmpty())
        return true;
    if (!settleUnsavedEdits()) {
        refreshProfileNames();
        return false;
    }
    QString error;
    if (!m_active->load(name, &error)) {
        m_ui->messageBar->showMessage(error, MessageBar::Kind::Error);
        refreshProfileNames();
        return false;
    }
    return true;
}

void MainWindow::openStartupProfile(const QString &requested)
{
    for (const QString &notice : m_profiles->notices())
        m_ui->messageBar->showMessage(notice, MessageBar::Kind::Warning);
    const QString name = m_profiles->startupProfileName(requested);
    if (!requested.isEmpty() && name != requested)
        m_ui->messageBar->showMessage(tr("There is no profile named %1; opened %2 instead.").arg(requested, name),
                                      MessageBar::Kind::Warning);
    if (!name.isEmpty())
        openProfile(name);
}

void MainWindow::onProfileLoaded(const Profile &profile, const Credentials &credentials)
{
    // Everything bound to the old profile goes: its token, its lists, its results.
    m_loading = true;
    m_session->signOut();
    m_listings.clear();
    refreshProfileNames();
    m_recorder->setProfileName(profile.name);
    ConnectionBar *bar = m_ui->connectionBar;
    bar->setRegionId(profile.regionId);
    bar->setEndpointOverride(profile.endpointOverride);
    bar->setCredentials(credentials);
    bar->setProfileModified(false);
    m_ui->endpointForm->setSpec(ActiveProfile::formDefaults(profile));
    m_ui->endpointForm->clearProblems();
    if (const QString problem = m_transport->setNetworkSettings(NetworkSettings::fromProfile(profile));
        !problem.isEmpty())
        m_ui->messageBar->showMessage(problem, MessageBar::Kind::Error);
    m_ui->resultsPanel->showMessage(tr("Fill in the form and press Create endpoint."));
    m_loading = false;
    rebindConnection();
    reloadListings();
    updateAuthStatus();
}

void MainWindow::onSecretsLoaded(const Credentials &credentials)
{
    m_loading = true;
    m_ui->connectionBar->setCredentials(credentials);
    m_loading = false;
    rebindConnection();
    reloadListings();
    updateAuthStatus();
}

void MainWindow::refreshProfileNames()
{
    m_ui->connectionBar->setProfileNames(m_profiles->profileNames(), m_active->name());
    m_ui->connectionBar->setProfileModified(m_active->isModified());
}

bool MainWindow::saveProfile()
{
    QString error;
    if (!m_active->save(&error)) {
        m_ui->messageBar->showMessage(error, MessageBar::Kind::Error);
        return false;
    }
    statusBar()->showMessage(tr("Profile %1 saved.").arg(m_active->name()), 5000);
    return true;
}

bool MainWindow::settleUnsavedEdits()
{
    if (!m_active->isModified())
        return true;
    switch (askAboutUnsavedEdits()) {
    case UnsavedEditsChoice::Stay:
        return false;
    case UnsavedEditsChoice::Save:
        return saveProfile();
    case UnsavedEditsChoice::Discard:
        break;
    }
    m_active->discardEdits();
    return true;
}

MainWindow::UnsavedEditsChoice MainWindow::askAboutUnsavedEdits()
{
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("Save the changes to profile %1 first?").arg(m_active->name()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return UnsavedEditsChoice::Save;
    return answer == QMessageBox::Discard ? UnsavedEditsChoice::Discard : UnsavedEditsChoice::Stay;
}

void MainWindow::manageProfiles()
{
    if (!settleUnsavedEdits())
        return;
    const QString active = m_active->name();
    ProfileManagerDialog dialog(m_profiles, this);
    dialog.selectProfile(active);
    dialog.exec();
    // The dialog may have renamed, edited or deleted the active profile: read it afresh.
    const QString name = m_profiles->contains(m_active->name()) ? m_active->name() : m_profiles->startupProfileName();
    QString error;
    if (!name.isEmpty() && !m_active->load(name, &error))
        m_ui->messageBar->showMessage(error, MessageBar::Kind::Error);
    refreshProfileNames();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!settleUnsavedEdits()) {
        event->ignore();
        return;
    }
    // Size and place are a convenience: a settings file that cannot be written is reported elsewhere.
    m_profiles->setWindowGeometry(saveGeometry());
    event->accept();
}

// --- connection and sign-in --------------------------------------------------------------------

void MainWindow::onConnectionEdited()
{
    if (m_loading)
        return;
    const ConnectionBar *bar = m_ui->connectionBar;
    Profile edits = m_active->profile();
    edits.regionId = bar->regionId();
    edits.endpointOverride = bar->endpointOverrideText();
    m_active->setProfileEdits(edits);
    m_active->setCredentials(bar->credentials());
    rebindConnection();
    updateAuthStatus();
    m_listingDebounce->start();
}

void MainWindow::rebindConnection()
{
    const ConnectionBar *bar = m_ui->connectionBar;
    const ServiceEndpoints endpoints(bar->regionId(), bar->endpointOverride());
    if (endpoints.regionId() != m_boundEndpoints.regionId()
        || endpoints.overrideBase() != m_boundEndpoints.overrideBase()) {
        // A token belongs to one region and one IAM: another place needs another sign-in.
        m_session->signOut();
        m_listings.clear();
        m_boundEndpoints = endpoints;
    }
    m_connection->setEndpoints(endpoints);
    m_connection->useCredentials(bar->credentials(), m_session);
}

bool MainWindow::credentialsReady() const
{
    const ConnectionBar *bar = m_ui->connectionBar;
    return ServiceEndpoints::checkOverride(bar->endpointOverride()).isEmpty()
           && SignInStatus::isReady(bar->credentials(), m_session->isSignedIn());
}

void MainWindow::reloadListings()
{
    m_listingDebounce->stop();
    m_listings.clear();
    if (credentialsReady())
        m_ui->endpointForm->setListingScope(m_active->name(), m_ui->connectionBar->regionId(), true);
    else
        m_ui->endpointForm->setListingScope({}, {});
}

void MainWindow::signIn()
{
    rebindConnection();
    const Credentials credentials = m_ui->connectionBar->credentials();
    if (credentials.method == AuthMethod::IamPassword) {
        QString problem;
        const QString projectId = m_ui->endpointForm->spec({}).projectId;
        if (!m_session->signIn(m_boundEndpoints, credentials,
                               SpecValidator::isProjectId(projectId) ? projectId : QString(), &problem))
            m_ui->connectionBar->setAuthStatus(problem);
        return;
    }
    // Tokens and keys need no sign-in call: the first listing shows whether the cloud takes them.
    reloadListings();
    updateAuthStatus();
}

void MainWindow::onSignedIn(const IamSessionInfo &info)
{
    // A virtual MFA code works once: leave nothing stale in the field.
    Credentials credentials = m_ui->connectionBar->credentials();
    if (!credentials.mfaCode.isEmpty()) {
        credentials.mfaCode.clear();
        m_ui->connectionBar->setCredentials(credentials);
    }
    // The token names its project: fill it in when the form has none yet.
    if (!SpecValidator::isProjectId(m_ui->endpointForm->spec({}).projectId) && !info.projectId.isEmpty()) {
        EndpointSpec spec = m_ui->endpointForm->spec(m_ui->connectionBar->regionId());
        spec.projectId = info.projectId;
        m_ui->endpointForm->setSpec(spec);
    }
    rebindConnection();
    reloadListings();
    updateAuthStatus();
}

void MainWindow::onSignInFailed(const ApiError &error)
{
    QString text = error.message;
    if (!error.hint.isEmpty())
        text += QLatin1String(" ") + error.hint;
    m_ui->connectionBar->setAuthStatus(tr("Sign-in failed: %1").arg(text));
}

void MainWindow::updateAuthStatus()
{
    m_ui->connectionBar->setAuthStatus(
        SignInStatus::describe(m_ui->connectionBar->credentials(), m_session->isSignedIn(), m_session->statusText()));
}

// --- create ------------------------------------------------------------------------------------

bool MainWindow::createEndpoint()
{
    if (m_client->isBusy())
        return false;
    const QString region = m_ui->connectionBar->regionId();
    const QList<FieldProblem> problems = m_ui->endpointForm->problems(region);
    m_ui->endpointForm->showProblems(problems);
    const bool overrideOk = m_ui->connectionBar->checkEndpointOverride();
    if (!problems.isEmpty() || !overrideOk) {
        m_ui->resultsPanel->showMessage(tr("Nothing was sent: correct the marked fields first."));
        return false;
    }
    rebindConnection();
    m_ui->resultsPanel->showWorking(tr("Creating the endpoint…"));
    return m_client->create(m_ui->endpointForm->spec(region));
}

void MainWindow::cancelRequest()
{
    m_client->cancel();
}

void MainWindow::setBusy(bool busy)
{
    // One create at a time: a second click must not send a second request.
    m_ui->createButton->setEnabled(!busy);
    m_ui->createAction->setEnabled(!busy);
    m_ui->cancelButton->setEnabled(busy);
    m_ui->cancelAction->setEnabled(busy);
    m_ui->progress->setVisible(busy);
    m_ui->connectionBar->setEnabled(!busy);
    m_ui->endpointForm->setEnabled(!busy);
    m_inventoryView->setBusy(busy);
    if (busy)
        m_ui->cancelButton->setFocus(Qt::OtherFocusReason);
}

void MainWindow::onCreateFinished(const EndpointSpec &spec, const EndpointResult &result)
{
    Q_UNUSED(spec)
    if (result.succeeded()) {
        m_ui->resultsPanel->showCreated(result);
        statusBar()->showMessage(tr("Endpoint created."), 5000);
    } else {
        m_ui->resultsPanel->showFailure(result);
        statusBar()->showMessage(result.wasCancelled() ? tr("Cancelled.") : tr("The request failed."), 5000);
    }
    m_ui->createButton->setFocus(Qt::OtherFocusReason);
    bringResultsIntoView();
}

void MainWindow::bringResultsIntoView()
{
    // The answer lands below the form and may be out of sight on a small screen. Scroll once the
    // panel has been laid out at its new size, which happens when the posted layout requests run.
    QTimer::singleShot(0, this, [this] {
        m_createScroll->widget()->layout()->activate();
        m_createScroll->ensureWidgetVisible(m_ui->resultsPanel, 0, 0);
    });
}

// --- delete ------------------------------------------------------------------------------------

bool MainWindow::confirmDelete(const InventoryEntry &entry)
{
    const auto answer = QMessageBox::question(
        this, tr("Delete endpoint"),
        tr("Delete the VPC endpoint of VPC %1, subnet %2, in %3? Functions using it lose their access.")
            .arg(entry.key.vpcId, entry.key.subnetId, entry.key.region),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

bool MainWindow::deleteEndpoint(const InventoryEntry &entry)
{
    if (m_client->isBusy())
        return false;
    // The connection belongs to one region: another region's endpoint needs that region chosen.
    if (entry.key.region != m_ui->connectionBar->regionId()) {
        m_inventoryView->showMessage(tr("This endpoint is in region %1: choose that region (and a profile that "
                                        "can reach it) first.")
                                         .arg(entry.key.region));
        return false;
    }
    if (!confirmDelete(entry))
        return false;
    rebindConnection();
    m_inventoryView->showMessage(tr("Deleting the endpoint…"));
    return m_client->remove(entry.key);
}

void MainWindow::onDeleteFinished(const EndpointKey &key, const EndpointResult &result)
{
    m_inventoryView->showDeleteResult(key, result);
    statusBar()->showMessage(result.succeeded() ? tr("Endpoint deleted.") : tr("The delete failed."), 5000);
}

QString MainWindow::curlForCurrentForm(QString *problem) const
{
    const EndpointSpec spec = m_ui->endpointForm->spec(m_ui->connectionBar->regionId());
    const ApiRequest request = m_connection->builder().createEndpoint(spec);
    const ApiRequest signedRequest = m_connection->authenticated(request, problem);
    const Authenticator *authenticator = m_connection->authenticator();
    return CurlCommand::format(signedRequest.method.isEmpty() ? request : signedRequest,
                               authenticator ? authenticator->secretHeaders() : QList<QByteArray>());
}

void MainWindow::showPreview()
{
    QString problem;
    const QString curl = curlForCurrentForm(&problem);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Request preview"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QPlainTextEdit(curl, &dialog);
    text->setReadOnly(true);
    text->setAccessibleName(tr("Request preview"));
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setMinimumSize(640, 240);
    layout->addWidget(text);
    if (!problem.isEmpty())
        layout->addWidget(new QLabel(problem, &dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.exec();
}

void MainWindow::copyAsCurl()
{
    QString problem;
    QGuiApplication::clipboard()->setText(curlForCurrentForm(&problem));
    statusBar()->showMessage(tr("Copied the request as a cURL command; secrets are shown as ****."), 5000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Endpoint Desk"),
                       tr("<h3>Endpoint Desk %1</h3><p>Creates and tracks Huawei Cloud FunctionGraph VPC "
                          "endpoints.</p><p>Built with Qt %2.</p>")
                           .arg(QStringLiteral(ENDPOINTDESK_VERSION), QString::fromLatin1(qVersion())));
}

} // namespace EndpointDesk
