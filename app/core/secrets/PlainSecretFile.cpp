#include "PlainSecretFile.h"

#include "Logging.h"
#include "ProfileStore.h"
#include "SettingsKeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>

namespace EndpointDesk {

namespace {

QString groupOf(const QString &profileName)
{
    return ProfileStore::groupFor(profileName) + u'/' + SettingsKeys::UnencryptedSecretsGroup;
}

QString keyOf(const QString &profileName, SecretKind kind)
{
    return groupOf(profileName) + u'/' + SecretKinds::id(kind);
}

} // namespace

PlainSecretFile::PlainSecretFile(const ProfileStore &profiles)
    : m_settings(std::make_unique<QSettings>(profiles.fileName(), QSettings::IniFormat))
    , m_readOnly(profiles.isReadOnly())
{
}

PlainSecretFile::~PlainSecretFile() = default;

QString PlainSecretFile::warning()
{
    return QCoreApplication::translate("EndpointDesk",
                                       "No keychain service answered. As this profile allows it, the secret was "
                                       "written to the settings file UNENCRYPTED; anyone who can read that file "
                                       "can read it. The file is now readable by you only.");
}

bool PlainSecretFile::checkWritable(QString *error) const
{
    if (!m_readOnly)
        return true;
    if (error)
        *error = QCoreApplication::translate("EndpointDesk",
                                             "Secrets cannot be written to the settings file: it was written by a "
                                             "newer version of Endpoint Desk or is damaged.");
    return false;
}

void PlainSecretFile::refresh() const
{
    // Another instance may have written since; a read-only file is left exactly as it is.
    if (!m_readOnly)
        m_settings->sync();
}

void PlainSecretFile::restrictToOwner()
{
    if (QFile::exists(m_settings->fileName()))
        QFile::setPermissions(m_settings->fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool PlainSecretFile::commit(QString *error)
{
    m_settings->sync();
    // Also when the file was created by this write.
    restrictToOwner();
    if (m_settings->status() == QSettings::NoError)
        return true;
    qCWarning(lcCore) << "settings sync failed for an opted-in secret, status" << m_settings->status();
    if (error)
        *error = QCoreApplication::translate("EndpointDesk", "The secret could not be written to %1.")
                     .arg(QDir::toNativeSeparators(m_settings->fileName()));
    return false;
}

bool PlainSecretFile::write(const QString &profileName, SecretKind kind, const QString &value, QString *error)
{
    if (!checkWritable(error))
        return false;
    // Restrict the file before the secret is first written to it.
    restrictToOwner();
    m_settings->setValue(keyOf(profileName, kind), value);
    return commit(error);
}

std::optional<QString> PlainSecretFile::read(const QString &profileName, SecretKind kind) const
{
    refresh();
    const QVariant value = m_settings->value(keyOf(profileName, kind));
    if (!value.isValid())
        return std::nullopt;
    return value.toString();
}

QList<SecretKind> PlainSecretFile::kinds(const QString &profileName) const
{
    refresh();
    m_settings->beginGroup(groupOf(profileName));
    const QStringList ids = m_settings->childKeys();
    m_settings->endGroup();
    QList<SecretKind> kinds;
    for (const QString &id : ids) {
        if (const std::optional<SecretKind> kind = SecretKinds::fromId(id))
            kinds.append(*kind);
    }
    return kinds;
}

bool PlainSecretFile::remove(const QString &profileName, SecretKind kind, QString *error)
{
    if (!checkWritable(error))
        return false;
    refresh();
    const QString key = keyOf(profileName, kind);
    if (!m_settings->contains(key))
        return true;
    m_settings->remove(key);
    return commit(error);
}

bool PlainSecretFile::removeAll(const QString &profileName, QString *error)
{
    if (!checkWritable(error))
        return false;
    refresh();
    const QString group = groupOf(profileName);
    m_settings->beginGroup(group);
    const bool empty = m_settings->childKeys().isEmpty();
    m_settings->endGroup();
    if (empty)
        return true;
    m_settings->remove(group);
    return commit(error);
}

} // namespace EndpointDesk
