#include "CloudConnection.h"
#include "EndpointClient.h"
#include "HistoryStore.h"
#include "IamSession.h"
#include "InventoryEntry.h"
#include "ProfileStore.h"
#include "SandboxDemo.h"
#include "SandboxDemoSpec.h"
#include "SandboxFault.h"
#include "SandboxServer.h"
#include "SecretStore.h"
#include "Transport.h"
#include "Workspace.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace EndpointDesk;

// The session's rules, with no window: a workspace over real stores, against the sandbox over HTTP.
class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    Profile sandboxProfile(AuthMethod method) const
    {
        Profile profile;
        profile.name = QStringLiteral("Sandbox");
        profile.regionId = SandboxDemo::regionId();
        profile.endpointOverride = m_server->baseUrl().toString();
        profile.authMethod = method;
        return profile;
    }

    // Saves the profile and opens it in a new workspace, waiting until its secrets are read.
    void open(const Profile &profile)
    {
        QVERIFY(m_profiles->saveProfile(profile));
        m_workspace = std::make_unique<Workspace>(m_profiles.get(), m_secrets.get(), m_history.get());
        QSignalSpy secretsRead(m_workspace->activeProfile(), &ActiveProfile::secretsLoaded);
        QVERIFY(m_workspace->openProfile(profile.name, nullptr));
        QVERIFY(secretsRead.wait(5000));
    }

    Credentials akSk(const QString &secretKey) const
    {
        Credentials credentials;
        credentials.method = AuthMethod::AkSk;
        credentials.accessKey = SandboxDemo::accessKey();
        credentials.secretKey = secretKey;
        return credentials;
    }

    Credentials password() const
    {
        Credentials credentials;
        credentials.method = AuthMethod::IamPassword;
        credentials.accountName = SandboxDemo::accountName();
        credentials.userName = SandboxDemo::userName();
        credentials.password = SandboxDemo::password();
        return credentials;
    }

    // Edits the connection as the window reports typing, keeping the profile's place.
    void type(const Credentials &credentials, const QString &region = {})
    {
        const Profile profile = m_workspace->activeProfile()->profile();
        m_workspace->editConnection(region.isEmpty() ? profile.regionId : region, profile.endpointOverride,
                                    credentials);
    }

    EndpointResult createAndWait(const EndpointSpec &spec)
    {
        QSignalSpy finished(m_workspace->client(), &EndpointClient::createFinished);
        if (m_workspace->create(spec) != Workspace::Refusal::None || !finished.wait(10000))
            return {};
        return finished.constLast().at(1).value<EndpointResult>();
    }

    int requestsTo(const QString &pathPart) const
    {
        int count = 0;
        for (const QString &path : m_paths)
            count += path.contains(pathPart) ? 1 : 0;
        return count;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<Workspace> m_workspace;
    QStringList m_paths;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->start());
        m_paths.clear();
        connect(m_server.get(), &SandboxServer::requestHandled, this,
                [this](const QByteArray &, const QString &path, int) { m_paths.append(path); });
        m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("EndpointDesk.conf")));
        m_secrets = std::make_unique<SecretStore>(m_profiles.get(), SecretStore::Backend::Unavailable);
        m_history = std::make_unique<HistoryStore>(QStringLiteral(":memory:"));
    }

    void cleanup()
    {
        m_workspace.reset();
        m_history.reset();
        m_secrets.reset();
        m_profiles.reset();
        m_server.reset();
    }

    void aTokenProfileListsAsSoonAsItIsOpen()
    {
        m_secrets->keepForSession(QStringLiteral("Sandbox"), SecretKind::Token, SandboxDemo::token());
        QVERIFY(m_profiles->saveProfile(sandboxProfile(AuthMethod::Token)));
        m_workspace = std::make_unique<Workspace>(m_profiles.get(), m_secrets.get(), m_history.get());
        QSignalSpy scopes(m_workspace.get(), &Workspace::listingScopeChanged);
        QVERIFY(m_workspace->openProfile(QStringLiteral("Sandbox"), nullptr));
        QTRY_VERIFY(!scopes.isEmpty() && scopes.constLast().at(1).toString() == SandboxDemo::regionId());
        QCOMPARE(scopes.constLast().at(0).toString(), QStringLiteral("Sandbox"));
        QVERIFY(m_workspace->canCallCloud());
    }

    void withoutCredentialsNothingIsListed()
    {
        open(sandboxProfile(AuthMethod::Token));
        QSignalSpy scopes(m_workspace.get(), &Workspace::listingScopeChanged);
        QVERIFY(m_workspace->signIn());
        QCOMPARE(scopes.size(), 1);
        QVERIFY(scopes.constFirst().at(1).toString().isEmpty());
        QVERIFY(!m_workspace->canCallCloud());
        QCOMPARE(m_workspace->authStatus(), QStringLiteral("Paste a token to sign in."));
    }

    void aPasswordSignInAsksIamAndOffersItsProject()
    {
        open(sandboxProfile(AuthMethod::IamPassword));
        type(password());
        QVERIFY(!m_workspace->canCallCloud());
        QSignalSpy suggested(m_workspace.get(), &Workspace::projectSuggested);
        QVERIFY(m_workspace->signIn());
        QTRY_VERIFY(m_workspace->session()->isSignedIn());
        QCOMPARE(requestsTo(QStringLiteral("/v3/auth/tokens")), 1);
        QCOMPARE(suggested.size(), 1);
        QCOMPARE(suggested.constFirst().at(0).toString(), SandboxDemo::projectId());
        QCOMPARE(m_workspace->activeProfile()->profile().projectId, SandboxDemo::projectId());
        QVERIFY(m_workspace->canCallCloud());
    }

    void aPasswordSignInRefusesMissingDetails()
    {
        open(sandboxProfile(AuthMethod::IamPassword));
        QString problem;
        QVERIFY(!m_workspace->signIn(&problem));
        QVERIFY(!problem.isEmpty());
        QCOMPARE(requestsTo(QStringLiteral("/v3/auth/tokens")), 0);
    }

    void keysNeedNoSignInCall()
    {
        open(sandboxProfile(AuthMethod::AkSk));
        type(akSk(SandboxDemo::secretKey()));
        QSignalSpy scopes(m_workspace.get(), &Workspace::listingScopeChanged);
        QVERIFY(m_workspace->signIn());
        QCOMPARE(requestsTo(QStringLiteral("/v3/auth/tokens")), 0);
        QVERIFY(!scopes.isEmpty());
        QCOMPARE(scopes.constLast().at(1).toString(), SandboxDemo::regionId());
    }

    void anotherRegionSignsOutAndForgetsTheListings()
    {
        open(sandboxProfile(AuthMethod::IamPassword));
        type(password());
        QVERIFY(m_workspace->signIn());
        QTRY_VERIFY(m_workspace->session()->isSignedIn());
        ListingKey key;
        key.profile = QStringLiteral("Sandbox");
        key.region = SandboxDemo::regionId();
        key.kind = ResourceKind::Project;
        m_workspace->listings()->insert(key, {});
        QVERIFY(m_workspace->listings()->contains(key));

        type(password(), QStringLiteral("cn-east-3"));
        QVERIFY(!m_workspace->session()->isSignedIn());
        QVERIFY(!m_workspace->listings()->contains(key));
        QCOMPARE(m_workspace->connection()->endpoints().regionId(), QStringLiteral("cn-east-3"));
    }

    void anotherRegionWithAProjectIsAskedAboutAndClearsIt()
    {
        open(sandboxProfile(AuthMethod::AkSk));
        const QString east = QStringLiteral("cn-east-3");
        QVERIFY(m_workspace->regionChangeQuestion(east).isEmpty()); // no project yet: nothing to lose
        m_workspace->editProjectId(SandboxDemo::projectId());
        QVERIFY(m_workspace->regionChangeQuestion(SandboxDemo::regionId()).isEmpty()); // the same region
        const QString question = m_workspace->regionChangeQuestion(east);
        QVERIFY(question.contains(SandboxDemo::projectId()));

        QSignalSpy cleared(m_workspace.get(), &Workspace::placementCleared);
        type(akSk(SandboxDemo::secretKey()));
        QCOMPARE(cleared.count(), 0); // typing keys keeps the project
        QCOMPARE(m_workspace->activeProfile()->profile().projectId, SandboxDemo::projectId());
        type(akSk(SandboxDemo::secretKey()), east);
        QCOMPARE(cleared.count(), 1);
        QVERIFY(m_workspace->activeProfile()->profile().projectId.isEmpty());
        QVERIFY(m_workspace->regionChangeQuestion(SandboxDemo::regionId()).isEmpty());
    }

    void aProxyPasswordIsASecretAndReachesTheTransport()
    {
        Profile profile = sandboxProfile(AuthMethod::AkSk);
        profile.proxyMode = ProxyMode::Manual;
        profile.proxyHost = QStringLiteral("127.0.0.1");
        profile.proxyPort = 3128;
        profile.proxyUser = QStringLiteral("operator");
        open(profile);
        ActiveProfile *active = m_workspace->activeProfile();
        active->setProxyPassword(QStringLiteral("pr0xy-password"));
        QVERIFY(active->isModified());
        QSignalSpy saved(active, &ActiveProfile::saved);
        QVERIFY(m_workspace->saveProfile());
        QVERIFY(saved.wait(5000));
        QFile file(m_dir->filePath(QStringLiteral("EndpointDesk.conf")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray settings = file.readAll();
        QVERIFY(settings.contains("operator"));
        QVERIFY(!settings.contains("pr0xy-password"));

        // Opened again, the password comes with the other secrets and goes to the proxy.
        m_workspace.reset();
        m_workspace = std::make_unique<Workspace>(m_profiles.get(), m_secrets.get(), m_history.get());
        QSignalSpy secretsRead(m_workspace->activeProfile(), &ActiveProfile::secretsLoaded);
        QVERIFY(m_workspace->openProfile(profile.name, nullptr));
        QVERIFY(secretsRead.wait(5000));
        const QNetworkProxy proxy = m_workspace->connection()->transport()->networkAccessManager()->proxy();
        QCOMPARE(proxy.user(), QStringLiteral("operator"));
        QCOMPARE(proxy.password(), QStringLiteral("pr0xy-password"));
    }

    void callsAreSignedWithTheActiveProfilesKeys()
    {
        open(sandboxProfile(AuthMethod::AkSk));
        type(akSk(SandboxDemo::secretKey()));
        const EndpointResult created = createAndWait(sandboxDemoSpec(*m_server));
        QVERIFY2(created.succeeded(), qPrintable(created.error.code + QLatin1Char(' ') + created.error.message));
        QVERIFY(!created.endpointIps.isEmpty());

        // Another secret key typed: the next call is signed with it, and the cloud refuses it.
        type(akSk(QStringLiteral("not-the-secret-key")));
        EndpointSpec other = sandboxDemoSpec(*m_server);
        other.subnetId = m_server->cloud().firstSubnetId();
        const EndpointResult refused = createAndWait(other);
        QVERIFY(!refused.succeeded());
        QCOMPARE(refused.httpStatus, 401);
    }

    void theRegionOfACreateIsTheProfiles()
    {
        open(sandboxProfile(AuthMethod::AkSk));
        EndpointSpec values = sandboxDemoSpec(*m_server);
        values.region = QStringLiteral("cn-east-3");
        QCOMPARE(m_workspace->specFor(values).region, SandboxDemo::regionId());
    }

    void aTypedRegionThisVersionDoesNotListIsCalledAtItsOwnHosts()
    {
        open(sandboxProfile(AuthMethod::AkSk));
        m_workspace->editConnection(QStringLiteral("xy-central-7"), QString(), akSk(SandboxDemo::secretKey()));
        QString problem;
        const QString curl = m_workspace->curlFor(sandboxDemoSpec(*m_server), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(curl.contains(QStringLiteral("https://functiongraph.xy-central-7.myhuaweicloud.com/v2/")),
                 qPrintable(curl));
    }

    void aBadSpecIsNotSent()
    {
        open(sandboxProfile(AuthMethod::AkSk));
        type(akSk(SandboxDemo::secretKey()));
        EndpointSpec values = sandboxDemoSpec(*m_server);
        values.projectId = QStringLiteral("cn-north-4 (0a1b)");
        QVERIFY(!m_workspace->problems(values).isEmpty());
        QCOMPARE(m_workspace->create(values), Workspace::Refusal::InvalidSpec);
        QCOMPARE(requestsTo(QStringLiteral("/fgs/vpc-endpoint")), 0);
    }

    void aPlainHttpOverrideElsewhereIsNotSent()
    {
        Profile profile = sandboxProfile(AuthMethod::AkSk);
        open(profile);
        m_workspace->editConnection(profile.regionId, QStringLiteral("http://gateway.example.com"),
                                    akSk(SandboxDemo::secretKey()));
        QVERIFY(!m_workspace->endpointOverrideProblem().isEmpty());
        QVERIFY(!m_workspace->canCallCloud());
        QCOMPARE(m_workspace->create(sandboxDemoSpec(*m_server)), Workspace::Refusal::InvalidEndpoint);
    }

    // Typed into the field: refused, so nothing is sent, saved or shown with the password.
    void anOverrideWithCredentialsIsRefused()
    {
        Profile profile = sandboxProfile(AuthMethod::AkSk);
        open(profile);
        QUrl withPassword = m_server->baseUrl();
        withPassword.setUserInfo(QStringLiteral("admin:S3cretPass"));
        m_workspace->editConnection(profile.regionId, withPassword.toString(), akSk(SandboxDemo::secretKey()));
        QVERIFY2(m_workspace->endpointOverrideProblem().contains(QStringLiteral("password")),
                 qPrintable(m_workspace->endpointOverrideProblem()));
        QVERIFY(!m_workspace->canCallCloud());
        QCOMPARE(m_workspace->create(sandboxDemoSpec(*m_server)), Workspace::Refusal::InvalidEndpoint);

        QString problem;
        const QString curl = m_workspace->curlFor(sandboxDemoSpec(*m_server), &problem);
        QVERIFY(curl.contains(m_server->baseUrl().host()));
        QVERIFY2(!curl.contains(QStringLiteral("S3cretPass")), qPrintable(curl));
        QVERIFY(!curl.contains(QStringLiteral("admin@")));

        QString error;
        QVERIFY(!m_workspace->activeProfile()->save(&error));
        QVERIFY(!error.contains(QStringLiteral("S3cretPass")));
        QFile settings(m_dir->filePath(QStringLiteral("EndpointDesk.conf")));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains("S3cretPass"));
        QCOMPARE(m_paths, QStringList());
    }

    // Saved before such addresses were refused: said once at load, then dropped from all that is sent.
    void aStoredOverrideWithCredentialsIsCleanedAtLoad()
    {
        Profile profile = sandboxProfile(AuthMethod::AkSk);
        QUrl stored = m_server->baseUrl();
        stored.setUserInfo(QStringLiteral("admin:S3cretPass"));
        stored.setQuery(QStringLiteral("x=1"));
        profile.endpointOverride = stored.toString();
        QVERIFY(m_profiles->saveProfile(profile));
        m_workspace = std::make_unique<Workspace>(m_profiles.get(), m_secrets.get(), m_history.get());
        QSignalSpy notices(m_workspace.get(), &Workspace::notice);
        QVERIFY(m_workspace->openProfile(profile.name, nullptr));
        QCOMPARE(notices.size(), 1);
        const QString notice = notices.constFirst().at(0).toString();
        QVERIFY2(notice.contains(QStringLiteral("password")), qPrintable(notice));
        QVERIFY(!notice.contains(QStringLiteral("S3cretPass")));
        QCOMPARE(m_workspace->activeProfile()->profile().endpointOverride, m_server->baseUrl().toString());
        QVERIFY(m_workspace->activeProfile()->isModified());

        type(akSk(SandboxDemo::secretKey()));
        QVERIFY(m_workspace->endpointOverrideProblem().isEmpty());
        QString problem;
        const QString curl = m_workspace->curlFor(sandboxDemoSpec(*m_server), &problem);
        QVERIFY2(!curl.contains(QStringLiteral("S3cretPass")) && !curl.contains(QStringLiteral("x=1")),
                 qPrintable(curl));
        QVERIFY(createAndWait(sandboxDemoSpec(*m_server)).succeeded());

        QVERIFY(m_workspace->activeProfile()->save());
        QFile settings(m_dir->filePath(QStringLiteral("EndpointDesk.conf")));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains("S3cretPass"));
        int aboutTheOverride = 0;
        for (const QList<QVariant> &told : notices)
            aboutTheOverride += told.at(0).toString().contains(QStringLiteral("endpoint override")) ? 1 : 0;
        QCOMPARE(aboutTheOverride, 1);
    }

    // A settings file edited by hand is checked like the form when a profile is opened: each bad field
    // is named, with the profile, and saving stays refused until it is corrected.
    void aStoredProfileWithBadFieldsIsFlaggedAtLoad()
    {
        Profile profile = sandboxProfile(AuthMethod::AkSk);
        profile.accessKeyId = QStringLiteral("AKID\r\nX-Injected: 1");
        profile.defaultSubnetId = QStringLiteral("66666666-7777-8888-9999-000000000000\n");
        profile.proxyHost = QStringLiteral(" proxy.example.com");
        QVERIFY(m_profiles->saveProfile(profile));
        m_workspace = std::make_unique<Workspace>(m_profiles.get(), m_secrets.get(), m_history.get());
        QSignalSpy notices(m_workspace.get(), &Workspace::notice);
        QVERIFY(m_workspace->openProfile(profile.name, nullptr));
        QCOMPARE(notices.size(), 1);
        const QString notice = notices.constFirst().at(0).toString();
        for (const char *words : {"access key ID", "default subnet ID", "proxy host"})
            QVERIFY2(notice.contains(QLatin1String(words)), qPrintable(notice));
        QVERIFY2(notice.contains(QLatin1Char('"') + profile.name + QLatin1Char('"')), qPrintable(notice));
        QCOMPARE(notices.constFirst().at(1).value<ActiveProfile::Severity>(), ActiveProfile::Severity::Warning);
        QCOMPARE(m_workspace->activeProfile()->problems().size(), 3);
        QVERIFY(!m_workspace->activeProfile()->save());
    }

    void theProfilesNetworkSettingsApply()
    {
        Profile profile = sandboxProfile(AuthMethod::AkSk);
        profile.caFile = m_dir->filePath(QStringLiteral("missing-ca.pem"));
        QVERIFY(m_profiles->saveProfile(profile));
        m_workspace = std::make_unique<Workspace>(m_profiles.get(), m_secrets.get(), m_history.get());
        QSignalSpy notices(m_workspace.get(), &Workspace::notice);
        QVERIFY(m_workspace->openProfile(profile.name, nullptr));
        QVERIFY(!notices.isEmpty());
        QVERIFY2(notices.constFirst().at(0).toString().contains(QStringLiteral("missing-ca.pem")),
                 qPrintable(notices.constFirst().at(0).toString()));
        QCOMPARE(notices.constFirst().at(1).value<ActiveProfile::Severity>(), ActiveProfile::Severity::Error);

        // Nothing goes out while the CA file cannot be read.
        type(akSk(SandboxDemo::secretKey()));
        const EndpointResult refused = createAndWait(sandboxDemoSpec(*m_server));
        QVERIFY(!refused.succeeded());
        QCOMPARE(requestsTo(QStringLiteral("/fgs/vpc-endpoint")), 0);
    }

    void thePreviewIsSignedAndHidesTheSecret()
    {
        open(sandboxProfile(AuthMethod::AkSk));
        type(akSk(SandboxDemo::secretKey()));
        QString problem;
        const QString curl = m_workspace->curlFor(sandboxDemoSpec(*m_server), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(curl.contains(QStringLiteral("/v2/%1/fgs/vpc-endpoint").arg(SandboxDemo::projectId())));
        QVERIFY(curl.contains(QStringLiteral("Authorization: ****")));
        QVERIFY(curl.contains(QStringLiteral("X-Sdk-Date: ")));
        QVERIFY(!curl.contains(SandboxDemo::secretKey()));

        type(akSk(QString()));
        m_workspace->curlFor(sandboxDemoSpec(*m_server), &problem);
        QVERIFY(!problem.isEmpty());
    }

    void anEndpointOfAnotherRegionIsNotDeletedHere()
    {
        open(sandboxProfile(AuthMethod::AkSk));
        InventoryEntry entry;
        entry.key = {QStringLiteral("cn-east-3"), SandboxDemo::projectId(), m_server->cloud().firstVpcId(),
                     m_server->cloud().firstSubnetId()};
        QVERIFY(m_workspace->deleteRefusal(entry).contains(QStringLiteral("cn-east-3")));
        QVERIFY(!m_workspace->remove(entry));
        entry.key.region = SandboxDemo::regionId();
        QVERIFY(m_workspace->deleteRefusal(entry).isEmpty());
    }

    void keychainProblemsReachThePersonOnce()
    {
        open(sandboxProfile(AuthMethod::AkSk));
        QSignalSpy notices(m_workspace.get(), &Workspace::notice);
        Q_EMIT m_secrets->secretsMoved(QStringLiteral("Old"), QStringLiteral("New"), false);
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices.constFirst().at(0).toString().contains(QStringLiteral("\"Old\"")));
        QCOMPARE(notices.constFirst().at(1).value<ActiveProfile::Severity>(), ActiveProfile::Severity::Error);
        // The same problem again is not a second message.
        Q_EMIT m_secrets->secretsMoved(QStringLiteral("Old"), QStringLiteral("New"), false);
        QCOMPARE(notices.size(), 1);
        Q_EMIT m_secrets->secretsMoved(QStringLiteral("Old"), QStringLiteral("New"), true);
        QCOMPARE(notices.size(), 1);
    }

    void aRefusedSaveIsToldEachTimeItIsAskedFor()
    {
        open(sandboxProfile(AuthMethod::AkSk));
        Profile edits = m_workspace->activeProfile()->profile();
        edits.projectId = QStringLiteral("not a project id");
        m_workspace->activeProfile()->setProfileEdits(edits);
        QSignalSpy notices(m_workspace.get(), &Workspace::notice);
        QVERIFY(!m_workspace->saveProfile());
        QVERIFY(!m_workspace->saveProfile());
        QCOMPARE(notices.size(), 2);
        QCOMPARE(notices.at(0).at(0).toString(), notices.at(1).at(0).toString());
    }

    void settlingWaitsForAnAnswerOnItsWay()
    {
        open(sandboxProfile(AuthMethod::AkSk));
        type(akSk(SandboxDemo::secretKey()));
        m_server->setFault(SandboxFault::delay(600));
        QSignalSpy finished(m_workspace->client(), &EndpointClient::createFinished);
        QCOMPARE(m_workspace->create(sandboxDemoSpec(*m_server)), Workspace::Refusal::None);
        QVERIFY(m_workspace->hasPendingWrites());

        QSignalSpy settled(m_workspace.get(), &Workspace::writesSettled);
        m_workspace->settleWrites(10000);
        QVERIFY(settled.wait(10000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(settled.constFirst().at(0).toBool(), true);
        QVERIFY(!m_workspace->hasPendingWrites());
        // The answer is in the record before the settling is over.
        QCOMPARE(m_history->inventory().size(), 1);
        QCOMPARE(m_history->inventory().constFirst().state, InventoryEntry::State::Active);
    }

    void readingTheProfileAfreshKeepsARequestOnItsWay()
    {
        open(sandboxProfile(AuthMethod::AkSk));
        type(akSk(SandboxDemo::secretKey()));
        QVERIFY(m_workspace->activeProfile()->save());
        m_server->setFault(SandboxFault::delay(500));
        QSignalSpy finished(m_workspace->client(), &EndpointClient::createFinished);
        QCOMPARE(m_workspace->create(sandboxDemoSpec(*m_server)), Workspace::Refusal::None);
        // The profile manager closed, say: the same profile, the same network settings.
        QVERIFY(m_workspace->reopenActiveProfile(nullptr));
        QVERIFY(finished.wait(10000));
        const auto result = finished.constFirst().at(1).value<EndpointResult>();
        QVERIFY2(result.succeeded(), qPrintable(result.error.code + QLatin1Char(' ') + result.error.message));
    }

    void settlingGivesUpAfterItsTime()
    {
        open(sandboxProfile(AuthMethod::AkSk));
        type(akSk(SandboxDemo::secretKey()));
        m_server->setFault(SandboxFault::delay(3000));
        QCOMPARE(m_workspace->create(sandboxDemoSpec(*m_server)), Workspace::Refusal::None);
        QSignalSpy settled(m_workspace.get(), &Workspace::writesSettled);
        m_workspace->settleWrites(100);
        QVERIFY(settled.wait(5000));
        QCOMPARE(settled.constFirst().at(0).toBool(), false);
        QVERIFY(!m_workspace->failedWrite().isEmpty());
        m_workspace->cancel();
    }

    void settlingWithNothingPendingEndsAtOnce()
    {
        open(sandboxProfile(AuthMethod::AkSk));
        QSignalSpy settled(m_workspace.get(), &Workspace::writesSettled);
        m_workspace->settleWrites(10000);
        QVERIFY(settled.wait(1000));
        QCOMPARE(settled.constFirst().at(0).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
