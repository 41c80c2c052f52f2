#include "ConnectionBar.h"

#include "Region.h"
#include "ServiceEndpoints.h"
#include "Theme.h"
#include "ui_ConnectionBar.h"

#include <QFormLayout>
#include <QLabel>

namespace EndpointDesk {

ConnectionBar::ConnectionBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectionBar>())
{
    m_ui->setupUi(this);
    for (const Region &region : RegionCatalog::all()) {
        const QString text = region.listedBySdksOnly
            ? tr("%1 (%2) - listed by the SDKs, not by the API page").arg(region.displayName, region.id)
            : tr("%1 (%2)").arg(region.displayName, region.id);
        m_ui->regionCombo->addItem(text, region.id);
    }
    m_ui->overrideProblem->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::errorColor(palette()).name()));
    m_ui->overrideProblem->setAccessibleName(tr("Endpoint override problem"));

    auto *authLayout = new QFormLayout(m_ui->authHost);
    authLayout->setContentsMargins(0, 0, 0, 0);
    m_tokenEdit = new QLineEdit(m_ui->authHost);
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setAccessibleName(tr("Token"));
    m_tokenEdit->setPlaceholderText(tr("Paste an IAM token (X-Subject-Token)"));
    auto *tokenLabel = new QLabel(tr("&Token:"), m_ui->authHost);
    tokenLabel->setBuddy(m_tokenEdit);
    authLayout->addRow(tokenLabel, m_tokenEdit);
    setTabOrder(m_ui->overrideEdit, m_tokenEdit);
    setTabOrder(m_tokenEdit, m_ui->signInButton);

    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, &ConnectionBar::connectionEdited);
    connect(m_ui->overrideEdit, &QLineEdit::textEdited, this, [this] {
        m_ui->overrideProblem->hide();
        Q_EMIT connectionEdited();
    });
    connect(m_ui->overrideEdit, &QLineEdit::editingFinished, this, &ConnectionBar::checkEndpointOverride);
    connect(m_tokenEdit, &QLineEdit::textEdited, this, &ConnectionBar::connectionEdited);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &ConnectionBar::signInRequested);
    connect(m_ui->profileCombo, &QComboBox::activated, this,
            [this](int index) { Q_EMIT profileChosen(m_ui->profileCombo->itemText(index)); });
}

ConnectionBar::~ConnectionBar() = default;

void ConnectionBar::setProfileNames(const QStringList &names, const QString &current)
{
    const QSignalBlocker blocker(m_ui->profileCombo);
    m_ui->profileCombo->clear();
    m_ui->profileCombo->addItems(names);
    m_ui->profileCombo->setCurrentIndex(qMax(0, names.indexOf(current)));
}

QString ConnectionBar::profileName() const
{
    return m_ui->profileCombo->currentText();
}

QString ConnectionBar::regionId() const
{
    return m_ui->regionCombo->currentData().toString();
}

void ConnectionBar::setRegionId(const QString &regionId)
{
    const int index = m_ui->regionCombo->findData(regionId);
    if (index >= 0)
        m_ui->regionCombo->setCurrentIndex(index);
}

QUrl ConnectionBar::endpointOverride() const
{
    const QString text = m_ui->overrideEdit->text().trimmed();
    if (text.isEmpty())
        return {};
    // A bare host name means https; plain http must be asked for explicitly.
    return QUrl(text.contains(QLatin1String("://")) ? text : QLatin1String("https://") + text, QUrl::StrictMode);
}

void ConnectionBar::setEndpointOverride(const QUrl &url)
{
    m_ui->overrideEdit->setText(url.toString());
    checkEndpointOverride();
}

bool ConnectionBar::checkEndpointOverride()
{
    const QString problem = ServiceEndpoints::checkOverride(endpointOverride());
    m_ui->overrideProblem->setText(problem);
    m_ui->overrideProblem->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

Credentials ConnectionBar::credentials() const
{
    Credentials credentials;
    credentials.method = AuthMethod::Token;
    credentials.token = m_tokenEdit->text().trimmed();
    return credentials;
}

void ConnectionBar::setCredentials(const Credentials &credentials)
{
    m_tokenEdit->setText(credentials.token);
}

void ConnectionBar::setAuthStatus(const QString &text)
{
    m_ui->authStatus->setText(text);
}

} // namespace EndpointDesk
