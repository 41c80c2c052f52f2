#include "MainWindow.h"

#include "CloudConnection.h"
#include "CurlCommand.h"
#include "EndpointClient.h"
#include "SpecValidator.h"
#include "TokenAuthenticator.h"
#include "Transport.h"
#include "ui_MainWindow.h"

#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace EndpointDesk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_transport(new Transport(this))
    , m_connection(new CloudConnection(m_transport, this))
    , m_client(new EndpointClient(m_connection, this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon::fromTheme(QStringLiteral(ENDPOINTDESK_APP_ID), windowIcon()));

    connect(m_ui->createButton, &QPushButton::clicked, this, &MainWindow::createEndpoint);
    connect(m_ui->createAction, &QAction::triggered, this, &MainWindow::createEndpoint);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MainWindow::cancelRequest);
    connect(m_ui->cancelAction, &QAction::triggered, this, &MainWindow::cancelRequest);
    connect(m_ui->previewAction, &QAction::triggered, this, &MainWindow::showPreview);
    connect(m_ui->copyCurlAction, &QAction::triggered, this, &MainWindow::copyAsCurl);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);

    connect(m_ui->connectionBar, &ConnectionBar::connectionEdited, this, &MainWindow::rebindConnection);
    connect(m_ui->connectionBar, &ConnectionBar::signInRequested, this, &MainWindow::signIn);
    connect(m_client, &EndpointClient::busyChanged, this, &MainWindow::setBusy);
    connect(m_client, &EndpointClient::createFinished, this, &MainWindow::onCreateFinished);

    rebindConnection();
}

MainWindow::~MainWindow() = default;

void MainWindow::applyConnection(const StartupConnection &connection)
{
    ConnectionBar *bar = m_ui->connectionBar;
    bar->setProfileNames({connection.profileName}, connection.profileName);
    bar->setRegionId(connection.regionId);
    bar->setEndpointOverride(connection.endpointOverride);
    bar->setCredentials(connection.credentials);
    m_ui->endpointForm->setSpec(connection.defaults);
    rebindConnection();
    if (!connection.credentials.token.isEmpty())
        bar->setAuthStatus(tr("Using the profile's token for project %1.").arg(connection.defaults.projectId));
}

void MainWindow::rebindConnection()
{
    const ConnectionBar *bar = m_ui->connectionBar;
    m_connection->setEndpoints(ServiceEndpoints(bar->regionId(), bar->endpointOverride()));
    m_connection->setAuthenticator(std::make_shared<TokenAuthenticator>(bar->credentials().token));
}

bool MainWindow::createEndpoint()
{
    if (m_client->isBusy())
        return false;
    const EndpointSpec spec = m_ui->endpointForm->spec(m_ui->connectionBar->regionId());
    const QList<FieldProblem> problems = SpecValidator::validate(spec);
    m_ui->endpointForm->showProblems(problems);
    const bool overrideOk = m_ui->connectionBar->checkEndpointOverride();
    if (!problems.isEmpty() || !overrideOk) {
        m_ui->resultsPanel->showMessage(tr("Nothing was sent: correct the marked fields first."));
        return false;
    }
    rebindConnection();
    m_ui->resultsPanel->showWorking(tr("Creating the endpoint…"));
    return m_client->create(spec);
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
        statusBar()->showMessage(result.status == EndpointResult::Status::Cancelled ? tr("Cancelled.")
                                                                                    : tr("The request failed."),
                                 5000);
    }
    m_ui->createButton->setFocus(Qt::OtherFocusReason);
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

void MainWindow::signIn()
{
    const Credentials credentials = m_ui->connectionBar->credentials();
    rebindConnection();
    m_ui->connectionBar->setAuthStatus(credentials.token.isEmpty()
                                           ? tr("Paste a token to sign in.")
                                           : tr("Using the pasted token; it is checked with the first request."));
}

} // namespace EndpointDesk
