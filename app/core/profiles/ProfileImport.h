#pragma once

#include "ProfileImportResult.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QThread;

namespace EndpointDesk {

class ProfileStore;

// Imports a profiles file (ProfileJson) into a ProfileStore without holding up the UI thread: reading,
// checking and writing run on a worker thread, every profile is written with one sync of the settings
// file, and progress() reports along the way. The work is linear in the number of profiles.
class ProfileImport : public QObject
{
    Q_OBJECT

public:
    // Larger than any file of profiles a person keeps: 10,000 exported profiles take about 7 MiB.
    static constexpr qint64 MaxFileBytes = qint64{32} * 1024 * 1024;
    // At most this many problems are listed in the summary; the rest are counted.
    static constexpr int MaxListedProblems = 20;

    explicit ProfileImport(ProfileStore *store, QObject *parent = nullptr);
    // Waits for an import under way: its profiles are written whole or not at all.
    ~ProfileImport() override;

    // Starts importing the file at path; empty when started, otherwise why not (for the person).
    QString start(const QString &path);
    bool isRunning() const { return m_thread != nullptr; }

    // What the worker found and did.
    struct Report
    {
        QString path;
        QString fileProblem; // the file could not be read, or is too large: nothing was imported
        ProfileImportResult result;
        QString writeProblem; // the profiles could not be written
        int saved = 0;
        QStringList namesAfter; // every profile's name once saved, sorted as ProfileStore lists them
    };
    // The work itself, on the calling thread: reads path, checks it against the profiles in
    // settingsFile and writes the good ones there. progress as for ProfileJson::importProfiles.
    static Report run(const QString &path, const QString &settingsFile,
                      const std::function<void(int done, int total)> &progress = {});
    // What a person reads afterwards: how many were imported, and each problem (the first few).
    static QString summary(const Report &report);

Q_SIGNALS:
    // done of total entries handled so far.
    void progress(int done, int total);
    // The import is over; hasProblems when something was refused or not written.
    void finished(const QString &summary, bool hasProblems);

private:
    void onWorkerDone();

    QPointer<ProfileStore> m_store;
    QThread *m_thread = nullptr;
    Report m_report; // written by the worker, read once it has finished
};

} // namespace EndpointDesk
