#pragma once

#include "SecretKind.h"
#include "SecretResult.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace QKeychain {
class Job;
}

namespace EndpointDesk {

class PlainSecretFile;
class ProfileStore;

// Secrets of the profiles, in the operating system's keychain (QtKeychain, service "EndpointDesk",
// key "<profile name>/<kind id>", never an insecure fallback). Every operation is asynchronous and
// reports through a callback run with a context object, like a queued connection.
//
// When no keychain answers, a written secret is kept in memory for this run only
// (SecretStorage::SessionOnly), unless the profile has storeSecretsUnencrypted ticked: then it goes
// to the settings file through PlainSecretFile, with its warning.
// Removing a profile from the ProfileStore removes its secrets; renaming moves them.
//
// Right after logging in the Secret Service may not be up yet: a keychain call that finds no service
// is started again after a pause, with backoff, for up to keychainRetryWindow() (never blocking the
// event loop) before the fallback above. Once a whole window passed without a service, later calls
// fall back at once.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Backend {
        SystemKeychain,
        Unavailable // behave as if no keychain answered (tests, and a way to run without one)
    };
    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(ProfileStore *profiles, QObject *parent = nullptr);
    SecretStore(ProfileStore *profiles, Backend backend, QObject *parent = nullptr);
    ~SecretStore() override;

    static QString serviceName();
    static QString keychainKey(const QString &profileName, SecretKind kind);
    // What the window shows when a secret could only be kept in memory.
    static QString sessionOnlyNotice();

    // An empty value removes the secret. done is not called if context is destroyed first.
    void write(const QString &profileName, SecretKind kind, const QString &value, QObject *context, Callback done = {});
    void read(const QString &profileName, SecretKind kind, QObject *context, Callback done);
    void remove(const QString &profileName, SecretKind kind, QObject *context, Callback done = {});
    void removeAll(const QString &profileName, QObject *context, Callback done = {});
    void moveAll(const QString &fromProfile, const QString &toProfile, QObject *context, Callback done = {});

    // Secrets this run holds only in memory.
    // Keeps a value in memory for this run only, without asking the keychain: for values that are
    // no secret at all, such as the sandbox's demo token.
    void keepForSession(const QString &profileName, SecretKind kind, const QString &value);

    bool hasSessionOnlySecrets() const { return !m_session.isEmpty(); }
    bool hasSessionOnlySecret(const QString &profileName, SecretKind kind) const;
    // Keychain jobs still running, including those waiting to be tried again.
    int pendingJobs() const { return m_pendingJobs; }

    static constexpr std::chrono::milliseconds defaultKeychainRetryWindow{5000};
    void setKeychainRetryWindow(std::chrono::milliseconds window) { m_retryWindow = window; }
    std::chrono::milliseconds keychainRetryWindow() const { return m_retryWindow; }

    // Keychain jobs asked for while held wait until releaseKeychain(): the program reaches the keychain's
    // service only after its first frame. Whoever holds must release.
    void holdKeychain() { m_held = true; }
    void releaseKeychain();

Q_SIGNALS:
    void secretWritten(const QString &profileName, EndpointDesk::SecretKind kind, EndpointDesk::SecretStorage storage);
    // A secret could only be kept for this run; message is sessionOnlyNotice().
    void sessionOnlyStorageUsed(const QString &profileName, const QString &message);
    // A secret went into the settings file because the profile opted in.
    void unencryptedStorageUsed(const QString &profileName, const QString &message);
    void secretsRemoved(const QString &profileName, bool ok);
    void secretsMoved(const QString &fromProfile, const QString &toProfile, bool ok);
    void pendingJobsChanged(int count);
    // No keychain service answered yet; the call is tried again after delayMs. retry counts from 1.
    void keychainRetrying(int retry, int delayMs);

private:
    struct Callsite
    {
        QPointer<QObject> context;
        bool hadContext = false;
        Callback done;
        void deliver(const SecretResult &result) const;
    };
    Callsite callsite(QObject *context, Callback done) const;
    void later(const Callsite &site, const SecretResult &result);
    void jobStarted();
    void jobFinished();

    struct KeychainAttempt;
    // Runs the job make() returns, again after a pause while no keychain service answers; finished gets the last job.
    void runKeychainJob(std::function<QKeychain::Job *()> make, std::function<void(QKeychain::Job *)> finished);
    void attempt(const std::shared_ptr<KeychainAttempt> &attempt);
    void startKeychainWrite(const QString &profileName, SecretKind kind, const QString &value,
                            std::function<void(bool ok, int error)> finished);
    void startKeychainRead(const QString &profileName, SecretKind kind,
                           std::function<void(int error, const QString &value)> finished);
    void startKeychainDelete(const QString &profileName, SecretKind kind, std::function<void(int error)> finished);
    // The keychain refused a write: keep the secret for this run, or in the file if opted in.
    SecretResult storeWithoutKeychain(const QString &profileName, SecretKind kind, const QString &value);
    SecretResult fromOtherStores(const QString &profileName, SecretKind kind) const;
    void retractUnencryptedIfOptedOut(const QString &profileName);

    static QString sessionKey(const QString &profileName, SecretKind kind) { return keychainKey(profileName, kind); }

    QPointer<ProfileStore> m_profiles;
    std::unique_ptr<PlainSecretFile> m_plainFile; // null without a ProfileStore
    Backend m_backend;
    bool m_held = false;
    QList<std::shared_ptr<KeychainAttempt>> m_heldAttempts;
    QHash<QString, QString> m_session;
    int m_pendingJobs = 0;
    std::chrono::milliseconds m_retryWindow = defaultKeychainRetryWindow;
    bool m_keychainAbsent = false; // a whole retry window passed without a service
};

} // namespace EndpointDesk
