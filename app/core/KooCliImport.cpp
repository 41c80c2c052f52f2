#include "KooCliImport.h"

#include "ProfileStore.h"
#include "SecretStore.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace EndpointDesk {

namespace {

int count(const QList<KooCliImport::Row> &rows, KooCliImport::Row::Status status)
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [status](const KooCliImport::Row &row) { return row.status == status; }));
}

} // namespace

int KooCliImport::Report::imported() const
{
    return count(rows, Row::Status::Imported) + count(rows, Row::Status::NeedsSecret);
}

int KooCliImport::Report::needingSecrets() const
{
    return count(rows, Row::Status::NeedsSecret);
}

int KooCliImport::Report::skipped() const
{
    return count(rows, Row::Status::Skipped);
}

QString KooCliImport::Report::headline() const
{
    if (!problem.isEmpty())
        return problem;
    return QCoreApplication::translate("EndpointDesk", "Imported %n KooCLI profile(s) from %1", nullptr, imported())
               .arg(QDir::toNativeSeparators(path))
           + QLatin1String("; ")
           + QCoreApplication::translate("EndpointDesk", "secrets to enter: %n", nullptr, needingSecrets())
           + QLatin1String("; ") + QCoreApplication::translate("EndpointDesk", "skipped: %n.", nullptr, skipped());
}

QString KooCliImport::Report::statusText(Row::Status status)
{
    switch (status) {
    case Row::Status::Imported:
        return QCoreApplication::translate("EndpointDesk", "Imported");
    case Row::Status::NeedsSecret:
        return QCoreApplication::translate("EndpointDesk", "Imported, needs a secret");
    case Row::Status::Skipped:
        return QCoreApplication::translate("EndpointDesk", "Skipped");
    }
    return {};
}

KooCliImport::KooCliImport(ProfileStore *profiles, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
}

bool KooCliImport::start(const QString &path)
{
    if (isRunning())
        return false;
    m_report = {};
    m_report.path = path;
    if (!m_profiles || m_profiles->isReadOnly()) {
        m_report.problem = QCoreApplication::translate("EndpointDesk",
                                                       "Profiles cannot be changed: the settings file was written by a "
                                                       "newer version of Endpoint Desk or is damaged.");
        finishIfDone();
        return true;
    }
    const KooCliConfig::Result config = KooCliConfig::readFile(path, m_profiles->profileNames());
    m_report.problem = config.problem;

    for (const KooCliProfile &found : config.profiles) {
        Row row;
        row.name = found.profile.name;
        row.mode = found.mode;
        QString error;
        if (!m_profiles->saveProfile(found.profile, &error)) {
            row.status = Row::Status::Skipped;
            row.details = error;
            m_report.rows.append(row);
            continue;
        }
        QStringList details = found.notes;
        if (!found.missingSecrets.isEmpty()) {
            row.status = Row::Status::NeedsSecret;
            details.prepend(found.missingReason);
        }
        row.details = details.join(QLatin1Char(' '));
        m_report.rows.append(row);
        const int index = int(m_report.rows.size() - 1);
        for (const auto &[kind, value] : found.secrets) {
            ++m_pendingSecrets;
            const SecretKind secretKind = kind;
            m_secrets->write(found.profile.name, kind, value, this,
                             [this, index, secretKind](const SecretResult &r) { secretWritten(index, secretKind, r); });
        }
    }
    for (const KooCliSkipped &skipped : config.skipped)
        m_report.rows.append({Row::Status::Skipped, skipped.name, skipped.mode, skipped.reason});
    finishIfDone();
    return true;
}

void KooCliImport::secretWritten(int index, SecretKind, const SecretResult &result)
{
    --m_pendingSecrets;
    Row &row = m_report.rows[index];
    // Kept for this run only, or refused: the person still has to know where it went.
    if ((!result.ok || result.storage != SecretStorage::Keychain) && !result.message.isEmpty()
        && !row.details.contains(result.message))
        row.details = QString(row.details + QLatin1Char(' ') + result.message).trimmed();
    finishIfDone();
}

void KooCliImport::finishIfDone()
{
    if (m_pendingSecrets > 0)
        return;
    // Queued, so a caller connecting after start() still hears it.
    QMetaObject::invokeMethod(
        this, [this, report = m_report] { Q_EMIT finished(report); }, Qt::QueuedConnection);
}

} // namespace EndpointDesk
