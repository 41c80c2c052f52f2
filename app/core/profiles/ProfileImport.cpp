#include "ProfileImport.h"

#include "ProfileJson.h"
#include "ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QThread>

namespace EndpointDesk {

namespace {

// Profiles written between two progress reports.
constexpr int WriteProgressInterval = 250;

QString where(const ProfileImportProblem &problem)
{
    QString where = problem.profileName.isEmpty() && problem.index >= 0
                        ? QCoreApplication::translate("EndpointDesk", "Profile %1").arg(problem.index + 1)
                        : problem.profileName;
    if (!problem.field.isEmpty())
        where += where.isEmpty() ? problem.field : QLatin1String(", ") + problem.field;
    return where;
}

} // namespace

ProfileImport::ProfileImport(ProfileStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

ProfileImport::~ProfileImport()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

QString ProfileImport::start(const QString &path)
{
    if (isRunning())
        return QCoreApplication::translate("EndpointDesk", "Profiles are being imported already; wait until it ends.");
    if (!m_store || m_store->isReadOnly())
        return QCoreApplication::translate("EndpointDesk",
                                           "Profiles cannot be changed: the settings file was written by a newer "
                                           "version of Endpoint Desk or is damaged.");
    const QString settingsFile = m_store->fileName();
    m_report = {};
    // The worker only touches its own QSettings and m_report; progress crosses back as queued calls.
    m_thread = QThread::create([this, path, settingsFile] {
        m_report = run(path, settingsFile, [this](int done, int total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
        });
    });
    connect(m_thread, &QThread::finished, this, &ProfileImport::onWorkerDone);
    m_thread->start();
    return {};
}

void ProfileImport::onWorkerDone()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_report.saved > 0 && m_store)
        m_store->adoptWrittenProfiles(m_report.namesAfter);
    const bool hasProblems =
        !m_report.fileProblem.isEmpty() || !m_report.writeProblem.isEmpty() || m_report.result.hasErrors();
    Q_EMIT finished(summary(m_report), hasProblems);
}

ProfileImport::Report ProfileImport::run(const QString &path, const QString &settingsFile,
                                         const std::function<void(int, int)> &progress)
{
    Report report;
    report.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.fileProblem = QCoreApplication::translate("EndpointDesk", "Could not read %1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString());
        return report;
    }
    if (file.size() > MaxFileBytes) {
        report.fileProblem = QCoreApplication::translate("EndpointDesk", "%1 is too large to be a profiles file.")
                                 .arg(QDir::toNativeSeparators(path));
        return report;
    }
    const QByteArray json = file.read(MaxFileBytes);

    // Checking counts for the first half of the progress, writing for the second.
    const std::unique_ptr<QSettings> settings = ProfileStore::openFile(settingsFile);
    report.result =
        ProfileJson::importProfiles(json, ProfileStore::profileNamesIn(*settings), [&](int done, int total) {
            if (progress)
                progress(done, 2 * total);
        });
    const QList<Profile> &profiles = report.result.profiles;
    if (profiles.isEmpty())
        return report;
    const int total = int(profiles.size());
    for (int i = 0; i < total; ++i) {
        if (progress && i % WriteProgressInterval == 0)
            progress(total + i, 2 * total);
        ProfileStore::writeProfile(*settings, profiles.at(i));
    }
    // One sync for the whole import: each sync rewrites the whole file.
    if (ProfileStore::commitFile(*settings, &report.writeProblem)) {
        report.saved = total;
        report.namesAfter = ProfileStore::sorted(ProfileStore::profileNamesIn(*settings));
    }
    if (progress)
        progress(2 * total, 2 * total);
    return report;
}

QString ProfileImport::summary(const Report &report)
{
    if (!report.fileProblem.isEmpty())
        return report.fileProblem;
    QStringList lines;
    lines.append(QCoreApplication::translate("EndpointDesk", "Imported %n profile(s) from %1.", nullptr, report.saved)
                     .arg(QDir::toNativeSeparators(report.path)));
    if (!report.writeProblem.isEmpty())
        lines.append(report.writeProblem);
    const QList<ProfileImportProblem> &problems = report.result.problems;
    for (int i = 0; i < problems.size() && i < MaxListedProblems; ++i) {
        const ProfileImportProblem &problem = problems.at(i);
        const QString place = where(problem);
        lines.append(place.isEmpty() ? problem.message : place + QLatin1String(": ") + problem.message);
    }
    if (problems.size() > MaxListedProblems)
        lines.append(QCoreApplication::translate("EndpointDesk", "…and %n more problem(s).", nullptr,
                                                 int(problems.size() - MaxListedProblems)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace EndpointDesk
