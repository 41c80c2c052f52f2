#pragma once

#include "Credentials.h"
#include "Profile.h"
#include "ProfileValidator.h"
#include "SecretKind.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>

namespace EndpointDesk {

class ProfileStore;
class SecretStore;

// The profile the main window works with: its saved settings, the secrets typed or read from the
// keychain, whether anything differs from what is stored, and saving. The window only binds
// widgets to this; every rule about what is stored where lives here.
//
// Secrets of the profile's auth method are read asynchronously after load(); a secret the person
// typed before its stored value arrived is kept. Saving writes the profile and the method's secrets
// and removes the secrets of the other methods, so the keychain holds exactly what the profile uses.
// The MFA code is never stored anywhere.
class ActiveProfile : public QObject
{
    Q_OBJECT

public:
    enum class Severity { Info, Warning, Error };
    Q_ENUM(Severity)

    ActiveProfile(ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);
    ~ActiveProfile() override;

    // Creates and saves a first profile (firstProfileName(), the default region) when the store has
    // none, so a first run has something to edit. True when the store has a profile afterwards.
    static bool ensureProfileExists(ProfileStore *profiles, QString *error = nullptr);
    static QString firstProfileName();

    // Loads the named profile, dropping any unsaved edits (the window asks first): emits loaded()
    // at once, then secretsLoaded() when every secret of its auth method has been read. Records it
    // as the last used profile. False with *error when there is no such profile.
    bool load(const QString &name, QString *error = nullptr);
    // Empty when no profile is loaded (none yet, or it was removed).
    QString name() const { return m_name; }
    bool isLoaded() const { return !m_name.isEmpty(); }
    // True until the secrets of the latest load() have all been read.
    bool isLoadingSecrets() const { return m_pendingReads > 0; }

    // Saved fields plus edits.
    Profile profile() const { return m_edited; }
    // Method and non-secret names from the profile, plus the secrets in memory.
    Credentials credentials() const;
    // What is wrong with the edited profile, per field; save() refuses while this is not empty.
    QList<ProfileProblem> problems() const;

    // Edits from the window. The name is not edited here: renaming goes through ProfileStore.
    void setProfileEdits(const Profile &profile);
    void setCredentials(const Credentials &credentials);
    bool isModified() const { return m_modified; }
    // The manual proxy's password: a secret of the profile like the sign-in ones, stored while the
    // profile has a manual proxy with a user.
    QString proxyPassword() const { return m_current.value(SecretKind::ProxyPassword); }
    void setProxyPassword(const QString &password);
    // The profile's proxy, CA file and timeouts, with the proxy's password.
    NetworkSettings networkSettings() const;
    // The password of the shared record's server: a secret of the profile, stored while it names a server.
    QString recordPassword() const { return m_current.value(SecretKind::RecordPassword); }
    void setRecordPassword(const QString &password);
    // Where the profile's shared record is, as saved, with the stored password: complete once the
    // secrets are loaded (isLoadingSecrets() false), which recordServerChanged() tells. Without a
    // loaded profile, or when the profile names no server (isSet() false), the local file.
    RecordServer recordServer() const;
    // The secrets a profile keeps: its auth method's, the proxy's password when it has a user, and the
    // record server's password when it names a server.
    static QList<SecretKind> storedKinds(const Profile &profile);

    // Writes the profile, then every secret of its auth method (an empty one removes the stored
    // secret). Returns false with *error when the profile could not be written; the secrets are
    // written asynchronously and their outcome arrives through notice(), followed by saved().
    bool save(QString *error = nullptr);
    // True from save() until saved(): its secrets are still being written.
    bool isSaving() const { return m_savesInFlight > 0; }
    // Back to the saved profile and its stored secrets; emits loaded() with what to show.
    void discardEdits();

Q_SIGNALS:
    // What the widgets should show now: after load() (secrets not yet read) and discardEdits().
    void loaded(const EndpointDesk::Profile &profile, const EndpointDesk::Credentials &credentials);
    // Every secret of the loaded profile's method has been read; credentials holds them, with
    // whatever the person typed meanwhile in place of the stored value.
    void secretsLoaded(const EndpointDesk::Credentials &credentials);
    void modifiedChanged(bool modified);
    // The profile and all its secrets were written (see notice() for where the secrets went).
    void saved(const QString &name);
    // The loaded profile was renamed elsewhere (the profile manager); this object follows it.
    void nameChanged(const QString &name);
    // The loaded profile was removed elsewhere; nothing is loaded now, the window loads another.
    void activeProfileRemoved(const QString &name);
    // For the person; never contains a secret.
    void notice(const QString &message, EndpointDesk::ActiveProfile::Severity severity);
    // recordServer() is now server, complete with its password: after a profile is loaded (switched to)
    // once its secrets have arrived, after it was saved here or elsewhere with another server or password,
    // and when it was removed (server is then the local file). Not emitted when nothing changed.
    void recordServerChanged(const EndpointDesk::RecordServer &server);

private:
    void readSecrets();
    void setSecret(SecretKind kind, const QString &value);
    void finishSecretsIfDone();
    void resetState();
    void updateModified();
    bool computeModified() const;
    void onProfileRenamed(const QString &oldName, const QString &newName);
    void onProfileRemoved(const QString &name);
    void onProfileSaved(const QString &name);
    // Emits recordServerChanged() when recordServer() differs from what was last told.
    void announceRecordServer();
    // The record server's password again, after the profile was saved elsewhere while edited here.
    void rereadRecordPassword();

    QPointer<ProfileStore> m_profiles;
    QPointer<SecretStore> m_secrets;

    QString m_name;
    Profile m_saved;  // as in the ProfileStore
    Profile m_edited; // with the window's edits
    // Secrets in memory (typed or read), and what the SecretStore holds as far as known: a kind
    // missing from m_stored has not been read yet.
    QMap<SecretKind, QString> m_current;
    QMap<SecretKind, QString> m_stored;
    QList<SecretKind> m_typedBeforeRead; // typed while the stored value was on its way: it wins
    QString m_mfaCode;

    // Answers for an earlier load() (or a removed profile) are dropped.
    int m_generation = 0;
    int m_pendingReads = 0;
    bool m_readingRecordPassword = false; // rereadRecordPassword() under way
    QString m_readProblem;
    bool m_saving = false;
    int m_savesInFlight = 0;
    bool m_secretSaveFailed = false; // keeps the profile modified until a save succeeds
    bool m_modified = false;
    RecordServer m_announcedRecord; // what recordServerChanged() last told
};

} // namespace EndpointDesk
