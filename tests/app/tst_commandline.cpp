#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// --help and --version answer on a machine without any display: no window system is needed for them.
class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run runWithoutDisplay(const QStringList &arguments, const QString &lang = QStringLiteral("C.UTF-8"),
                                 const QProcessEnvironment &extra = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name :
             {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("QT_QPA_PLATFORM"),
              QStringLiteral("LANGUAGE"), QStringLiteral("LC_ALL"), QStringLiteral("LC_MESSAGES"),
              QStringLiteral("ENDPOINTDESK_SANDBOX_DIR")})
            environment.remove(name);
        environment.insert(QStringLiteral("LANG"), lang);
        environment.insert(extra);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ENDPOINTDESK_EXECUTABLE), arguments);
        Run run;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private Q_SLOTS:
    void helpWithoutDisplay()
    {
        const Run run = runWithoutDisplay({QStringLiteral("--help")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("--sandbox")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("--profile <name>")));
        QVERIFY(run.out.contains(QLatin1String("--version")));
    }

    void versionWithoutDisplay()
    {
        const Run run = runWithoutDisplay({QStringLiteral("--version")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral(ENDPOINTDESK_VERSION)), qPrintable(run.out));
    }

    // The help keeps its translation: the catalogue is installed before the command line is read.
    void helpInChineseWithoutDisplay()
    {
        const Run run = runWithoutDisplay({QStringLiteral("--help")}, QStringLiteral("zh_CN.UTF-8"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("下沉入口")), qPrintable(run.out));
    }

    // Qt's own options belong to the window system part and are not mistakes.
    void qtOptionsAreLeftToQt()
    {
        const Run run = runWithoutDisplay({QStringLiteral("-qwindowgeometry"), QStringLiteral("1280x800+0+0"),
                                           QStringLiteral("--style=Fusion"), QStringLiteral("-reverse"),
                                           QStringLiteral("--version")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral(ENDPOINTDESK_VERSION)), qPrintable(run.out));
    }

    void mistakeWithoutDisplay()
    {
        const Run run = runWithoutDisplay({QStringLiteral("--vpcs"), QStringLiteral("x")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--vpcs")), qPrintable(run.err));
    }

    // The window, offscreen, up to its first frame (the probe then quits), with the dynamic loader
    // naming every library it maps on stderr.
    static Run runToFirstFrame(const QStringList &arguments, const QProcessEnvironment &more = {})
    {
        QProcessEnvironment extra;
        extra.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        extra.insert(QStringLiteral("ENDPOINTDESK_FIRST_FRAME_PROBE"), QStringLiteral("1"));
        extra.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
        extra.insert(more);
        return runWithoutDisplay(arguments, QStringLiteral("C.UTF-8"), extra);
    }

    static bool mapped(const Run &run, const char *library)
    {
        return run.err.contains(QRegularExpression(
            QStringLiteral("calling init: \\S*/%1\\.so").arg(QRegularExpression::escape(QLatin1String(library)))));
    }

    // The sandbox's server is a plugin: the program maps Qt HttpServer and Qt WebSockets only when the
    // sandbox is asked for, and then starts on it.
    void sandboxLibrariesOnlyForTheSandbox()
    {
        const Run plain = runToFirstFrame({});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(plain.out.contains(QLatin1String("first-frame-us")), qPrintable(plain.out));
        QVERIFY2(mapped(plain, "libQt6Widgets"), "LD_DEBUG=libs shows what is mapped");
        QVERIFY2(!mapped(plain, "libQt6HttpServer"), "Qt HttpServer is mapped without the sandbox");
        QVERIFY2(!mapped(plain, "libQt6WebSockets"), "Qt WebSockets is mapped without the sandbox");

        const Run sandbox = runToFirstFrame({QStringLiteral("--sandbox")});
        QCOMPARE(sandbox.exitCode, 0);
        QVERIFY2(sandbox.out.contains(QLatin1String("first-frame-us")), qPrintable(sandbox.out));
        QVERIFY2(mapped(sandbox, "libQt6HttpServer"), "the sandbox started without its server");
    }

    // Without the plugin, --sandbox says so in a message box (the probe quits at its first frame) and
    // the program ends with an error instead of crashing.
    void sandboxMissing()
    {
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("ENDPOINTDESK_SANDBOX_DIR"), empty.path());
        const Run run = runToFirstFrame({QStringLiteral("--sandbox")}, environment);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("first-frame-us")), qPrintable(run.out));
        QVERIFY(!mapped(run, "libQt6HttpServer"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
