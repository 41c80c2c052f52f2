#include "ConnectionBar.h"

#include "AuthFieldsWidget.h"
#include "RegionChoice.h"
#include "ServiceEndpoints.h"
#include "Theme.h"
#include "ui_ConnectionBar.h"

#include <QMessageBox>
#include <QScopedValueRollback>
#include <QStringListModel>
#include <QVBoxLayout>

namespace EndpointDesk {

ConnectionBar::ConnectionBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectionBar>())
{
    m_ui->setupUi(this);
    RegionChoice::setUp(m_ui->regionCombo);
    // The longest region name must not set the window's minimum width.
    m_ui->regionCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->regionCombo->setMinimumContentsLength(24);
    m_profileModel = new QStringListModel(this);
    m_ui->profileCombo->setModel(m_profileModel);
    m_ui->profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->profileCombo->setMinimumContentsLength(12);
    m_ui->overrideProblem->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::errorColor(palette()).name()));
    m_ui->overrideProblem->setAccessibleName(tr("Endpoint override problem"));

    auto *authLayout = new QVBoxLayout(m_ui->authHost);
    authLayout->setContentsMargins(0, 0, 0, 0);
    m_authFields = new AuthFieldsWidget(m_ui->authHost);
    authLayout->addWidget(m_authFields);
    // The sign-in fields, made after the form, go between the override and Sign in: reading order.
    QWidget *previous = m_ui->overrideEdit;
    for (QWidget *stop : m_authFields->tabStops()) {
        setTabOrder(previous, stop);
        previous = stop;
    }
    setTabOrder(previous, m_ui->signInButton);

    const auto edited = [this] {
        if (!m_updating)
            Q_EMIT connectionEdited();
    };
    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, [this, edited] {
        if (!m_updating && onRegionChosen())
            edited();
    });
    // A typed region counts once it is complete, not at every key.
    connect(m_ui->regionCombo->lineEdit(), &QLineEdit::editingFinished, this, [this, edited] {
        if (!m_updating && regionId() != m_regionId && onRegionChosen())
            edited();
    });
    connect(m_ui->overrideEdit, &QLineEdit::textChanged, this, [this, edited] {
        m_ui->overrideProblem->hide();
        edited();
    });
    connect(m_ui->overrideEdit, &QLineEdit::editingFinished, this, &ConnectionBar::checkEndpointOverride);
    connect(m_authFields, &AuthFieldsWidget::changed, this, edited);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &ConnectionBar::signInRequested);
    connect(m_ui->saveProfileButton, &QToolButton::clicked, this, &ConnectionBar::saveRequested);
    connect(m_ui->manageProfilesButton, &QToolButton::clicked, this, &ConnectionBar::manageProfilesRequested);
    connect(m_ui->profileCombo, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_profileNames.size())
            Q_EMIT profileChosen(m_profileNames.at(index));
    });
}

ConnectionBar::~ConnectionBar() = default;

void ConnectionBar::setProfileNames(const QStringList &names, const QString &current)
{
    const QSignalBlocker blocker(m_ui->profileCombo);
    m_profileNames = names;
    m_profileModel->setStringList(names);
    m_ui->profileCombo->setCurrentIndex(qMax(0, names.indexOf(current)));
}

QString ConnectionBar::profileName() const
{
    const int index = m_ui->profileCombo->currentIndex();
    return index >= 0 && index < m_profileNames.size() ? m_profileNames.at(index) : QString();
}

void ConnectionBar::setProfileModified(bool modified)
{
    const int index = m_ui->profileCombo->currentIndex();
    if (index < 0 || index >= m_profileNames.size())
        return;
    // The asterisk is the desktop's usual sign of unsaved edits.
    m_ui->profileCombo->setItemText(index, modified ? m_profileNames.at(index) + QLatin1String(" *")
                                                    : m_profileNames.at(index));
    m_ui->saveProfileButton->setEnabled(modified);
}

QString ConnectionBar::regionId() const
{
    return RegionChoice::regionId(m_ui->regionCombo);
}

void ConnectionBar::setRegionId(const QString &regionId)
{
    m_updating = true;
    RegionChoice::select(m_ui->regionCombo, regionId);
    m_updating = false;
    m_regionId = this->regionId();
}

void ConnectionBar::setRegionChangeQuestion(std::function<QString(const QString &)> question)
{
    m_regionChangeQuestion = std::move(question);
}

bool ConnectionBar::onRegionChosen()
{
    // The question takes the focus, and the box's text field then reports the same choice again.
    if (m_askingAboutRegion)
        return false;
    const QString question = m_regionChangeQuestion ? m_regionChangeQuestion(regionId()) : QString();
    if (!question.isEmpty()) {
        const QScopedValueRollback<bool> asking(m_askingAboutRegion, true);
        if (QMessageBox::question(this, tr("Change region"), question) != QMessageBox::Yes) {
            setRegionId(m_regionId);
            return false;
        }
    }
    m_regionId = regionId();
    return true;
}

QString ConnectionBar::endpointOverrideText() const
{
    return m_ui->overrideEdit->text().trimmed();
}

QUrl ConnectionBar::endpointOverride() const
{
    return ServiceEndpoints::parseOverride(endpointOverrideText());
}

void ConnectionBar::setEndpointOverride(const QString &text)
{
    m_updating = true;
    m_ui->overrideEdit->setText(text);
    m_updating = false;
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
    return m_authFields->credentials();
}

void ConnectionBar::setCredentials(const Credentials &credentials)
{
    m_updating = true;
    m_authFields->setCredentials(credentials);
    m_updating = false;
}

void ConnectionBar::setAuthStatus(const QString &text)
{
    m_ui->authStatus->setText(text);
}

void ConnectionBar::setSigningIn(bool signingIn)
{
    m_ui->signInButton->setEnabled(!signingIn);
    m_ui->signInButton->setText(signingIn ? tr("Signing in…") : tr("S&ign in"));
}

} // namespace EndpointDesk
