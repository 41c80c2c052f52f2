#include "SecretStore.h"

#include "Logging.h"
#include "PlainSecretFile.h"
#include "ProfileStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>
#include <utility>

namespace EndpointDesk {

namespace {

template<typename JobT>
JobT *makeJob(const QString &key, QObject *parent)
{
    auto *job = new JobT(SecretStore::serviceName(), parent);
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never let QtKeychain write plaintext on its own
    return job;
}

// What a keychain call reports while the Secret Service is not on the bus yet: QtKeychain finds no
// backend, or libsecret's D-Bus call fails (which QtKeychain reports as OtherError).
bool noServiceYet(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}

constexpr int FirstRetryDelayMs = 100;
constexpr int LongestRetryDelayMs = 1600;

} // namespace

struct SecretStore::KeychainAttempt
{
    std::function<QKeychain::Job *()> make;
    std::function<void(QKeychain::Job *)> finished;
    QElapsedTimer elapsed;
    int retries = 0;
    int delayMs = FirstRetryDelayMs;
};

SecretStore::SecretStore(ProfileStore *profiles, QObject *parent)
    : SecretStore(profiles, Backend::SystemKeychain, parent)
{
}

SecretStore::SecretStore(ProfileStore *profiles, Backend backend, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_plainFile(profiles ? std::make_unique<PlainSecretFile>(*profiles) : nullptr)
    , m_backend(backend)
{
    if (!profiles)
        return;
    connect(profiles, &ProfileStore::profileRemoved, this, [this](const QString &name) { removeAll(name, this); });
    connect(profiles, &ProfileStore::profileRenamed, this,
            [this](const QString &from, const QString &to) { moveAll(from, to, this); });
    connect(profiles, &ProfileStore::profileSaved, this, &SecretStore::retractUnencryptedIfOptedOut);
}

SecretStore::~SecretStore()
{
    // A keychain job still under way must outlive the store: its backend calls back into it. Its
    // handlers here end with the store; the job deletes itself once it has finished.
    const auto jobs = findChildren<QKeychain::Job *>(Qt::FindDirectChildrenOnly);
    for (QKeychain::Job *job : jobs)
        job->setParent(nullptr);
}

QString SecretStore::serviceName()
{
    return QStringLiteral("EndpointDesk");
}

QString SecretStore::keychainKey(const QString &profileName, SecretKind kind)
{
    return profileName + u'/' + SecretKinds::id(kind);
}

QString SecretStore::sessionOnlyNotice()
{
    return QCoreApplication::translate("EndpointDesk",
                                       "No keychain service answered, so the secret is kept for this session only. "
                                       "It will be asked for again after Endpoint Desk is restarted.");
}

bool SecretStore::hasSessionOnlySecret(const QString &profileName, SecretKind kind) const
{
    return m_session.contains(sessionKey(profileName, kind));
}

void SecretStore::Callsite::deliver(const SecretResult &result) const
{
    if (!done || (hadContext && !context))
        return;
    done(result);
}

SecretStore::Callsite SecretStore::callsite(QObject *context, Callback done) const
{
    return Callsite{context, context != nullptr, std::move(done)};
}

void SecretStore::later(const Callsite &site, const SecretResult &result)
{
    // Answers that need no keychain still arrive asynchronously, so callers see one behaviour.
    QTimer::singleShot(0, this, [site, result] { site.deliver(result); });
}

void SecretStore::jobStarted()
{
    ++m_pendingJobs;
    Q_EMIT pendingJobsChanged(m_pendingJobs);
}

void SecretStore::jobFinished()
{
    --m_pendingJobs;
    Q_EMIT pendingJobsChanged(m_pendingJobs);
}

void SecretStore::runKeychainJob(std::function<QKeychain::Job *()> make, std::function<void(QKeychain::Job *)> finished)
{
    auto state = std::make_shared<KeychainAttempt>();
    state->make = std::move(make);
    state->finished = std::move(finished);
    state->elapsed.start();
    jobStarted();
    if (m_held) {
        m_heldAttempts.append(state);
        return;
    }
    attempt(state);
}

void SecretStore::releaseKeychain()
{
    m_held = false;
    const auto held = std::exchange(m_heldAttempts, {});
    for (const std::shared_ptr<KeychainAttempt> &state : held) {
        state->elapsed.start();
        attempt(state);
    }
}

void SecretStore::attempt(const std::shared_ptr<KeychainAttempt> &state)
{
    QKeychain::Job *job = state->make();
    connect(job, &QKeychain::Job::finished, this, [this, state](QKeychain::Job *done) {
        const bool waiting = noServiceYet(done->error());
        if (waiting && !m_keychainAbsent && state->elapsed.elapsed() + state->delayMs <= m_retryWindow.count()) {
            ++state->retries;
            qCInfo(lcCore) << "no keychain service yet:" << done->error() << done->errorString() << "- retry"
                           << state->retries << "in" << state->delayMs << "ms";
            Q_EMIT keychainRetrying(state->retries, state->delayMs);
            QTimer::singleShot(state->delayMs, this, [this, state] { attempt(state); });
            state->delayMs = qMin(state->delayMs * 2, LongestRetryDelayMs);
            return;
        }
        m_keychainAbsent = waiting;
        jobFinished();
        state->finished(done);
    });
    job->start();
}

void SecretStore::startKeychainWrite(const QString &profileName, SecretKind kind, const QString &value,
                                     std::function<void(bool ok, int error)> finished)
{
    if (m_backend == Backend::Unavailable) {
        QTimer::singleShot(0, this, [finished] { finished(false, QKeychain::NoBackendAvailable); });
        return;
    }
    const QString key = keychainKey(profileName, kind);
    runKeychainJob(
        [this, key, value] {
            auto *job = makeJob<QKeychain::WritePasswordJob>(key, this);
            job->setTextData(value);
            return job;
        },
        [finished](QKeychain::Job *done) {
            if (done->error() != QKeychain::NoError)
                qCWarning(lcCore) << "keychain write failed:" << done->error() << done->errorString();
            finished(done->error() == QKeychain::NoError, done->error());
        });
}

void SecretStore::startKeychainRead(const QString &profileName, SecretKind kind,
                                    std::function<void(int error, const QString &value)> finished)
{
    if (m_backend == Backend::Unavailable) {
        QTimer::singleShot(0, this, [finished] { finished(QKeychain::NoBackendAvailable, QString()); });
        return;
    }
    const QString key = keychainKey(profileName, kind);
    runKeychainJob([this, key] { return makeJob<QKeychain::ReadPasswordJob>(key, this); },
                   [finished](QKeychain::Job *done) {
                       auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(done);
                       if (done->error() != QKeychain::NoError && done->error() != QKeychain::EntryNotFound)
                           qCWarning(lcCore) << "keychain read failed:" << done->error() << done->errorString();
                       finished(done->error(), done->error() == QKeychain::NoError ? readJob->textData() : QString());
                   });
}

void SecretStore::startKeychainDelete(const QString &profileName, SecretKind kind,
                                      std::function<void(int error)> finished)
{
    if (m_backend == Backend::Unavailable) {
        QTimer::singleShot(0, this, [finished] { finished(QKeychain::NoBackendAvailable); });
        return;
    }
    const QString key = keychainKey(profileName, kind);
    runKeychainJob([this, key] { return makeJob<QKeychain::DeletePasswordJob>(key, this); },
                   [finished](QKeychain::Job *done) {
                       if (done->error() != QKeychain::NoError && done->error() != QKeychain::EntryNotFound)
                           qCWarning(lcCore) << "keychain delete failed:" << done->error() << done->errorString();
                       finished(done->error());
                   });
}

SecretResult SecretStore::storeWithoutKeychain(const QString &profileName, SecretKind kind, const QString &value)
{
    const QString key = sessionKey(profileName, kind);
    SecretResult result;
    result.ok = true;
    const std::optional<Profile> profile = m_profiles ? m_profiles->profile(profileName) : std::nullopt;
    if (profile && profile->storeSecretsUnencrypted) {
        if (m_plainFile->write(profileName, kind, value)) {
            m_session.remove(key);
            result.storage = SecretStorage::SettingsFileUnencrypted;
            result.message = PlainSecretFile::warning();
            qCWarning(lcCore) << "secret written unencrypted to the settings file, by the profile's choice";
            Q_EMIT unencryptedStorageUsed(profileName, result.message);
            Q_EMIT secretWritten(profileName, kind, result.storage);
            return result;
        }
        qCWarning(lcCore) << "could not write the opted-in unencrypted secret; keeping it for this run";
    }
    m_session.insert(key, value);
    result.storage = SecretStorage::SessionOnly;
    result.message = sessionOnlyNotice();
    Q_EMIT sessionOnlyStorageUsed(profileName, result.message);
    Q_EMIT secretWritten(profileName, kind, result.storage);
    return result;
}

SecretResult SecretStore::fromOtherStores(const QString &profileName, SecretKind kind) const
{
    SecretResult result;
    result.ok = true;
    if (m_plainFile) {
        if (const std::optional<QString> value = m_plainFile->read(profileName, kind)) {
            result.found = true;
            result.value = *value;
            result.storage = SecretStorage::SettingsFileUnencrypted;
        }
    }
    return result;
}

void SecretStore::write(const QString &profileName, SecretKind kind, const QString &value, QObject *context,
                        Callback done)
{
    if (value.isEmpty()) {
        remove(profileName, kind, context, std::move(done));
        return;
    }
    const Callsite site = callsite(context, std::move(done));
    startKeychainWrite(profileName, kind, value, [this, site, profileName, kind, value](bool ok, int) {
        if (!ok) {
            site.deliver(storeWithoutKeychain(profileName, kind, value));
            return;
        }
        // Now safely in the keychain: drop any weaker copy.
        m_session.remove(sessionKey(profileName, kind));
        if (m_plainFile)
            m_plainFile->remove(profileName, kind);
        SecretResult result;
        result.ok = true;
        result.storage = SecretStorage::Keychain;
        Q_EMIT secretWritten(profileName, kind, result.storage);
        site.deliver(result);
    });
}

void SecretStore::keepForSession(const QString &profileName, SecretKind kind, const QString &value)
{
    m_session.insert(sessionKey(profileName, kind), value);
}

void SecretStore::read(const QString &profileName, SecretKind kind, QObject *context, Callback done)
{
    const Callsite site = callsite(context, std::move(done));
    const auto session = m_session.constFind(sessionKey(profileName, kind));
    if (session != m_session.constEnd()) {
        SecretResult result;
        result.ok = result.found = true;
        result.value = *session;
        result.storage = SecretStorage::SessionOnly;
        result.message = sessionOnlyNotice();
        later(site, result);
        return;
    }
    startKeychainRead(profileName, kind, [this, site, profileName, kind](int error, const QString &value) {
        SecretResult result;
        if (error == QKeychain::NoError) {
            result.ok = result.found = true;
            result.value = value;
            result.storage = SecretStorage::Keychain;
        } else {
            result = fromOtherStores(profileName, kind);
            if (!result.found && error != QKeychain::EntryNotFound) {
                result.ok = false;
                result.message =
                    QCoreApplication::translate("EndpointDesk", "No keychain service answered, so saved secrets "
                                                                "cannot be read.");
            }
        }
        site.deliver(result);
    });
}

void SecretStore::remove(const QString &profileName, SecretKind kind, QObject *context, Callback done)
{
    const Callsite site = callsite(context, std::move(done));
    m_session.remove(sessionKey(profileName, kind));
    bool fileOk = true;
    if (m_plainFile)
        fileOk = m_plainFile->remove(profileName, kind);
    startKeychainDelete(profileName, kind, [site, fileOk, this](int error) {
        SecretResult result;
        const bool keychainOk = error == QKeychain::NoError || error == QKeychain::EntryNotFound
                                || (m_backend == Backend::Unavailable && error == QKeychain::NoBackendAvailable);
        result.ok = fileOk && keychainOk;
        if (!keychainOk)
            result.message =
                QCoreApplication::translate("EndpointDesk", "No keychain service answered, so a secret saved there "
                                                            "earlier may still be in it.");
        site.deliver(result);
    });
}

void SecretStore::removeAll(const QString &profileName, QObject *context, Callback done)
{
    const Callsite site = callsite(context, std::move(done));
    const QList<SecretKind> kinds = SecretKinds::all();
    auto remaining = std::make_shared<int>(int(kinds.size()));
    auto combined = std::make_shared<SecretResult>();
    combined->ok = true;
    for (SecretKind kind : kinds) {
        remove(profileName, kind, this, [this, site, remaining, combined, profileName](const SecretResult &r) {
            if (!r.ok) {
                combined->ok = false;
                combined->message = r.message;
            }
            if (--*remaining == 0) {
                Q_EMIT secretsRemoved(profileName, combined->ok);
                site.deliver(*combined);
            }
        });
    }
}

void SecretStore::moveAll(const QString &fromProfile, const QString &toProfile, QObject *context, Callback done)
{
    const Callsite site = callsite(context, std::move(done));
    const QList<SecretKind> kinds = SecretKinds::all();
    auto remaining = std::make_shared<int>(int(kinds.size()));
    auto combined = std::make_shared<SecretResult>();
    combined->ok = true;
    auto finishOne = [this, site, remaining, combined, fromProfile, toProfile](bool ok, const QString &message) {
        if (!ok) {
            combined->ok = false;
            combined->message = message;
        }
        if (--*remaining == 0) {
            Q_EMIT secretsMoved(fromProfile, toProfile, combined->ok);
            site.deliver(*combined);
        }
    };
    for (SecretKind kind : kinds) {
        // Secrets kept in memory move at once; ProfileStore moved any unencrypted ones with the group.
        const QString fromKey = sessionKey(fromProfile, kind);
        if (m_session.contains(fromKey))
            m_session.insert(sessionKey(toProfile, kind), m_session.take(fromKey));

        startKeychainRead(fromProfile, kind, [=](int error, const QString &value) {
            if (error == QKeychain::EntryNotFound
                || (error != QKeychain::NoError && m_backend == Backend::Unavailable)) {
                finishOne(true, {});
                return;
            }
            if (error != QKeychain::NoError) {
                finishOne(false,
                          QCoreApplication::translate("EndpointDesk", "No keychain service answered, so secrets saved "
                                                                      "there could not be moved to the new name."));
                return;
            }
            startKeychainWrite(toProfile, kind, value, [=](bool written, int) {
                if (!written) {
                    // Keep the old entry, so nothing is lost; this run still has the secret.
                    m_session.insert(sessionKey(toProfile, kind), value);
                    finishOne(false, sessionOnlyNotice());
                    return;
                }
                startKeychainDelete(fromProfile, kind, [=](int) { finishOne(true, {}); });
            });
        });
    }
}

void SecretStore::retractUnencryptedIfOptedOut(const QString &profileName)
{
    if (!m_profiles || !m_plainFile)
        return;
    const std::optional<Profile> profile = m_profiles->profile(profileName);
    if (!profile || profile->storeSecretsUnencrypted)
        return;
    // The person took the opt-in back: take the secrets out of the file, into the keychain or memory.
    QList<QPair<SecretKind, QString>> taken;
    for (SecretKind kind : m_plainFile->kinds(profileName)) {
        if (const std::optional<QString> value = m_plainFile->read(profileName, kind); value && !value->isEmpty())
            taken.append({kind, *value});
    }
    m_plainFile->removeAll(profileName);
    for (const auto &secret : std::as_const(taken))
        write(profileName, secret.first, secret.second, this);
}

} // namespace EndpointDesk
