#include "MainWindow.h"

#include "AboutDialog.h"
#include "ActiveProfile.h"
#include "AdaptiveColumns.h"
#include "BatchMenu.h"
#include "EndpointClient.h"
#include "HistoryStore.h"
#include "IamSession.h"
#include "InventoryView.h"
#include "KooCliActions.h"
#include "Profile.h"
#include "ProfileManagerDialog.h"
#include "ProfileStore.h"
#include "ProfileTransfer.h"
#include "QuitGuard.h"
#include "RequestPreviewDialog.h"
#include "ResourcePicker.h"
#include "ResultWords.h"
#include "ScreenFit.h"
#include "UnsavedEditsQuestion.h"
#include "WheelGuard.h"
#include "WindowStateStore.h"
#include "Workspace.h"
#include "ui_MainWindow.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QMessageBox>
#include <QTabBar>
#include <QToolButton>

namespace EndpointDesk {

MainWindow::MainWindow(Workspace *workspace, WindowStateStore *windowState, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_workspace(workspace)
    , m_windowState(windowState)
{
    m_ui->setupUi(this);
    WheelGuard::install(this);
    m_ui->tabs->tabBar()->setFocusPolicy(Qt::NoFocus); // no empty Tab stop: Ctrl+Tab switches views
    m_quitGuard = new QuitGuard(workspace, this, m_ui->messageBar);
    // Where the user left it last time, or the form's own size; inside the screen either way.
    ScreenFit::place(this, m_windowState ? m_windowState->geometry() : QByteArray(), size());
    m_columns = new AdaptiveColumns(m_ui->createScroll, m_ui->createLayout, SideBySideWidth);
    buildViews();
    bindActions();
    bindWorkspace();
    refreshProfileNames();
    m_ui->connectionBar->setAuthStatus(m_workspace->authStatus());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildViews()
{
    m_ui->inventoryView->bind(m_workspace, [this](const InventoryEntry &entry) { return confirmDelete(entry); });
    m_ui->inventoryView->setPlacementSource([this] {
        const EndpointSpec spec = m_workspace->specFor(m_ui->endpointForm->spec());
        return EndpointKey{spec.region, spec.projectId, spec.vpcId, spec.subnetId};
    });
    for (ResourceKind kind : {ResourceKind::Project, ResourceKind::Vpc, ResourceKind::Subnet, ResourceKind::Agency})
        m_ui->endpointForm->setLister(kind, m_workspace->lister(kind));
    // Tab goes from Agency to Create endpoint; the agency's permission list comes after.
    setTabOrder(m_ui->createButton, m_ui->endpointForm->pickerFor(SpecField::Agency)->permissionsToggle());
    new BatchMenu(m_ui->requestMenu, m_workspace, this);
}

void MainWindow::bindActions()
{
    connect(m_ui->createButton, &QPushButton::clicked, this, &MainWindow::createEndpoint);
    connect(m_ui->createAction, &QAction::triggered, this, &MainWindow::createEndpoint);
    connect(m_ui->cancelButton, &QPushButton::clicked, m_workspace, &Workspace::cancel);
    connect(m_ui->cancelAction, &QAction::triggered, m_workspace, &Workspace::cancel);
    connect(m_ui->previewAction, &QAction::triggered, this, &MainWindow::showPreview);
    connect(m_ui->copyCurlAction, &QAction::triggered, this, &MainWindow::copyAsCurl);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->saveProfileAction, &QAction::triggered, this, &MainWindow::saveProfile);
    connect(m_ui->manageProfilesAction, &QAction::triggered, this, &MainWindow::manageProfiles);
    connect(m_ui->signOutAction, &QAction::triggered, m_workspace, &Workspace::signOut);
    connect(m_ui->exportProfilesAction, &QAction::triggered, this,
            [this] { showNotice(ProfileTransfer::exportProfiles(this, *m_workspace->profiles())); });
    connect(m_ui->importProfilesAction, &QAction::triggered, this,
            [this] { showNotice(ProfileTransfer::importProfiles(this, m_workspace)); });
    new KooCliActions(this, m_workspace, m_ui->importKooCliAction, m_ui->copyKooCliAction,
                      [this] { return m_ui->endpointForm->spec(); });

    ConnectionBar *bar = m_ui->connectionBar;
    connect(bar, &ConnectionBar::connectionEdited, this, &MainWindow::onConnectionEdited);
    bar->setRegionChangeQuestion(
        [this](const QString &regionId) { return m_workspace->regionChangeQuestion(regionId); });
    connect(bar, &ConnectionBar::signInRequested, this, &MainWindow::signIn);
    connect(bar, &ConnectionBar::profileChosen, this, &MainWindow::openProfile);
    connect(bar, &ConnectionBar::saveRequested, this, &MainWindow::saveProfile);
    connect(bar, &ConnectionBar::manageProfilesRequested, this, &MainWindow::manageProfiles);
    // The picker's id, never the text it shows for it.
    connect(m_ui->endpointForm, &EndpointForm::projectIdChanged, this, [this](const QString &id) {
        if (!m_loading)
            m_workspace->editProjectId(id);
    });
}

void MainWindow::bindWorkspace()
{
    Workspace *workspace = m_workspace;
    ConnectionBar *bar = m_ui->connectionBar;
    connect(workspace, &Workspace::profileOpened, this, &MainWindow::onProfileOpened);
    // The bar reports no edit for values it is given.
    connect(workspace, &Workspace::credentialsChanged, bar, &ConnectionBar::setCredentials);
    connect(workspace, &Workspace::listingScopeChanged, m_ui->endpointForm, &EndpointForm::setListingScope);
    connect(workspace, &Workspace::authStatusChanged, bar, &ConnectionBar::setAuthStatus);
    connect(workspace, &Workspace::signInFailed, bar, &ConnectionBar::setAuthStatus);
    connect(workspace, &Workspace::projectSuggested, this, [this](const QString &projectId) {
        m_loading = true;
        m_ui->endpointForm->setProjectId(projectId);
        m_loading = false;
    });
    connect(workspace, &Workspace::notice, m_ui->messageBar, &MessageBar::showNotice);
    connect(workspace, &Workspace::placementCleared, m_ui->endpointForm, &EndpointForm::clearPlacement);

    ActiveProfile *active = workspace->activeProfile();
    connect(active, &ActiveProfile::modifiedChanged, bar, &ConnectionBar::setProfileModified);
    connect(active, &ActiveProfile::nameChanged, this, &MainWindow::refreshProfileNames);
    connect(workspace->profiles(), &ProfileStore::profilesChanged, this, &MainWindow::refreshProfileNames);

    connect(workspace->session(), &IamSession::stateChanged, this, [this](IamSession::State state) {
        m_ui->connectionBar->setSigningIn(state == IamSession::State::SigningIn);
        m_ui->signOutAction->setEnabled(state != IamSession::State::SignedOut);
    });
    EndpointClient *client = workspace->client();
    connect(client, &EndpointClient::busyChanged, this, &MainWindow::setBusy);
    connect(client, &EndpointClient::createFinished, this, &MainWindow::onCreateFinished);
}

void MainWindow::showNotice(const QString &text)
{
    if (!text.isEmpty())
        m_ui->messageBar->showMessage(text, MessageBar::Kind::Information);
}

// --- profiles ---------------------------------------------------------------------------------

bool MainWindow::openProfile(const QString &name)
{
    if (name == m_workspace->activeProfile()->name() && !name.isEmpty())
        return true;
    QString error;
    if (!settleUnsavedEdits() || !m_workspace->openProfile(name, &error)) {
        if (!error.isEmpty())
            m_ui->messageBar->showMessage(error, MessageBar::Kind::Error);
        refreshProfileNames();
        return false;
    }
    return true;
}

void MainWindow::openStartupProfile(const QString &requested)
{
    // A history not opened yet says what it has to say once it is (Workspace).
    const HistoryStore *history = m_workspace->history();
    const QStringList notices =
        m_workspace->profiles()->notices() + (history->openAttempted() ? history->notices() : QStringList());
    for (const QString &notice : notices)
        m_ui->messageBar->showMessage(notice, MessageBar::Kind::Warning);
    QString notice;
    const QString name = m_workspace->startupProfileName(requested, &notice);
    if (!notice.isEmpty())
        m_ui->messageBar->showMessage(notice, MessageBar::Kind::Warning);
    if (!name.isEmpty())
        openProfile(name);
}

void MainWindow::onProfileOpened(const Profile &profile, const Credentials &credentials, const EndpointSpec &defaults)
{
    m_loading = true;
    refreshProfileNames();
    ConnectionBar *bar = m_ui->connectionBar;
    bar->setRegionId(profile.regionId);
    bar->setEndpointOverride(profile.endpointOverride);
    bar->setCredentials(credentials);
    m_ui->endpointForm->setSpec(defaults);
    m_ui->endpointForm->clearProblems();
    m_ui->resultsPanel->showMessage(tr("Fill in the form and press Create endpoint."));
    m_loading = false;
}

void MainWindow::refreshProfileNames()
{
    const ActiveProfile *active = m_workspace->activeProfile();
    m_ui->connectionBar->setProfileNames(m_workspace->profiles()->profileNames(), active->name());
    m_ui->connectionBar->setProfileModified(active->isModified());
}

bool MainWindow::saveProfile()
{
    // A refusal reaches the message bar as the workspace's notice.
    if (!m_workspace->saveProfile())
        return false;
    statusBar()->showMessage(tr("Profile %1 saved.").arg(m_workspace->activeProfile()->name()), 5000);
    return true;
}

bool MainWindow::settleUnsavedEdits()
{
    if (!m_workspace->activeProfile()->isModified())
        return true;
    switch (askAboutUnsavedEdits()) {
    case UnsavedEditsChoice::Stay:
        return false;
    case UnsavedEditsChoice::Save:
        return saveProfile();
    case UnsavedEditsChoice::Discard:
        break;
    }
    // Whatever comes next (another profile, the profile read afresh, quitting) drops the edits.
    return true;
}

MainWindow::UnsavedEditsChoice MainWindow::askAboutUnsavedEdits()
{
    const auto answer = UnsavedEditsQuestion::ask(this, m_workspace->activeProfile()->name());
    if (answer == QMessageBox::Save)
        return UnsavedEditsChoice::Save;
    return answer == QMessageBox::Discard ? UnsavedEditsChoice::Discard : UnsavedEditsChoice::Stay;
}

void MainWindow::manageProfiles()
{
    if (!settleUnsavedEdits())
        return;
    ProfileManagerDialog dialog(m_workspace->profiles(), m_workspace->secrets(), this);
    dialog.selectProfile(m_workspace->activeProfile()->name());
    dialog.exec();
    QString error;
    if (!m_workspace->reopenActiveProfile(&error))
        m_ui->messageBar->showMessage(error, MessageBar::Kind::Error);
    refreshProfileNames();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitGuard->isSaving()) {
        if (!settleUnsavedEdits()) {
            event->ignore();
            return;
        }
        // Size and place are a convenience: a settings file that cannot be written is reported elsewhere.
        if (m_windowState)
            m_windowState->setGeometry(saveGeometry());
    }
    event->setAccepted(m_quitGuard->mayClose());
}

// --- connection and sign-in --------------------------------------------------------------------

void MainWindow::onConnectionEdited()
{
    if (m_loading)
        return;
    const ConnectionBar *bar = m_ui->connectionBar;
    m_workspace->editConnection(bar->regionId(), bar->endpointOverrideText(), bar->credentials());
}

void MainWindow::signIn()
{
    QString problem;
    if (!m_workspace->signIn(&problem))
        m_ui->connectionBar->setAuthStatus(problem);
}

// --- create and delete --------------------------------------------------------------------------

bool MainWindow::createEndpoint()
{
    const EndpointSpec values = m_ui->endpointForm->spec();
    m_ui->endpointForm->showProblems(m_workspace->problems(values));
    m_ui->connectionBar->checkEndpointOverride();
    const Workspace::Refusal refusal = m_workspace->create(values);
    if (refusal == Workspace::Refusal::None)
        m_ui->resultsPanel->showWorking(tr("Creating the endpoint…"));
    else if (const QString why = m_workspace->refusalText(refusal); !why.isEmpty())
        m_ui->resultsPanel->showMessage(why);
    return refusal == Workspace::Refusal::None;
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
    if (busy)
        m_ui->cancelButton->setFocus(Qt::OtherFocusReason);
}

void MainWindow::onCreateFinished(const EndpointSpec &, const EndpointResult &result)
{
    if (result.succeeded())
        m_ui->resultsPanel->showCreated(result);
    else
        m_ui->resultsPanel->showFailure(result);
    statusBar()->showMessage(ResultWords::createHeadline(result), 5000);
    m_ui->createButton->setFocus(Qt::OtherFocusReason);
    m_columns->reveal(m_ui->resultsPanel);
}

bool MainWindow::confirmDelete(const InventoryEntry &entry)
{
    const auto answer = QMessageBox::question(
        this, tr("Delete endpoint"),
        tr("Delete the VPC endpoint of VPC %1, subnet %2, in %3? Functions using it lose their access.")
            .arg(entry.key.vpcId, entry.key.subnetId, entry.key.region),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

// --- menus -------------------------------------------------------------------------------------

void MainWindow::showPreview()
{
    RequestPreviewDialog(m_workspace->previewFor(m_ui->endpointForm->spec()), this).exec();
}

void MainWindow::copyAsCurl()
{
    QString problem;
    QGuiApplication::clipboard()->setText(m_workspace->curlFor(m_ui->endpointForm->spec(), &problem));
    statusBar()->showMessage(tr("Copied the request as a cURL command; secrets are shown as ****."), 5000);
}

void MainWindow::showAbout()
{
    AboutDialog(this).exec();
}

} // namespace EndpointDesk
