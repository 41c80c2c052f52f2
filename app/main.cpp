#include "ActiveProfile.h"
#include "AppIcon.h"
#include "HistoryStore.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "SandboxSession.h"
#include "SecretStore.h"
#include "Translations.h"
#include "Transport.h"
#include "WindowStateStore.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

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
Options parseCommandLine(const QCoreApplication &app)
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

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EndpointDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("EndpointDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENDPOINTDESK_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    // The command line is read before any window system is needed, so that --help, --version and a
    // mistake are answered on a machine without a display. The translations come first, so that
    // --help speaks the language too.
    Options options;
    {
        QCoreApplication commandLine(argc, argv);
        setIdentity();
        Translations::install(QLocale());
        options = parseCommandLine(commandLine);
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Endpoint Desk"));
    QGuiApplication::setDesktopFileName(QStringLiteral(ENDPOINTDESK_APP_ID));
    QApplication::setWindowIcon(applicationIcon());
    Translations::install(QLocale());
    Transport::preloadSystemCaCertificates();

    // The sandbox is a playground with profiles of its own; otherwise the user's settings and keychain.
    std::unique_ptr<SandboxSession> sandbox;
    std::unique_ptr<ProfileStore> userProfiles;
    std::unique_ptr<SecretStore> userSecrets;
    std::unique_ptr<WindowStateStore> userWindowState;
    ProfileStore *profiles = nullptr;
    SecretStore *secrets = nullptr;
    WindowStateStore *windowState = nullptr;
    if (options.sandbox) {
        sandbox = std::make_unique<SandboxSession>(options.seed);
        QString error;
        if (!sandbox->start(&error)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Endpoint Desk"), error);
            return 1;
        }
        profiles = &sandbox->profiles();
        secrets = &sandbox->secrets();
        windowState = &sandbox->windowState();
    } else {
        userProfiles = std::make_unique<ProfileStore>();
        userSecrets = std::make_unique<SecretStore>(userProfiles.get());
        userWindowState = std::make_unique<WindowStateStore>(*userProfiles);
        profiles = userProfiles.get();
        secrets = userSecrets.get();
        windowState = userWindowState.get();
    }
    ActiveProfile::ensureProfileExists(profiles);

    // The sandbox's endpoints end with the run: its history stays in memory, out of the user's inventory.
    std::unique_ptr<HistoryStore> history;
    if (!options.sandbox)
        history = std::make_unique<HistoryStore>();

    Workspace workspace(profiles, secrets, history.get());
    MainWindow window(&workspace, windowState);
    if (options.sandbox)
        window.setWindowTitle(QApplication::translate("main", "Endpoint Desk - Sandbox"));
    window.openStartupProfile(options.profile);
    window.show();
    return QApplication::exec();
}
