#include "ProfileManagerDialog.h"

#include "ActiveProfile.h"
#include "AuthFieldsWidget.h"
#include "ProfileFieldHelp.h"
#include "ProfileStore.h"
#include "ProfileValidator.h"
#include "Region.h"
#include "RegionChoice.h"
#include "SecretStore.h"
#include "UnsavedEditsQuestion.h"
#include "WheelGuard.h"
#include "ui_ProfileManagerDialog.h"

#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace EndpointDesk {

ProfileManagerDialog::ProfileManagerDialog(ProfileStore *store, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileManagerDialog>())
    , m_store(store)
    , m_ownSecrets(secrets ? nullptr : std::make_unique<SecretStore>(store, SecretStore::Backend::Unavailable))
    , m_profile(new ActiveProfile(store, secrets ? secrets : m_ownSecrets.get(), this))
{
    m_ui->setupUi(this);
    auto *authLayout = new QVBoxLayout(m_ui->authHost);
    authLayout->setContentsMargins(0, 0, 0, 0);
    m_authFields = new AuthFieldsWidget(m_ui->authHost);
    m_authFields->setMfaCodeShown(false); // typed at each sign-in, never kept
    authLayout->addWidget(m_authFields);
    // The sign-in fields, made after the form, go where they are read: after the project.
    QWidget *previous = m_ui->projectEdit;
    for (QWidget *stop : m_authFields->tabStops()) {
        setTabOrder(previous, stop);
        previous = stop;
    }
    setTabOrder(previous, m_ui->vpcEdit);
    WheelGuard::install(this);

    RegionChoice::setUp(m_ui->regionCombo);
    m_ui->proxyModeCombo->addItem(tr("System settings"), Profile::proxyModeId(ProxyMode::System));
    m_ui->proxyModeCombo->addItem(tr("No proxy"), Profile::proxyModeId(ProxyMode::None));
    m_ui->proxyModeCombo->addItem(tr("Manual"), Profile::proxyModeId(ProxyMode::Manual));
    m_ui->endpointEdit->setPlaceholderText(tr("Leave empty to use the region's addresses"));
    m_ui->recordModeCombo->addItem(tr("This computer only"), false);
    m_ui->recordModeCombo->addItem(tr("PostgreSQL server (shared with the team)"), true);
    m_ui->recordHostEdit->setPlaceholderText(tr("db.example.com, or a Unix socket folder"));
    m_ui->recordCaFileEdit->setPlaceholderText(tr("Empty: ~/.postgresql/root.crt"));
    m_ui->unencryptedWarning->setStyleSheet(QStringLiteral("font-weight: bold;"));
    ProfileFieldHelp::apply(this);
    m_ui->fieldHelp->setText(tr("Each field says here what it is and where to find it."));
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { showHelpFor(now); });
    // The desktop's own button texts may carry letters the form already uses: these are the dialog's own.
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));

    connect(m_ui->profileList, &QListWidget::currentTextChanged, this, &ProfileManagerDialog::loadProfile);
    connect(m_ui->newButton, &QPushButton::clicked, this, &ProfileManagerDialog::newProfile);
    connect(m_ui->renameButton, &QPushButton::clicked, this, &ProfileManagerDialog::renameProfile);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &ProfileManagerDialog::duplicateProfile);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ProfileManagerDialog::deleteProfile);
    connect(m_ui->defaultButton, &QPushButton::clicked, this, &ProfileManagerDialog::setAsDefault);
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, &ProfileManagerDialog::browseCaFile);
    connect(m_ui->recordCaBrowseButton, &QPushButton::clicked, this, &ProfileManagerDialog::browseRecordCaFile);
    connect(m_ui->recordModeCombo, &QComboBox::currentIndexChanged, this, &ProfileManagerDialog::updateRecordFields);
    connect(m_ui->endpointEdit, &QLineEdit::textChanged, this, &ProfileManagerDialog::updateEndpointProblem);
    connect(m_ui->proxyModeCombo, &QComboBox::currentIndexChanged, this, &ProfileManagerDialog::updateProxyFields);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &ProfileManagerDialog::saveCurrent);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_store, &ProfileStore::storageProblem, this, &ProfileManagerDialog::showMessage);

    // Every edit goes to the profile being edited, which knows whether it differs from what is stored.
    for (QLineEdit *edit : m_ui->formPage->findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &ProfileManagerDialog::onFormEdited);
    for (QComboBox *combo : m_ui->formPage->findChildren<QComboBox *>())
        connect(combo, &QComboBox::currentIndexChanged, this, &ProfileManagerDialog::onFormEdited);
    for (QSpinBox *spin : m_ui->formPage->findChildren<QSpinBox *>())
        connect(spin, &QSpinBox::valueChanged, this, &ProfileManagerDialog::onFormEdited);
    connect(m_ui->unencryptedCheck, &QCheckBox::toggled, this, &ProfileManagerDialog::onFormEdited);
    connect(m_ui->recordTlsCheck, &QCheckBox::toggled, this, &ProfileManagerDialog::onFormEdited);
    connect(m_authFields, &AuthFieldsWidget::changed, this, &ProfileManagerDialog::onFormEdited);
    connect(m_profile, &ActiveProfile::loaded, this, &ProfileManagerDialog::showProfile);
    connect(m_profile, &ActiveProfile::secretsLoaded, this, [this](const Credentials &credentials) {
        m_filling = true;
        m_authFields->setCredentials(credentials);
        m_ui->proxyPasswordEdit->setText(m_profile->proxyPassword());
        m_ui->recordPasswordEdit->setText(m_profile->recordPassword());
        m_filling = false;
    });
    connect(m_profile, &ActiveProfile::nameChanged, this, [this](const QString &name) {
        m_loadedName = name;
        m_filling = true;
        m_ui->nameEdit->setText(name);
        m_filling = false;
    });
    connect(m_profile, &ActiveProfile::activeProfileRemoved, this, [this] { m_loadedName.clear(); });
    connect(m_profile, &ActiveProfile::notice, this, [this](const QString &text) { showMessage(text); });

    showMessage(m_store->notices().join(u'\n'));
    reloadList(m_store->startupProfileName());
}

ProfileManagerDialog::~ProfileManagerDialog()
{
    // The focus moves while the widgets are torn down, after this object has ceased to be a dialog.
    disconnect(qApp, nullptr, this, nullptr);
}

QString ProfileManagerDialog::currentProfileName() const
{
    return m_loadedName;
}

QString ProfileManagerDialog::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void ProfileManagerDialog::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void ProfileManagerDialog::selectProfile(const QString &name)
{
    const QList<QListWidgetItem *> items = m_ui->profileList->findItems(name, Qt::MatchExactly);
    if (!items.isEmpty())
        m_ui->profileList->setCurrentItem(items.constFirst());
}

void ProfileManagerDialog::reloadList(QString select)
{
    const QString defaultName = m_store->defaultProfileName();
    {
        // One explicit load below, not one per selection change while the list is rebuilt.
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->clear();
        for (const QString &name : m_store->profileNames()) {
            auto *item = new QListWidgetItem(name, m_ui->profileList);
            if (name == defaultName) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setToolTip(tr("Default profile"));
            }
        }
        selectProfile(select);
        if (!m_ui->profileList->currentItem() && m_ui->profileList->count() > 0)
            m_ui->profileList->setCurrentRow(0);
    }
    const QListWidgetItem *current = m_ui->profileList->currentItem();
    loadProfile(current ? current->text() : QString());
    updateButtons(); // the same profile again may have become the default
}

void ProfileManagerDialog::loadProfile(const QString &name)
{
    if (!name.isEmpty() && name == m_loadedName)
        return;
    if (!settleUnsavedEdits()) {
        const QSignalBlocker blocker(m_ui->profileList);
        selectProfile(m_loadedName);
        return;
    }
    // Named before loading: loaded() fills the form and sets the buttons for it.
    m_loadedName = m_store->profile(name) ? name : QString();
    if (m_loadedName.isEmpty() || !m_profile->load(name)) {
        m_loadedName.clear();
        showProfile(Profile());
    }
}

void ProfileManagerDialog::showProfile(const Profile &p)
{
    m_filling = true;
    m_ui->formPage->setEnabled(m_profile->isLoaded());
    m_ui->nameEdit->setText(p.name);
    RegionChoice::select(m_ui->regionCombo, p.regionId);
    m_ui->endpointEdit->setText(p.endpointOverride);
    m_ui->projectEdit->setText(p.projectId);
    m_authFields->setCredentials(m_profile->isLoaded() ? m_profile->credentials() : p.credentials());
    m_ui->vpcEdit->setText(p.defaultVpcId);
    m_ui->subnetEdit->setText(p.defaultSubnetId);
    m_ui->flavorEdit->setText(p.defaultFlavor);
    m_ui->agencyEdit->setText(p.defaultAgency);
    m_ui->connectTimeoutSpin->setValue(p.connectTimeoutSeconds);
    m_ui->readTimeoutSpin->setValue(p.readTimeoutSeconds);
    m_ui->proxyModeCombo->setCurrentIndex(qMax(0, m_ui->proxyModeCombo->findData(Profile::proxyModeId(p.proxyMode))));
    m_ui->proxyHostEdit->setText(p.proxyHost);
    m_ui->proxyPortSpin->setValue(p.proxyPort);
    m_ui->proxyUserEdit->setText(p.proxyUser);
    m_ui->proxyPasswordEdit->setText(m_profile->proxyPassword());
    m_ui->caFileEdit->setText(p.caFile);
    const RecordServer &record = p.recordServer;
    m_ui->recordModeCombo->setCurrentIndex(m_ui->recordModeCombo->findData(record.isSet()));
    m_ui->recordHostEdit->setText(record.host);
    m_ui->recordPortSpin->setValue(record.port);
    m_ui->recordDatabaseEdit->setText(record.database);
    m_ui->recordUserEdit->setText(record.user);
    m_ui->recordPasswordEdit->setText(m_profile->recordPassword());
    m_ui->recordTlsCheck->setChecked(record.tls);
    m_ui->recordCaFileEdit->setText(record.caFile);
    m_ui->unencryptedCheck->setChecked(p.storeSecretsUnencrypted);
    m_ui->projectError->hide();
    m_filling = false;
    updateEndpointProblem();
    updateProxyFields();
    updateRecordFields();
    updateButtons();
}

void ProfileManagerDialog::onFormEdited()
{
    if (m_filling || m_loadedName.isEmpty())
        return;
    m_profile->setProfileEdits(profileFromForm());
    m_profile->setCredentials(m_authFields->credentials());
    m_profile->setProxyPassword(m_ui->proxyPasswordEdit->text());
    m_profile->setRecordPassword(m_ui->recordPasswordEdit->text());
}

bool ProfileManagerDialog::hasUnsavedEdits() const
{
    return !m_loadedName.isEmpty() && (m_profile->isModified() || m_ui->nameEdit->text() != m_loadedName);
}

bool ProfileManagerDialog::settleUnsavedEdits()
{
    if (!hasUnsavedEdits())
        return true;
    switch (askAboutUnsavedEdits()) {
    case UnsavedEditsChoice::Stay:
        return false;
    case UnsavedEditsChoice::Save:
        return saveCurrent();
    case UnsavedEditsChoice::Discard:
        break;
    }
    m_profile->discardEdits();
    return true;
}

void ProfileManagerDialog::reject()
{
    if (!settleUnsavedEdits())
        return;
    if (!m_profile->isSaving())
        return QDialog::reject();
    // The secrets are on their way to the keychain: whoever reads them next must find them there.
    setEnabled(false);
    connect(
        m_profile, &ActiveProfile::saved, this, [this] { QDialog::reject(); }, Qt::SingleShotConnection);
}

void ProfileManagerDialog::showHelpFor(QWidget *field)
{
    if (field && isAncestorOf(field) && !field->toolTip().isEmpty())
        m_ui->fieldHelp->setText(field->toolTip());
}

Profile ProfileManagerDialog::profileFromForm() const
{
    Profile p = m_profile->profile();
    p.name = m_ui->nameEdit->text();
    p.regionId = RegionChoice::regionId(m_ui->regionCombo);
    p.endpointOverride = m_ui->endpointEdit->text().trimmed();
    p.projectId = m_ui->projectEdit->text().trimmed();
    p.applyCredentials(m_authFields->credentials());
    p.defaultVpcId = m_ui->vpcEdit->text().trimmed();
    p.defaultSubnetId = m_ui->subnetEdit->text().trimmed();
    p.defaultFlavor = m_ui->flavorEdit->text().trimmed();
    p.defaultAgency = m_ui->agencyEdit->text().trimmed();
    p.connectTimeoutSeconds = m_ui->connectTimeoutSpin->value();
    p.readTimeoutSeconds = m_ui->readTimeoutSpin->value();
    p.proxyMode = Profile::proxyModeFromId(m_ui->proxyModeCombo->currentData().toString()).value_or(ProxyMode::System);
    p.proxyHost = m_ui->proxyHostEdit->text().trimmed();
    p.proxyPort = m_ui->proxyPortSpin->value();
    p.proxyUser = m_ui->proxyUserEdit->text().trimmed();
    p.caFile = m_ui->caFileEdit->text().trimmed();
    // "This computer only" keeps what was typed for the server, but names none.
    p.recordServer.host = recordOnServer() ? m_ui->recordHostEdit->text().trimmed() : QString();
    p.recordServer.port = m_ui->recordPortSpin->value();
    p.recordServer.database = m_ui->recordDatabaseEdit->text().trimmed();
    p.recordServer.user = m_ui->recordUserEdit->text().trimmed();
    p.recordServer.tls = m_ui->recordTlsCheck->isChecked();
    p.recordServer.caFile = m_ui->recordCaFileEdit->text().trimmed();
    p.recordServer.password.clear(); // a secret: ActiveProfile::setRecordPassword()
    p.storeSecretsUnencrypted = m_ui->unencryptedCheck->isChecked();
    return p;
}

void ProfileManagerDialog::updateEndpointProblem()
{
    const QString problem = ProfileValidator::checkEndpointOverride(m_ui->endpointEdit->text().trimmed());
    m_ui->endpointError->setText(problem);
    m_ui->endpointError->setVisible(!problem.isEmpty());
}

void ProfileManagerDialog::updateProxyFields()
{
    const bool manual = m_ui->proxyModeCombo->currentData().toString() == Profile::proxyModeId(ProxyMode::Manual);
    for (QWidget *field :
         {static_cast<QWidget *>(m_ui->proxyHostEdit), static_cast<QWidget *>(m_ui->proxyPortSpin),
          static_cast<QWidget *>(m_ui->proxyUserEdit), static_cast<QWidget *>(m_ui->proxyPasswordEdit)})
        field->setEnabled(manual);
}

bool ProfileManagerDialog::recordOnServer() const
{
    return m_ui->recordModeCombo->currentData().toBool();
}

void ProfileManagerDialog::updateRecordFields()
{
    const bool server = recordOnServer();
    for (QWidget *field :
         {static_cast<QWidget *>(m_ui->recordHostEdit), static_cast<QWidget *>(m_ui->recordPortSpin),
          static_cast<QWidget *>(m_ui->recordDatabaseEdit), static_cast<QWidget *>(m_ui->recordUserEdit),
          static_cast<QWidget *>(m_ui->recordPasswordEdit), static_cast<QWidget *>(m_ui->recordTlsCheck),
          static_cast<QWidget *>(m_ui->recordCaFileEdit), static_cast<QWidget *>(m_ui->recordCaBrowseButton)})
        field->setEnabled(server);
}

void ProfileManagerDialog::updateButtons()
{
    const bool selected = !m_loadedName.isEmpty();
    const bool writable = !m_store->isReadOnly();
    m_ui->newButton->setEnabled(writable);
    m_ui->renameButton->setEnabled(selected && writable);
    m_ui->duplicateButton->setEnabled(selected && writable);
    m_ui->deleteButton->setEnabled(selected && writable);
    m_ui->defaultButton->setEnabled(selected && writable && m_store->defaultProfileName() != m_loadedName);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(selected && writable);
}

bool ProfileManagerDialog::saveCurrent()
{
    if (m_loadedName.isEmpty())
        return false;
    const Profile p = profileFromForm();
    const QList<ProfileProblem> problems = ProfileValidator::validate(p);
    QStringList others;
    m_ui->projectError->hide();
    for (const ProfileProblem &problem : problems) {
        if (problem.field == ProfileField::ProjectId) {
            m_ui->projectError->setText(problem.message);
            m_ui->projectError->show();
        } else if (problem.field != ProfileField::EndpointOverride) {
            others.append(problem.message);
        }
    }
    // Without a host the profile would name no server: the choice says there is one.
    if (recordOnServer() && p.recordServer.host.isEmpty())
        others.append(tr("Enter the record server's host, or choose \"This computer only\"."));
    updateEndpointProblem();
    if (!problems.isEmpty() || !others.isEmpty()) {
        showMessage(others.join(u'\n'));
        return false;
    }
    QString error;
    if (p.name != m_loadedName && !m_store->renameProfile(m_loadedName, p.name, &error)) {
        showMessage(error);
        return false;
    }
    onFormEdited();
    if (!m_profile->save(&error)) {
        showMessage(error);
        return false;
    }
    reloadList(p.name);
    return true;
}

void ProfileManagerDialog::newProfile()
{
    Profile p;
    p.name = m_store->uniqueName(tr("New profile"));
    p.regionId = RegionCatalog::defaultRegionId();
    QString error;
    if (!m_store->saveProfile(p, &error)) {
        showMessage(error);
        return;
    }
    reloadList(p.name);
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
}

void ProfileManagerDialog::renameProfile()
{
    const QString newName = promptForName(tr("Rename profile"), m_loadedName);
    if (newName.isEmpty() || newName == m_loadedName)
        return;
    QString error;
    if (!m_store->renameProfile(m_loadedName, newName, &error)) {
        showMessage(error);
        return;
    }
    showMessage({});
    reloadList(newName);
}

void ProfileManagerDialog::duplicateProfile()
{
    const QString newName = m_store->uniqueName(tr("%1 copy").arg(m_loadedName));
    QString error;
    if (!m_store->duplicateProfile(m_loadedName, newName, &error)) {
        showMessage(error);
        return;
    }
    reloadList(newName);
}

void ProfileManagerDialog::deleteProfile()
{
    const QString name = m_loadedName;
    if (!confirmRemoval(tr("Delete the profile \"%1\"? Its saved secrets (password, secret key, security token, "
                           "token) are deleted from the keychain too.")
                            .arg(name)))
        return;
    QString error;
    if (!m_store->removeProfile(name, &error)) {
        showMessage(error);
        return;
    }
    reloadList({});
}

void ProfileManagerDialog::setAsDefault()
{
    QString error;
    if (!m_store->setDefaultProfileName(m_loadedName, &error)) {
        showMessage(error);
        return;
    }
    reloadList(m_loadedName);
}

void ProfileManagerDialog::browseCaFile()
{
    const QString file = chooseCaFile(m_ui->caFileEdit->text());
    if (!file.isEmpty())
        m_ui->caFileEdit->setText(file);
}

void ProfileManagerDialog::browseRecordCaFile()
{
    const QString file = chooseCaFile(m_ui->recordCaFileEdit->text());
    if (!file.isEmpty())
        m_ui->recordCaFileEdit->setText(file);
}

QString ProfileManagerDialog::promptForName(const QString &title, const QString &current)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, title, tr("New name:"), QLineEdit::Normal, current, &ok);
    return ok ? name : QString();
}

ProfileManagerDialog::UnsavedEditsChoice ProfileManagerDialog::askAboutUnsavedEdits()
{
    switch (UnsavedEditsQuestion::ask(this, m_loadedName)) {
    case QMessageBox::Save:
        return UnsavedEditsChoice::Save;
    case QMessageBox::Discard:
        return UnsavedEditsChoice::Discard;
    default:
        return UnsavedEditsChoice::Stay;
    }
}

bool ProfileManagerDialog::confirmRemoval(const QString &question)
{
    return QMessageBox::question(this, tr("Delete profile"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
           == QMessageBox::Yes;
}

QString ProfileManagerDialog::chooseCaFile(const QString &current)
{
    return QFileDialog::getOpenFileName(this, tr("Choose a CA certificate file"), current,
                                        tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
}

} // namespace EndpointDesk
