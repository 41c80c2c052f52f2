#pragma once

#include "Profile.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

class QSettings;

namespace EndpointDesk {

// The saved connection profiles, in one QSettings INI file (EndpointDesk/EndpointDesk).
// Every profile lives in its own group and each change re-reads the file and writes only that
// group, so two instances editing different profiles at once lose nothing. The file carries a
// schema version; older files are migrated one step per version, newer ones are read as far as
// understood and never written. A damaged file (unreadable, or not the text of a settings file) is
// moved aside, the profiles recognisably ours in it are kept, and notices() says so once.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int CurrentSchemaVersion = 2;

    // The user's settings file.
    explicit ProfileStore(QObject *parent = nullptr);
    // A given INI file (tests, portable setups).
    explicit ProfileStore(const QString &iniFilePath, QObject *parent = nullptr);
    ~ProfileStore() override;

    QString fileName() const;
    // Schema version found when the file was opened (before migration).
    int fileSchemaVersion() const { return m_fileSchemaVersion; }
    // True when the file was written by a newer version, or could not be moved aside: nothing is written.
    bool isReadOnly() const { return m_readOnly; }
    // What the window should tell the person once, after opening: damaged file moved aside,
    // settings from a newer version, migration. Never contains a secret.
    QStringList notices() const { return m_notices; }

    QStringList profileNames() const;
    bool contains(const QString &name) const;
    std::optional<Profile> profile(const QString &name) const;
    QList<Profile> profiles() const;

    // Mutators return false with a message for the person in *error when refused or when
    // the file could not be written.
    // Adds the profile, or replaces the one with the same name.
    bool saveProfile(const Profile &profile, QString *error = nullptr);
    bool renameProfile(const QString &oldName, const QString &newName, QString *error = nullptr);
    bool duplicateProfile(const QString &name, const QString &newName, QString *error = nullptr);
    // Removes the profile with its group (and any unencrypted secrets in it).
    bool removeProfile(const QString &name, QString *error = nullptr);

    // name, or "name (2)", "name (3)"... whichever is free, also avoiding the names in taken.
    QString uniqueName(const QString &name, const QStringList &taken = {}) const;

    QString defaultProfileName() const;
    bool setDefaultProfileName(const QString &name, QString *error = nullptr);
    QString lastUsedProfileName() const;
    bool setLastUsedProfileName(const QString &name, QString *error = nullptr);
    // The profile to open at start-up: requested (from --profile) if it exists, else the last
    // used, else the default, else the first; empty when there is none.
    QString startupProfileName(const QString &requested = {}) const;

    // Group of a profile, relative to the top of the file.
    static QString groupFor(const QString &profileName);

    // For a large import off the UI thread (ProfileImport): the same file through a QSettings of the
    // worker's own. QSettings objects on one file share its contents and may be used from different
    // threads, so the import writes every profile and syncs once, and this store sees them at once.
    static std::unique_ptr<QSettings> openFile(const QString &fileName);
    static QStringList profileNamesIn(QSettings &settings); // unsorted
    // In the locale's order, as profileNames() gives them; safe on any thread.
    static QStringList sorted(const QStringList &names);
    static void writeProfile(QSettings &settings, const Profile &profile);
    // Writes pending changes to disk; false with a message for the person when it could not.
    static bool commitFile(QSettings &settings, QString *error);
    // Profiles were written to the file that way, which now holds sortedNames (from sorted()): tell
    // the listeners, once, without listing and sorting thousands of names again on this thread.
    void adoptWrittenProfiles(const QStringList &sortedNames);

Q_SIGNALS:
    void profilesChanged();
    void profileSaved(const QString &name);
    void profileRenamed(const QString &oldName, const QString &newName);
    void profileRemoved(const QString &name);
    // Writing failed; message is for the person.
    void storageProblem(const QString &message);

private:
    void open(const QString &path);
    void recoverDamagedFile(const QString &path, bool formatError);
    void migrate();
    void refresh() const;
    bool checkWritable(QString *error) const;
    bool commit(QString *error);
    // A key outside every profile's group, read fresh / written and synced.
    QVariant topLevelValue(QLatin1String key) const;
    bool setTopLevelValue(QLatin1String key, const QVariant &value, QString *error);
    // Secrets a PlainSecretFile put into a profile's group keep the file owner-only, whatever rewrites it.
    static void restrictPermissionsIfNeeded(QSettings &settings);
    Profile readProfile(const QString &name) const;

    // The settings file's size and time when this store last read or wrote it.
    using FileStamp = std::pair<qint64, QDateTime>;
    FileStamp fileStamp() const;

    std::unique_ptr<QSettings> m_settings;
    mutable FileStamp m_fileStamp;
    // profileNames() as last listed; each write and each change by another instance forgets it.
    mutable std::optional<QStringList> m_sortedNames;
    QStringList m_notices;
    int m_fileSchemaVersion = CurrentSchemaVersion;
    bool m_readOnly = false;
};

} // namespace EndpointDesk
