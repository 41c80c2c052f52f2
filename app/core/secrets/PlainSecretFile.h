#pragma once

#include "SecretKind.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace EndpointDesk {

class ProfileStore;

// The opt-in place for secrets when no keychain answers: the profile's group of the settings file,
// under SettingsKeys::UnencryptedSecretsGroup, UNENCRYPTED. SecretStore uses it only for profiles with
// storeSecretsUnencrypted ticked. The file is made readable by its owner only before a secret goes
// in. Nothing is written while the profile store holds the file read-only (newer version, damaged).
// Renaming or removing a profile in the ProfileStore carries its group, and so these secrets, along.
class PlainSecretFile
{
public:
    explicit PlainSecretFile(const ProfileStore &profiles);
    ~PlainSecretFile();

    // What the person is told when a secret went into the file.
    static QString warning();

    // Mutators return false with a message for the person in *error when refused or not written.
    bool write(const QString &profileName, SecretKind kind, const QString &value, QString *error = nullptr);
    std::optional<QString> read(const QString &profileName, SecretKind kind) const;
    // The kinds the file holds for the profile (kinds this version does not know are left out).
    QList<SecretKind> kinds(const QString &profileName) const;
    bool remove(const QString &profileName, SecretKind kind, QString *error = nullptr);
    // Every secret of the profile, including kinds this version does not know.
    bool removeAll(const QString &profileName, QString *error = nullptr);

private:
    bool checkWritable(QString *error) const;
    bool commit(QString *error);
    void refresh() const;
    void restrictToOwner();

    std::unique_ptr<QSettings> m_settings;
    bool m_readOnly = false;
};

} // namespace EndpointDesk
