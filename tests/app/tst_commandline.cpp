#include <QProcess>
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

    static Run runWithoutDisplay(const QStringList &arguments, const QString &lang = QStringLiteral("C.UTF-8"))
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name :
             {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("QT_QPA_PLATFORM"),
              QStringLiteral("LANGUAGE"), QStringLiteral("LC_ALL"), QStringLiteral("LC_MESSAGES")})
            environment.remove(name);
        environment.insert(QStringLiteral("LANG"), lang);
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
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
