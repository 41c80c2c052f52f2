#include "ProfileStore.h"

#include "DamagedFile.h"
#include "Logging.h"
#include "ProfileValidator.h"
#include "Region.h"
#include "SettingsKeys.h"
#include "UserSettingsFile.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStringDecoder>
#include <QUrl>

#include <algorithm>
#include <numeric>
#include <vector>

namespace EndpointDesk {

namespace {

QString key(const QString &group, QLatin1String name)
{
    return group + u'/' + name;
}

// Version 1 stored the auth method as its position in this list and the override as "endpoint".
void migrate1To2(QSettings &settings)
{
    static const QStringList v1AuthMethods = {QStringLiteral("token"), QStringLiteral("iam-password"),
                                              QStringLiteral("aksk"), QStringLiteral("temporary-aksk")};
    settings.beginGroup(SettingsKeys::ProfilesGroup);
    const QStringList groups = settings.childGroups();
    for (const QString &group : groups) {
        settings.beginGroup(group);
        if (settings.contains(SettingsKeys::V1Endpoint)) {
            if (!settings.contains(SettingsKeys::EndpointOverride))
                settings.setValue(SettingsKeys::EndpointOverride, settings.value(SettingsKeys::V1Endpoint));
            settings.remove(SettingsKeys::V1Endpoint);
        }
        if (settings.contains(SettingsKeys::AuthMethod)) {
            bool isNumber = false;
            const int index = settings.value(SettingsKeys::AuthMethod).toString().toInt(&isNumber);
            if (isNumber)
                settings.setValue(SettingsKeys::AuthMethod, v1AuthMethods.value(index, v1AuthMethods.constFirst()));
        }
        settings.endGroup();
    }
    settings.endGroup();
}

using MigrationStep = void (*)(QSettings &);
// migrationSteps[v] turns version v into v + 1.
const MigrationStep migrationSteps[ProfileStore::CurrentSchemaVersion] = {nullptr, migrate1To2};

int readInt(const QVariant &value, int fallback, int min, int max)
{
    bool ok = false;
    const int number = value.toString().toInt(&ok);
    return ok && number >= min && number <= max ? number : fallback;
}

bool readBool(const QVariant &value)
{
    const QString text = value.toString().trimmed().toLower();
    return text == QLatin1String("true") || text == QLatin1String("1");
}

// Off only when the file says so in so many words: absent or unreadable keeps TLS on.
bool readTls(const QVariant &value)
{
    const QString text = value.toString().trimmed().toLower();
    return text != QLatin1String("false") && text != QLatin1String("0");
}

// A file QSettings wrote is UTF-8 text of sections, comments and key=value lines, with control
// characters escaped. Qt's reader takes almost any bytes as keys, so anything else counts as damaged.
bool isSettingsText(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(file.readAll());
    if (decoder.hasError())
        return false;
    bool continued = false; // a value may go on after a line ending in a backslash
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        const bool isContinuation = continued;
        continued = line.endsWith(u'\\') || line.endsWith(QLatin1String("\\\r"));
        for (const QChar c : line) {
            if (c.category() == QChar::Other_Control && c != u'\t' && c != u'\r')
                return false;
        }
        const QString trimmed = line.trimmed();
        if (isContinuation || trimmed.isEmpty() || trimmed.startsWith(u';') || trimmed.startsWith(u'#'))
            continue;
        if (trimmed.startsWith(u'[') ? !trimmed.endsWith(u']') : !trimmed.contains(u'='))
            return false;
    }
    return true;
}

// What a damaged file still holds of ours: the known top-level keys, and the groups of profiles
// with a well-formed region id.
QList<QPair<QString, QVariant>> recognisableEntries(QSettings &settings)
{
    QList<QPair<QString, QVariant>> kept;
    for (const QLatin1String topLevel : {SettingsKeys::SchemaVersion, SettingsKeys::DefaultProfile,
                                         SettingsKeys::LastUsedProfile, SettingsKeys::WindowGeometry}) {
        if (settings.contains(topLevel))
            kept.append({topLevel, settings.value(topLevel)});
    }
    settings.beginGroup(SettingsKeys::ProfilesGroup);
    const QStringList groups = settings.childGroups();
    for (const QString &group : groups) {
        settings.beginGroup(group);
        if (RegionCatalog::isWellFormedId(settings.value(SettingsKeys::Region).toString())) {
            const QStringList keys = settings.allKeys();
            for (const QString &k : keys)
                kept.append({SettingsKeys::ProfilesGroup + u'/' + group + u'/' + k, settings.value(k)});
        }
        settings.endGroup();
    }
    settings.endGroup();
    return kept;
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
{
    open(userSettingsFile());
}

ProfileStore::ProfileStore(const QString &iniFilePath, QObject *parent)
    : QObject(parent)
{
    open(iniFilePath);
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

void ProfileStore::open(const QString &path)
{
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    // Qt parses sections lazily and may only notice a damaged one when it next writes: read them all now.
    m_settings->allKeys();
    if (m_settings->status() != QSettings::NoError)
        recoverDamagedFile(path, m_settings->status() == QSettings::FormatError);
    else if (!isSettingsText(path))
        recoverDamagedFile(path, true);
    if (!m_readOnly)
        migrate();
    m_fileStamp = fileStamp();
}

void ProfileStore::recoverDamagedFile(const QString &path, bool formatError)
{
    // Qt's INI reader keeps every line it understood; of those, only what is recognisably ours is kept,
    // so that random bytes are not written back as keys.
    QList<QPair<QString, QVariant>> kept;
    if (formatError)
        kept = recognisableEntries(*m_settings);
    m_settings.reset();

    const QString reason = formatError ? QCoreApplication::translate("EndpointDesk", "it is not a valid settings file")
                                       : QCoreApplication::translate("EndpointDesk", "it cannot be read");
    const QString aside = DamagedFile::moveAside(path);
    if (aside.isEmpty()) {
        // Leave it where it is and write nothing, so it is not overwritten either.
        m_readOnly = true;
        m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
        m_notices.append(QCoreApplication::translate("EndpointDesk",
                                                     "The settings file %1 is damaged (%2) and could not be moved "
                                                     "aside. Changes to profiles will not be saved until it is "
                                                     "repaired or removed.")
                             .arg(QDir::toNativeSeparators(path), reason));
        qCWarning(lcCore) << "settings file damaged and not movable:" << path;
        return;
    }
    qCWarning(lcCore) << "settings file damaged, moved to" << aside;

    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    for (const auto &entry : std::as_const(kept))
        m_settings->setValue(entry.first, entry.second);
    m_settings->sync();
    restrictPermissionsIfNeeded(*m_settings);

    m_settings->beginGroup(SettingsKeys::ProfilesGroup);
    const qsizetype recovered = m_settings->childGroups().size();
    m_settings->endGroup();
    m_notices.append(QCoreApplication::translate("EndpointDesk",
                                                 "The settings file %1 was damaged (%2). It was moved to %3 and "
                                                 "%n profile(s) could be kept.",
                                                 nullptr, int(recovered))
                         .arg(QDir::toNativeSeparators(path), reason, QDir::toNativeSeparators(aside)));
}

void ProfileStore::migrate()
{
    const QVariant stored = m_settings->value(SettingsKeys::SchemaVersion);
    int version = CurrentSchemaVersion;
    if (stored.isValid()) {
        bool ok = false;
        version = stored.toString().toInt(&ok);
        if (!ok || version < 1)
            version = 1;
    } else if (m_settings->childGroups().contains(SettingsKeys::ProfilesGroup)) {
        version = 1; // version 1 wrote no version key
    }
    m_fileSchemaVersion = version;

    if (version > CurrentSchemaVersion) {
        m_readOnly = true;
        m_notices.append(QCoreApplication::translate("EndpointDesk",
                                                     "The profiles were saved by a newer version of Endpoint Desk. "
                                                     "They are shown as far as this version understands them, and "
                                                     "changes are not saved, so nothing of theirs is lost."));
        return;
    }
    if (version == CurrentSchemaVersion && stored.isValid())
        return;
    for (; version < CurrentSchemaVersion; ++version) {
        if (migrationSteps[version])
            migrationSteps[version](*m_settings);
    }
    m_settings->setValue(SettingsKeys::SchemaVersion, CurrentSchemaVersion);
    QString error;
    if (!commit(&error))
        m_notices.append(error);
}

void ProfileStore::refresh() const
{
    // sync() re-reads the file if another instance changed it, keeping our own pending changes. With
    // nothing pending, QSettings re-reads it every time, which for thousands of profiles takes long:
    // only a file that changed since this store last read or wrote it is read again.
    if (m_readOnly || fileStamp() == m_fileStamp)
        return;
    m_settings->sync();
    m_fileStamp = fileStamp();
    m_sortedNames.reset();
}

ProfileStore::FileStamp ProfileStore::fileStamp() const
{
    const QFileInfo info(m_settings->fileName());
    return {info.size(), info.lastModified()};
}

bool ProfileStore::checkWritable(QString *error) const
{
    if (!m_readOnly)
        return true;
    if (error)
        *error = QCoreApplication::translate("EndpointDesk",
                                             "Profiles cannot be changed: the settings file was written by a newer "
                                             "version of Endpoint Desk or is damaged.");
    return false;
}

bool ProfileStore::commit(QString *error)
{
    m_sortedNames.reset();
    QString message;
    if (commitFile(*m_settings, &message)) {
        m_fileStamp = fileStamp();
        return true;
    }
    if (error)
        *error = message;
    Q_EMIT storageProblem(message);
    return false;
}

std::unique_ptr<QSettings> ProfileStore::openFile(const QString &fileName)
{
    return std::make_unique<QSettings>(fileName, QSettings::IniFormat);
}

bool ProfileStore::commitFile(QSettings &settings, QString *error)
{
    settings.sync();
    if (settings.status() == QSettings::NoError) {
        restrictPermissionsIfNeeded(settings);
        return true;
    }
    qCWarning(lcCore) << "settings sync failed, status" << settings.status();
    if (error)
        *error = QCoreApplication::translate("EndpointDesk", "The profiles could not be saved to %1.")
                     .arg(QDir::toNativeSeparators(settings.fileName()));
    return false;
}

void ProfileStore::restrictPermissionsIfNeeded(QSettings &settings)
{
    const QStringList keys = settings.allKeys();
    const QString marker = u'/' + SettingsKeys::UnencryptedSecretsGroup + u'/';
    const bool hasUnencryptedSecrets =
        std::any_of(keys.cbegin(), keys.cend(), [&marker](const QString &k) { return k.contains(marker); });
    if (hasUnencryptedSecrets && QFile::exists(settings.fileName()))
        QFile::setPermissions(settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void ProfileStore::adoptWrittenProfiles(const QStringList &sortedNames)
{
    // The worker's QSettings shares this one's contents and wrote them: there is nothing to read again.
    m_fileStamp = fileStamp();
    m_sortedNames = sortedNames;
    Q_EMIT profilesChanged();
}

QString ProfileStore::groupFor(const QString &profileName)
{
    // Percent-encode so '/' and '\' in a name cannot make nested groups.
    return SettingsKeys::ProfilesGroup + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(profileName, " "));
}

QStringList ProfileStore::profileNamesIn(QSettings &settings)
{
    settings.beginGroup(SettingsKeys::ProfilesGroup);
    const QStringList groups = settings.childGroups();
    settings.endGroup();
    QStringList names;
    names.reserve(groups.size());
    for (const QString &group : groups)
        names.append(QUrl::fromPercentEncoding(group.toLatin1()));
    return names;
}

QStringList ProfileStore::profileNames() const
{
    refresh();
    if (!m_sortedNames)
        m_sortedNames = sorted(profileNamesIn(*m_settings));
    return *m_sortedNames;
}

QStringList ProfileStore::sorted(const QStringList &names)
{
    // The locale's order, through sort keys: comparing thousands of names pairwise is slow.
    const QCollator collator;
    std::vector<QCollatorSortKey> keys;
    keys.reserve(size_t(names.size()));
    for (const QString &name : names)
        keys.push_back(collator.sortKey(name));
    std::vector<qsizetype> order(size_t(names.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&keys](qsizetype a, qsizetype b) { return keys[size_t(a)].compare(keys[size_t(b)]) < 0; });
    QStringList sorted;
    sorted.reserve(names.size());
    for (const qsizetype i : order)
        sorted.append(names.at(i));
    return sorted;
}

bool ProfileStore::contains(const QString &name) const
{
    return !name.isEmpty() && profileNames().contains(name);
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    if (!contains(name))
        return std::nullopt;
    return readProfile(name);
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result;
    const QStringList names = profileNames();
    for (const QString &name : names)
        result.append(readProfile(name));
    return result;
}

Profile ProfileStore::readProfile(const QString &name) const
{
    const QSettings &s = *m_settings;
    const QString group = groupFor(name);
    auto text = [&](QLatin1String name) { return s.value(key(group, name)).toString(); };
    Profile p;
    p.name = name; // the group names the profile; the name key is for people reading the file
    p.regionId = text(SettingsKeys::Region);
    p.endpointOverride = text(SettingsKeys::EndpointOverride);
    p.projectId = text(SettingsKeys::ProjectId);
    // Unknown values (from a newer version, or edited by hand) fall back to the defaults.
    p.authMethod = AuthMethods::fromId(text(SettingsKeys::AuthMethod)).value_or(AuthMethod::Token);
    p.accountName = text(SettingsKeys::AccountName);
    p.iamUserName = text(SettingsKeys::IamUserName);
    p.mfaUserId = text(SettingsKeys::MfaUserId);
    p.accessKeyId = text(SettingsKeys::AccessKeyId);
    p.defaultVpcId = text(SettingsKeys::DefaultVpcId);
    p.defaultSubnetId = text(SettingsKeys::DefaultSubnetId);
    p.defaultFlavor = text(SettingsKeys::DefaultFlavor);
    p.defaultAgency = text(SettingsKeys::DefaultAgency);
    p.connectTimeoutSeconds = readInt(s.value(key(group, SettingsKeys::ConnectTimeout)),
                                      Profile::DefaultConnectTimeoutSeconds, 1, Profile::MaxTimeoutSeconds);
    p.readTimeoutSeconds = readInt(s.value(key(group, SettingsKeys::ReadTimeout)), Profile::DefaultReadTimeoutSeconds,
                                   1, Profile::MaxTimeoutSeconds);
    p.proxyMode = Profile::proxyModeFromId(text(SettingsKeys::ProxyMode)).value_or(ProxyMode::System);
    p.proxyHost = text(SettingsKeys::ProxyHost);
    p.proxyPort = readInt(s.value(key(group, SettingsKeys::ProxyPort)), 0, 0, 65535);
    p.proxyUser = text(SettingsKeys::ProxyUser);
    p.caFile = text(SettingsKeys::CaFile);
    p.recordServer.host = text(SettingsKeys::RecordHost);
    p.recordServer.port = readInt(s.value(key(group, SettingsKeys::RecordPort)), RecordServer::DefaultPort, 1, 65535);
    p.recordServer.database = text(SettingsKeys::RecordDatabase);
    p.recordServer.user = text(SettingsKeys::RecordUser);
    p.recordServer.tls = readTls(s.value(key(group, SettingsKeys::RecordTls)));
    p.recordServer.caFile = text(SettingsKeys::RecordCaFile);
    p.storeSecretsUnencrypted = readBool(s.value(key(group, SettingsKeys::StoreSecretsUnencrypted)));
    return p;
}

void ProfileStore::writeProfile(QSettings &s, const Profile &p)
{
    const QString group = groupFor(p.name);
    auto set = [&](QLatin1String name, const QVariant &value) { s.setValue(key(group, name), value); };
    set(SettingsKeys::Name, p.name);
    set(SettingsKeys::Region, p.regionId);
    set(SettingsKeys::EndpointOverride, p.endpointOverride);
    set(SettingsKeys::ProjectId, p.projectId);
    set(SettingsKeys::AuthMethod, AuthMethods::id(p.authMethod));
    set(SettingsKeys::AccountName, p.accountName);
    set(SettingsKeys::IamUserName, p.iamUserName);
    set(SettingsKeys::MfaUserId, p.mfaUserId);
    set(SettingsKeys::AccessKeyId, p.accessKeyId);
    set(SettingsKeys::DefaultVpcId, p.defaultVpcId);
    set(SettingsKeys::DefaultSubnetId, p.defaultSubnetId);
    set(SettingsKeys::DefaultFlavor, p.defaultFlavor);
    set(SettingsKeys::DefaultAgency, p.defaultAgency);
    set(SettingsKeys::ConnectTimeout, p.connectTimeoutSeconds);
    set(SettingsKeys::ReadTimeout, p.readTimeoutSeconds);
    set(SettingsKeys::ProxyMode, Profile::proxyModeId(p.proxyMode));
    set(SettingsKeys::ProxyHost, p.proxyHost);
    set(SettingsKeys::ProxyPort, p.proxyPort);
    set(SettingsKeys::ProxyUser, p.proxyUser);
    set(SettingsKeys::CaFile, p.caFile);
    set(SettingsKeys::RecordHost, p.recordServer.host);
    set(SettingsKeys::RecordPort, p.recordServer.port);
    set(SettingsKeys::RecordDatabase, p.recordServer.database);
    set(SettingsKeys::RecordUser, p.recordServer.user);
    set(SettingsKeys::RecordTls, p.recordServer.tls);
    set(SettingsKeys::RecordCaFile, p.recordServer.caFile);
    set(SettingsKeys::StoreSecretsUnencrypted, p.storeSecretsUnencrypted);
}

bool ProfileStore::saveProfile(const Profile &profile, QString *error)
{
    if (!checkWritable(error))
        return false;
    const QString nameProblem = ProfileValidator::checkName(profile.name);
    if (!nameProblem.isEmpty()) {
        if (error)
            *error = nameProblem;
        return false;
    }
    refresh();
    writeProfile(*m_settings, profile);
    if (!commit(error))
        return false;
    Q_EMIT profileSaved(profile.name);
    Q_EMIT profilesChanged();
    return true;
}

bool ProfileStore::renameProfile(const QString &oldName, const QString &newName, QString *error)
{
    if (!checkWritable(error))
        return false;
    if (oldName == newName)
        return true;
    QString problem = ProfileValidator::checkName(newName);
    if (problem.isEmpty() && !contains(oldName))
        problem = QCoreApplication::translate("EndpointDesk", "There is no profile named \"%1\".").arg(oldName);
    if (problem.isEmpty() && contains(newName))
        problem = QCoreApplication::translate("EndpointDesk", "A profile named \"%1\" already exists.").arg(newName);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    // Copy every key, including ones this version does not know, then drop the old group.
    const QString from = groupFor(oldName);
    const QString to = groupFor(newName);
    m_settings->beginGroup(from);
    const QStringList keys = m_settings->allKeys();
    QList<QPair<QString, QVariant>> values;
    for (const QString &k : keys)
        values.append({k, m_settings->value(k)});
    m_settings->endGroup();
    for (const auto &entry : std::as_const(values))
        m_settings->setValue(to + u'/' + entry.first, entry.second);
    m_settings->setValue(key(to, SettingsKeys::Name), newName);
    m_settings->remove(from);
    if (m_settings->value(SettingsKeys::DefaultProfile).toString() == oldName)
        m_settings->setValue(SettingsKeys::DefaultProfile, newName);
    if (m_settings->value(SettingsKeys::LastUsedProfile).toString() == oldName)
        m_settings->setValue(SettingsKeys::LastUsedProfile, newName);
    if (!commit(error))
        return false;
    Q_EMIT profileRenamed(oldName, newName);
    Q_EMIT profilesChanged();
    return true;
}

bool ProfileStore::duplicateProfile(const QString &name, const QString &newName, QString *error)
{
    if (!checkWritable(error))
        return false;
    std::optional<Profile> source = profile(name);
    QString problem;
    if (!source)
        problem = QCoreApplication::translate("EndpointDesk", "There is no profile named \"%1\".").arg(name);
    else if (contains(newName))
        problem = QCoreApplication::translate("EndpointDesk", "A profile named \"%1\" already exists.").arg(newName);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    // Secrets are not copied: the copy is usually meant for another account.
    source->name = newName;
    return saveProfile(*source, error);
}

bool ProfileStore::removeProfile(const QString &name, QString *error)
{
    if (!checkWritable(error))
        return false;
    if (!contains(name)) {
        if (error)
            *error = QCoreApplication::translate("EndpointDesk", "There is no profile named \"%1\".").arg(name);
        return false;
    }
    m_settings->remove(groupFor(name));
    if (m_settings->value(SettingsKeys::DefaultProfile).toString() == name)
        m_settings->remove(SettingsKeys::DefaultProfile);
    if (m_settings->value(SettingsKeys::LastUsedProfile).toString() == name)
        m_settings->remove(SettingsKeys::LastUsedProfile);
    if (!commit(error))
        return false;
    Q_EMIT profileRemoved(name);
    Q_EMIT profilesChanged();
    return true;
}

QString ProfileStore::uniqueName(const QString &name, const QStringList &taken) const
{
    const QStringList existing = profileNames() + taken;
    QString candidate = name;
    for (int n = 2; existing.contains(candidate); ++n)
        candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
    return candidate;
}

QVariant ProfileStore::topLevelValue(QLatin1String key) const
{
    refresh();
    return m_settings->value(key);
}

bool ProfileStore::setTopLevelValue(QLatin1String key, const QVariant &value, QString *error)
{
    if (!checkWritable(error))
        return false;
    refresh();
    m_settings->setValue(key, value);
    return commit(error);
}

QString ProfileStore::defaultProfileName() const
{
    return topLevelValue(SettingsKeys::DefaultProfile).toString();
}

bool ProfileStore::setDefaultProfileName(const QString &name, QString *error)
{
    if (!setTopLevelValue(SettingsKeys::DefaultProfile, name, error))
        return false;
    Q_EMIT profilesChanged();
    return true;
}

QString ProfileStore::lastUsedProfileName() const
{
    return topLevelValue(SettingsKeys::LastUsedProfile).toString();
}

bool ProfileStore::setLastUsedProfileName(const QString &name, QString *error)
{
    return setTopLevelValue(SettingsKeys::LastUsedProfile, name, error);
}

QString ProfileStore::startupProfileName(const QString &requested) const
{
    const QStringList names = profileNames();
    for (const QString &candidate : {requested, lastUsedProfileName(), defaultProfileName()}) {
        if (!candidate.isEmpty() && names.contains(candidate))
            return candidate;
    }
    return names.value(0);
}

} // namespace EndpointDesk
