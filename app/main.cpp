#include "ActiveProfile.h"
#include "AppIcon.h"
#include "MainWindow.h"
#include "Profile.h"
#include "ProfileStore.h"
#include "SandboxDemo.h"
#include "SandboxServer.h"
#include "SecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace EndpointDesk;

namespace {

struct Options
{
    bool sandbox = false;
    QString profile;
    SandboxSeedOptions seed;
};

int positiveNumber(const QCommandLineParser &parser, const QCommandLineOption &option, int fallback, bool *ok)
{
    if (!parser.isSet(option))
        return fallback;
    const int value = parser.value(option).toInt(ok);
    *ok = *ok && value > 0;
    return value;
}

// Parses the command line; exits for --help, --version and mistakes, as command-line programs do.
Options parseCommandLine(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Create and track Huawei Cloud FunctionGraph VPC endpoints."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QApplication::translate("main", "Start on the built-in cloud emulator with a "
                                                                     "ready profile: no cloud account needed."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QApplication::translate("main", "Open with the saved profile <name>."),
                                     QStringLiteral("name"));
    const QCommandLineOption vpcs(QStringLiteral("vpcs"),
                                  QApplication::translate("main", "With --sandbox: how many VPCs to seed."),
                                  QStringLiteral("count"));
    const QCommandLineOption subnets(QStringLiteral("subnets-per-vpc"),
                                     QApplication::translate("main", "With --sandbox: subnets in each VPC."),
                                     QStringLiteral("count"));
    parser.addOptions({sandbox, profile, vpcs, subnets});
    parser.process(app);

    Options options;
    options.sandbox = parser.isSet(sandbox);
    options.profile = parser.value(profile);
    bool vpcsOk = true;
    bool subnetsOk = true;
    options.seed.vpcCount = positiveNumber(parser, vpcs, options.seed.vpcCount, &vpcsOk);
    options.seed.subnetsPerVpc = positiveNumber(parser, subnets, options.seed.subnetsPerVpc, &subnetsOk);
    if (!vpcsOk || !subnetsOk) {
        std::fputs(qPrintable(QApplication::translate("main", "--vpcs and --subnets-per-vpc take a whole number "
                                                              "greater than 0.\n")),
                   stderr);
        std::exit(2);
    }
    return options;
}

// The sandbox's ready profile: its address, the demo project and the first VPC and subnet, so
// that a newcomer creates an endpoint with clicks alone.
Profile sandboxProfile(SandboxServer &server)
{
    Profile profile;
    profile.name = QApplication::translate("main", "Sandbox");
    profile.regionId = SandboxDemo::regionId();
    profile.endpointOverride = server.baseUrl().toString();
    profile.projectId = SandboxDemo::projectId();
    profile.authMethod = AuthMethod::Token;
    profile.defaultVpcId = server.cloud().firstVpcId();
    profile.defaultSubnetId = server.cloud().firstSubnetId();
    return profile;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("EndpointDesk"));
    QApplication::setApplicationName(QStringLiteral("EndpointDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Endpoint Desk"));
    QApplication::setApplicationVersion(QStringLiteral(ENDPOINTDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(ENDPOINTDESK_APP_ID));
    QApplication::setWindowIcon(applicationIcon());

    const Options options = parseCommandLine(app);

    // The sandbox is a playground: its profiles live in a folder of their own for this run, and its
    // demo token is no secret, so neither the user's settings nor the keychain are touched.
    std::unique_ptr<SandboxServer> sandbox;
    QTemporaryDir sandboxSettings;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<SecretStore> secrets;
    if (options.sandbox) {
        sandbox = std::make_unique<SandboxServer>(options.seed);
        if (!sandbox->start() || !sandboxSettings.isValid()) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Endpoint Desk"),
                                  QApplication::translate("main", "The built-in sandbox could not start."));
            return 1;
        }
        profiles = std::make_unique<ProfileStore>(sandboxSettings.filePath(QStringLiteral("EndpointDesk.conf")));
        secrets = std::make_unique<SecretStore>(profiles.get(), SecretStore::Backend::Unavailable);
        profiles->saveProfile(sandboxProfile(*sandbox));
        secrets->write(sandboxProfile(*sandbox).name, SecretKind::Token, SandboxDemo::token(), nullptr);
    } else {
        profiles = std::make_unique<ProfileStore>();
        secrets = std::make_unique<SecretStore>(profiles.get());
    }
    ActiveProfile::ensureProfileExists(profiles.get());

    MainWindow window(profiles.get(), secrets.get());
    if (options.sandbox)
        window.setWindowTitle(QApplication::translate("main", "Endpoint Desk - Sandbox"));
    for (const QString &notice : profiles->notices())
        window.showNotice(notice);
    const QString startName = profiles->startupProfileName(options.profile);
    if (!options.profile.isEmpty() && startName != options.profile)
        window.showNotice(QApplication::translate("main", "There is no profile named %1; opened %2 instead.")
                              .arg(options.profile, startName));
    window.openProfile(startName);
    window.show();
    return QApplication::exec();
}
