#include "AppIcon.h"
#include "AppSession.h"
#include "FirstFrame.h"
#include "FirstFrameProbe.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

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
// The options QGuiApplication and QApplication take for themselves (-style Fusion, -qwindowgeometry
// 1280x800, -platform offscreen...), with one dash or two: they are for the application made after
// the command line is read, so the reader passes over them rather than call them unknown.
QStringList withoutQtOptions(const QStringList &arguments)
{
    static const QStringList withValue = {QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
                                          QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
                                          QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
                                          QStringLiteral("qwindowtitle"),    QStringLiteral("session"),
                                          QStringLiteral("style"),           QStringLiteral("stylesheet"),
                                          QStringLiteral("display"),         QStringLiteral("geometry"),
                                          QStringLiteral("title"),           QStringLiteral("qmljsdebugger")};
    static const QStringList alone = {QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                      QStringLiteral("nograb"), QStringLiteral("dograb"), QStringLiteral("sync")};
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        QString name = argument;
        while (i > 0 && name.startsWith(u'-'))
            name.remove(0, 1);
        const QString bare = name.section(u'=', 0, 0);
        if (i > 0 && argument.startsWith(u'-') && (withValue.contains(bare) || alone.contains(bare))) {
            if (withValue.contains(bare) && !name.contains(u'='))
                ++i; // its value follows
            continue;
        }
        kept.append(argument);
    }
    return kept;
}

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
    parser.process(withoutQtOptions(app.arguments()));

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
        Translations::installPreferred();
        options = parseCommandLine(commandLine);
    }

    QApplication app(argc, argv);
    FirstFrameProbe::installFromEnvironment(); // bench/run.sh only
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Endpoint Desk"));
    QGuiApplication::setDesktopFileName(QStringLiteral(ENDPOINTDESK_APP_ID));
    // Again, for the application that stays: the command line's one has gone, and its translators with it.
    Translations::installPreferred();

    // The user's own profiles, or (with --sandbox) a playground with profiles of its own; the window
    // switches between the two from its Help menu and start panel.
    AppSession session(options.seed);
    QObject::connect(&session, &AppSession::finished, &app, &QCoreApplication::quit);
    QString error;
    if (!session.start(options.sandbox ? AppSession::Mode::Sandbox : AppSession::Mode::User, options.profile, &error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Endpoint Desk"), error);
        return 1;
    }
    // Reading the icon's images loads Qt's image plugins: once the first frame is out and the event loop idle.
    FirstFrame::whenPainted(session.window(), &app, [&app] {
        QTimer::singleShot(FirstFrame::IdleDelayMs, &app, [] { QApplication::setWindowIcon(applicationIcon()); });
    });
    return QApplication::exec();
}
