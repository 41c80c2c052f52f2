#include "ActiveProfile.h"

#include "Logging.h"
#include "PlainSecretFile.h"
#include "ProfileStore.h"
#include "Region.h"
#include "SecretStore.h"
#include "ServiceEndpoints.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace EndpointDesk {

namespace {

// A user name and password (or a query, a fragment) saved in the override before they were refused
// are never sent or shown; saving the profile then removes them from the settings file.
bool dropOverrideExtras(Profile *profile)
{
    const QUrl typed = ServiceEndpoints::parseOverride(profile->endpointOverride);
    if (!ServiceEndpoints::hasExtras(typed))
        return false;
    profile->endpointOverride = ServiceEndpoints::withoutExtras(typed).toString();
    return true;
}

} // namespace

ActiveProfile::ActiveProfile(ProfileStore *profiles, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    Q_ASSERT(profiles && secrets);
    connect(profiles, &ProfileStore::profileRenamed, this, &ActiveProfile::onProfileRenamed);
    connect(profiles, &ProfileStore::profileRemoved, this, &ActiveProfile::onProfileRemoved);
    connect(profiles, &ProfileStore::profileSaved, this, &ActiveProfile::onProfileSaved);
}

ActiveProfile::~ActiveProfile() = default;

QString ActiveProfile::firstProfileName()
{
    return QStringLiteral("Default");
}

bool ActiveProfile::ensureProfileExists(ProfileStore *profiles, QString *error)
{
    if (!profiles)
        return false;
    if (!profiles->profileNames().isEmpty())
        return true;
    Profile first;
    first.name = firstProfileName();
    first.regionId = RegionCatalog::defaultRegionId();
    if (!profiles->saveProfile(first, error))
        return false;
    // Not fatal: the start-up choice falls back to the only profile anyway.
    profiles->setDefaultProfileName(first.name);
    return true;
}

Credentials ActiveProfile::credentials() const
{
    Credentials c = m_edited.credentials();
    for (auto it = m_current.cbegin(); it != m_current.cend(); ++it)
        c.setSecret(it.key(), it.value());
    c.mfaCode = m_mfaCode;
    return c;
}

QList<ProfileProblem> ActiveProfile::problems() const
{
    return ProfileValidator::validate(m_edited);
}

void ActiveProfile::resetState()
{
    ++m_generation; // answers still on their way belong to what was loaded before
    m_pendingReads = 0;
    m_readingRecordPassword = false;
    m_readProblem.clear();
    m_current.clear();
    m_stored.clear();
    m_typedBeforeRead.clear();
    m_mfaCode.clear();
    m_secretSaveFailed = false;
}

bool ActiveProfile::load(const QString &name, QString *error)
{
    const std::optional<Profile> stored = m_profiles ? m_profiles->profile(name) : std::nullopt;
    if (!stored) {
        if (error)
            *error = QCoreApplication::translate("EndpointDesk", "There is no profile named \"%1\".").arg(name);
        return false;
    }
    resetState();
    m_name = name;
    m_saved = *stored;
    m_edited = *stored;
    const bool droppedExtras = dropOverrideExtras(&m_edited);
    // A read-only settings file refuses this; the profile is usable all the same.
    m_profiles->setLastUsedProfileName(name);
    updateModified();
    if (droppedExtras)
        Q_EMIT notice(QCoreApplication::translate("EndpointDesk",
                                                  "The endpoint override of profile \"%1\" held a user name and "
                                                  "password, a query or a fragment. They are not sent or shown; save "
                                                  "the profile to remove them from the settings file.")
                          .arg(name),
                      Severity::Warning);
    // A settings file edited by hand (or by an older version) is checked like the form: each field
    // that would be refused on saving is named now, not when a request fails. The CA file is told
    // by the workspace when it applies the network settings, once.
    QList<ProfileProblem> found = problems();
    found.removeIf([](const ProfileProblem &problem) { return problem.field == ProfileField::CaFile; });
    if (!found.isEmpty()) {
        QStringList lines;
        for (const ProfileProblem &problem : found) {
            const QString field = ProfileValidator::fieldName(problem.field);
            lines.append(problem.message.startsWith(field)
                             ? problem.message
                             : QCoreApplication::translate("EndpointDesk", "%1: %2").arg(field, problem.message));
        }
        Q_EMIT notice(QCoreApplication::translate("EndpointDesk",
                                                  "Profile \"%1\" holds values that are refused; correct them under "
                                                  "Profiles before saving it:\n%2")
                          .arg(name, lines.join(u'\n')),
                      Severity::Warning);
    }
    // Reads first: their answers are asynchronous, and a slot on loaded() may load another profile.
    readSecrets();
    Q_EMIT loaded(m_edited, credentials());
    return true;
}

void ActiveProfile::readSecrets()
{
    const QList<SecretKind> kinds = storedKinds(m_saved);
    m_pendingReads = int(kinds.size());
    const int generation = m_generation;
    for (SecretKind kind : kinds) {
        m_secrets->read(m_name, kind, this, [this, generation, kind](const SecretResult &result) {
            if (generation != m_generation)
                return;
            if (result.found || result.ok) {
                // A value written by save() meanwhile is newer than this answer.
                if (!m_stored.contains(kind))
                    m_stored.insert(kind, result.value);
                if (!m_typedBeforeRead.contains(kind) && !result.value.isEmpty())
                    m_current.insert(kind, result.value);
            }
            if (!result.ok && m_readProblem.isEmpty())
                m_readProblem = result.message;
            --m_pendingReads;
            finishSecretsIfDone();
        });
    }
    if (kinds.isEmpty()) {
        // Nothing to read: still answer after loaded(), like the reads would.
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                finishSecretsIfDone();
        });
    }
}

void ActiveProfile::finishSecretsIfDone()
{
    if (m_pendingReads > 0)
        return;
    updateModified();
    if (!m_readProblem.isEmpty())
        Q_EMIT notice(m_readProblem, Severity::Warning);
    m_readProblem.clear();
    Q_EMIT secretsLoaded(credentials());
    announceRecordServer();
}

void ActiveProfile::setProfileEdits(const Profile &profile)
{
    if (!isLoaded())
        return;
    m_edited = profile;
    m_edited.name = m_name;                 // renaming goes through ProfileStore, which tells us
    m_edited.recordServer.password.clear(); // a secret: setRecordPassword()
    updateModified();
}

void ActiveProfile::setCredentials(const Credentials &credentials)
{
    if (!isLoaded())
        return;
    m_edited.applyCredentials(credentials);
    for (SecretKind kind : SecretKinds::signIn())
        setSecret(kind, credentials.secret(kind));
    m_mfaCode = credentials.mfaCode; // one-time: used for signing in, never stored
    updateModified();
}

void ActiveProfile::setProxyPassword(const QString &password)
{
    if (!isLoaded())
        return;
    setSecret(SecretKind::ProxyPassword, password);
    updateModified();
}

void ActiveProfile::setRecordPassword(const QString &password)
{
    if (!isLoaded())
        return;
    setSecret(SecretKind::RecordPassword, password);
    updateModified();
}

RecordServer ActiveProfile::recordServer() const
{
    if (!isLoaded() || !m_saved.recordServer.isSet())
        return {};
    RecordServer server = m_saved.recordServer;
    server.password = m_stored.value(SecretKind::RecordPassword);
    return server;
}

void ActiveProfile::announceRecordServer()
{
    // Half a server (its password still on the way) is never told.
    if (isLoadingSecrets() || m_readingRecordPassword)
        return;
    const RecordServer server = recordServer();
    if (server == m_announcedRecord)
        return;
    m_announcedRecord = server;
    Q_EMIT recordServerChanged(server);
}

void ActiveProfile::rereadRecordPassword()
{
    m_stored.remove(SecretKind::RecordPassword);
    m_current.remove(SecretKind::RecordPassword);
    if (!m_saved.recordServer.isSet()) {
        announceRecordServer();
        return;
    }
    const int generation = m_generation;
    m_readingRecordPassword = true;
    m_secrets->read(m_name, SecretKind::RecordPassword, this, [this, generation](const SecretResult &result) {
        if (generation != m_generation)
            return;
        m_readingRecordPassword = false;
        if (result.found || result.ok) {
            if (!m_stored.contains(SecretKind::RecordPassword))
                m_stored.insert(SecretKind::RecordPassword, result.value);
            if (!m_typedBeforeRead.contains(SecretKind::RecordPassword))
                m_current.insert(SecretKind::RecordPassword, result.value);
        }
        updateModified();
        announceRecordServer();
    });
}

void ActiveProfile::setSecret(SecretKind kind, const QString &value)
{
    if (value == m_current.value(kind))
        return;
    m_current.insert(kind, value);
    if (!m_stored.contains(kind) && !m_typedBeforeRead.contains(kind))
        m_typedBeforeRead.append(kind);
}

NetworkSettings ActiveProfile::networkSettings() const
{
    NetworkSettings settings = m_edited.networkSettings();
    settings.proxyPassword = proxyPassword();
    return settings;
}

QList<SecretKind> ActiveProfile::storedKinds(const Profile &profile)
{
    QList<SecretKind> kinds = SecretKinds::forMethod(profile.authMethod);
    if (profile.proxyMode == ProxyMode::Manual && !profile.proxyUser.trimmed().isEmpty())
        kinds.append(SecretKind::ProxyPassword);
    if (profile.recordServer.isSet())
        kinds.append(SecretKind::RecordPassword);
    return kinds;
}

bool ActiveProfile::computeModified() const
{
    if (!isLoaded())
        return false;
    if (m_secretSaveFailed || m_edited != m_saved)
        return true;
    const QList<SecretKind> kinds = storedKinds(m_edited);
    // A kind not read yet counts as empty, so only something typed makes a difference.
    return std::any_of(kinds.cbegin(), kinds.cend(),
                       [this](SecretKind kind) { return m_current.value(kind) != m_stored.value(kind); });
}

void ActiveProfile::updateModified()
{
    const bool modified = computeModified();
    if (modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

bool ActiveProfile::save(QString *error)
{
    auto fail = [this, error](const QString &message) {
        if (error)
            *error = message;
        Q_EMIT notice(message, Severity::Error);
        return false;
    };
    if (!isLoaded() || !m_profiles || !m_secrets)
        return fail(QCoreApplication::translate("EndpointDesk", "No profile is open."));
    const QList<ProfileProblem> found = problems();
    if (!found.isEmpty()) {
        QStringList messages;
        for (const ProfileProblem &problem : found)
            messages.append(problem.message);
        return fail(messages.join(u'\n'));
    }

    Profile profile = m_edited;
    profile.name = m_name;
    QString message;
    m_saving = true;
    const bool written = m_profiles->saveProfile(profile, &message);
    m_saving = false;
    if (!written)
        return fail(message);
    m_saved = profile;
    m_edited = profile;
    m_secretSaveFailed = false;

    struct Outcome
    {
        QString name;
        int generation = 0;
        int remaining = 0;
        QString failure;
        bool sessionOnly = false;
        bool unencrypted = false;
    };
    auto outcome = std::make_shared<Outcome>();
    outcome->name = m_name;
    outcome->generation = m_generation;

    auto finish = [this, outcome] {
        if (!outcome->failure.isEmpty()) {
            Q_EMIT notice(QCoreApplication::translate("EndpointDesk",
                                                      "The profile \"%1\" was saved, but not all of its secrets: %2")
                              .arg(outcome->name, outcome->failure),
                          Severity::Error);
            if (outcome->generation == m_generation) {
                m_secretSaveFailed = true;
                updateModified();
            }
        } else if (outcome->unencrypted) {
            Q_EMIT notice(PlainSecretFile::warning(), Severity::Warning);
        } else if (outcome->sessionOnly) {
            Q_EMIT notice(SecretStore::sessionOnlyNotice(), Severity::Warning);
        } else {
            Q_EMIT notice(
                QCoreApplication::translate("EndpointDesk", "The profile \"%1\" was saved.").arg(outcome->name),
                Severity::Info);
        }
        --m_savesInFlight;
        Q_EMIT saved(outcome->name);
    };

    const QList<SecretKind> used = storedKinds(profile);
    QList<QPair<SecretKind, QString>> writes;
    for (SecretKind kind : SecretKinds::all()) {
        if (!used.contains(kind)) {
            // Another method's secret: the keychain keeps only what the profile uses.
            writes.append({kind, QString()});
            m_current.remove(kind);
            m_stored.insert(kind, QString());
        } else if (m_stored.contains(kind) || m_typedBeforeRead.contains(kind)) {
            writes.append({kind, m_current.value(kind)});
            m_stored.insert(kind, m_current.value(kind));
        }
        // else: not read yet and not typed, so the stored secret stays as it is.
    }
    outcome->remaining = int(writes.size());
    ++m_savesInFlight;
    for (const auto &write : std::as_const(writes)) {
        const bool usedKind = used.contains(write.first);
        m_secrets->write(m_name, write.first, write.second, this,
                         [outcome, finish, usedKind](const SecretResult &result) {
                             if (!result.ok && usedKind) {
                                 outcome->failure = result.message;
                             } else if (!result.ok) {
                                 // Most likely nothing was there; the keychain is down and says so elsewhere.
                                 qCDebug(lcCore) << "could not remove a secret the profile no longer uses";
                             }
                             outcome->sessionOnly |= result.storage == SecretStorage::SessionOnly;
                             outcome->unencrypted |= result.storage == SecretStorage::SettingsFileUnencrypted;
                             if (--outcome->remaining == 0)
                                 finish();
                         });
    }
    if (writes.isEmpty())
        QTimer::singleShot(0, this, finish);
    updateModified();
    announceRecordServer();
    return true;
}

void ActiveProfile::discardEdits()
{
    if (!isLoaded())
        return;
    if (m_profiles) {
        if (const std::optional<Profile> stored = m_profiles->profile(m_name))
            m_saved = *stored;
    }
    m_edited = m_saved;
    dropOverrideExtras(&m_edited); // told at load
    // Secrets already read come back from memory; ones still on their way fill in when they arrive.
    m_current = m_stored;
    m_typedBeforeRead.clear();
    m_mfaCode.clear();
    m_secretSaveFailed = false;
    updateModified();
    Q_EMIT loaded(m_edited, credentials());
    announceRecordServer();
}

void ActiveProfile::onProfileRenamed(const QString &oldName, const QString &newName)
{
    if (oldName != m_name || oldName.isEmpty())
        return;
    // SecretStore moves the secrets itself; the ones in memory stay valid.
    m_name = newName;
    m_saved.name = newName;
    m_edited.name = newName;
    Q_EMIT nameChanged(newName);
}

void ActiveProfile::onProfileRemoved(const QString &name)
{
    if (name != m_name || name.isEmpty())
        return;
    resetState();
    m_name.clear();
    m_saved = Profile();
    m_edited = Profile();
    updateModified();
    Q_EMIT activeProfileRemoved(name);
    announceRecordServer();
}

void ActiveProfile::onProfileSaved(const QString &name)
{
    // Our own save, or another profile.
    if (m_saving || name != m_name || !m_profiles)
        return;
    const std::optional<Profile> stored = m_profiles->profile(name);
    if (!stored)
        return;
    // Saved elsewhere (the profile manager): take it over, with the secrets its method needs,
    // unless the person is editing here; then their edits stay and are compared with the new state.
    if (!m_modified) {
        load(name);
        return;
    }
    // The record server is edited in the profile manager only: the new one takes effect here, edits or not.
    m_saved = *stored;
    m_edited.recordServer = stored->recordServer;
    updateModified();
    rereadRecordPassword();
}

} // namespace EndpointDesk
