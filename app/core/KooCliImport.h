#pragma once

#include "KooCliConfig.h"
#include "SecretResult.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace EndpointDesk {

class ProfileStore;
class SecretStore;

// Brings KooCLI's profiles into Endpoint Desk: saves the usable ones (KooCliConfig) to the profile
// store and their plain-text secrets straight to the SecretStore (the keychain), then reports each
// profile as imported, imported without its secret, or skipped. KooCLI's file is only read.
class KooCliImport : public QObject
{
    Q_OBJECT

public:
    // One line of what the person reads afterwards.
    struct Row
    {
        enum class Status { Imported, NeedsSecret, Skipped };
        Status status = Status::Imported;
        QString name;    // as saved here (for skipped ones: as KooCLI names them)
        QString mode;    // KooCLI's mode
        QString details; // why skipped, what to enter, what was left out; for the person
    };
    struct Report
    {
        QString path;
        QString problem; // nothing was imported: the file is missing, damaged, or not KooCLI's
        QList<Row> rows;
        int imported() const;
        int needingSecrets() const;
        int skipped() const;
        // One line: how many were imported, need a secret, were skipped.
        QString headline() const;
        static QString statusText(Row::Status status);
    };

    // The stores must outlive the import.
    KooCliImport(ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);

    // Reads path, saves the profiles and starts writing their secrets; finished() follows once every
    // secret is written (at once when there is none). False when an import is already running.
    bool start(const QString &path);
    bool isRunning() const { return m_pendingSecrets > 0; }

Q_SIGNALS:
    void finished(const EndpointDesk::KooCliImport::Report &report);

private:
    void secretWritten(int row, SecretKind kind, const SecretResult &result);
    void finishIfDone();

    QPointer<ProfileStore> m_profiles;
    QPointer<SecretStore> m_secrets;
    Report m_report;
    int m_pendingSecrets = 0;
};

} // namespace EndpointDesk

Q_DECLARE_METATYPE(EndpointDesk::KooCliImport::Report)
