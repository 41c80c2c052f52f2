#include "ProfileManagerDialog.h"

#include "ProfileStore.h"
#include "ProfileValidator.h"
#include "Region.h"
#include "WheelGuard.h"
#include "ui_ProfileManagerDialog.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace EndpointDesk {

ProfileManagerDialog::ProfileManagerDialog(ProfileStore *store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileManagerDialog>())
    , m_store(store)
{
    m_ui->setupUi(this);
    WheelGuard::install(this);

    for (const Region &region : RegionCatalog::all()) {
        const QString text = region.listedBySdksOnly
                                 ? tr("%1 (%2), named by the SDKs only").arg(region.displayName(), region.id)
                                 : tr("%1 (%2)").arg(region.displayName(), region.id);
        m_ui->regionCombo->addItem(text, region.id);
    }
    for (AuthMethod method : AuthMethods::all())
        m_ui->authCombo->addItem(AuthMethods::label(method), AuthMethods::id(method));
    m_ui->proxyModeCombo->addItem(tr("System settings"), Profile::proxyModeId(ProxyMode::System));
    m_ui->proxyModeCombo->addItem(tr("No proxy"), Profile::proxyModeId(ProxyMode::None));
    m_ui->proxyModeCombo->addItem(tr("Manual"), Profile::proxyModeId(ProxyMode::Manual));
    m_ui->endpointEdit->setPlaceholderText(tr("Leave empty to use the region's addresses"));
    m_ui->unencryptedWarning->setStyleSheet(QStringLiteral("font-weight: bold;"));
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
    connect(m_ui->endpointEdit, &QLineEdit::textChanged, this, &ProfileManagerDialog::updateEndpointProblem);
    connect(m_ui->proxyModeCombo, &QComboBox::currentIndexChanged, this, &ProfileManagerDialog::updateProxyFields);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &ProfileManagerDialog::saveCurrent);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_store, &ProfileStore::storageProblem, this, &ProfileManagerDialog::showMessage);

    showMessage(m_store->notices().join(u'\n'));
    reloadList(m_store->startupProfileName());
}

ProfileManagerDialog::~ProfileManagerDialog() = default;

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
}

void ProfileManagerDialog::loadProfile(const QString &name)
{
    const std::optional<Profile> stored = m_store->profile(name);
    const Profile p = stored.value_or(Profile());
    m_loadedName = stored ? name : QString();
    m_ui->formPage->setEnabled(stored.has_value());
    m_ui->nameEdit->setText(p.name);
    m_ui->regionCombo->setCurrentIndex(qMax(0, m_ui->regionCombo->findData(p.regionId)));
    m_ui->endpointEdit->setText(p.endpointOverride);
    m_ui->projectEdit->setText(p.projectId);
    m_ui->authCombo->setCurrentIndex(qMax(0, m_ui->authCombo->findData(AuthMethods::id(p.authMethod))));
    m_ui->accountEdit->setText(p.accountName);
    m_ui->iamUserEdit->setText(p.iamUserName);
    m_ui->mfaUserEdit->setText(p.mfaUserId);
    m_ui->accessKeyEdit->setText(p.accessKeyId);
    m_ui->vpcEdit->setText(p.defaultVpcId);
    m_ui->subnetEdit->setText(p.defaultSubnetId);
    m_ui->flavorEdit->setText(p.defaultFlavor);
    m_ui->agencyEdit->setText(p.defaultAgency);
    m_ui->connectTimeoutSpin->setValue(p.connectTimeoutSeconds);
    m_ui->readTimeoutSpin->setValue(p.readTimeoutSeconds);
    m_ui->proxyModeCombo->setCurrentIndex(qMax(0, m_ui->proxyModeCombo->findData(Profile::proxyModeId(p.proxyMode))));
    m_ui->proxyHostEdit->setText(p.proxyHost);
    m_ui->proxyPortSpin->setValue(p.proxyPort);
    m_ui->caFileEdit->setText(p.caFile);
    m_ui->unencryptedCheck->setChecked(p.storeSecretsUnencrypted);
    m_ui->projectError->hide();
    updateEndpointProblem();
    updateProxyFields();
    updateButtons();
}

Profile ProfileManagerDialog::profileFromForm() const
{
    Profile p = m_store->profile(m_loadedName).value_or(Profile());
    p.name = m_ui->nameEdit->text();
    p.regionId = m_ui->regionCombo->currentData().toString();
    p.endpointOverride = m_ui->endpointEdit->text().trimmed();
    p.projectId = m_ui->projectEdit->text().trimmed();
    p.authMethod = AuthMethods::fromId(m_ui->authCombo->currentData().toString()).value_or(AuthMethod::Token);
    p.accountName = m_ui->accountEdit->text().trimmed();
    p.iamUserName = m_ui->iamUserEdit->text().trimmed();
    p.mfaUserId = m_ui->mfaUserEdit->text().trimmed();
    p.accessKeyId = m_ui->accessKeyEdit->text().trimmed();
    p.defaultVpcId = m_ui->vpcEdit->text().trimmed();
    p.defaultSubnetId = m_ui->subnetEdit->text().trimmed();
    p.defaultFlavor = m_ui->flavorEdit->text().trimmed();
    p.defaultAgency = m_ui->agencyEdit->text().trimmed();
    p.connectTimeoutSeconds = m_ui->connectTimeoutSpin->value();
    p.readTimeoutSeconds = m_ui->readTimeoutSpin->value();
    p.proxyMode = Profile::proxyModeFromId(m_ui->proxyModeCombo->currentData().toString()).value_or(ProxyMode::System);
    p.proxyHost = m_ui->proxyHostEdit->text().trimmed();
    p.proxyPort = m_ui->proxyPortSpin->value();
    p.caFile = m_ui->caFileEdit->text();
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
    m_ui->proxyHostEdit->setEnabled(manual);
    m_ui->proxyPortSpin->setEnabled(manual);
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
    updateEndpointProblem();
    if (!problems.isEmpty()) {
        showMessage(others.join(u'\n'));
        return false;
    }
    QString error;
    if (p.name != m_loadedName && !m_store->renameProfile(m_loadedName, p.name, &error)) {
        showMessage(error);
        return false;
    }
    if (!m_store->saveProfile(p, &error)) {
        showMessage(error);
        return false;
    }
    showMessage({});
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

QString ProfileManagerDialog::promptForName(const QString &title, const QString &current)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, title, tr("New name:"), QLineEdit::Normal, current, &ok);
    return ok ? name : QString();
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
