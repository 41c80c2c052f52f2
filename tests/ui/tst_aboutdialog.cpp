#include "AboutDialog.h"
#include "AccessibleLookup.h"
#include "AppSession.h"
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace EndpointDesk;

// About says which Endpoint Desk this is, on which Qt, under which licence, and where the project is.
class TestAboutDialog : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *find(const QWidget *root, const QString &accessibleName)
    {
        return TestSupport::findByAccessibleName<T>(root, accessibleName);
    }

private Q_SLOTS:
    void showsVersionQtLicenceAndLinks()
    {
        AboutDialog dialog;
        QVERIFY(
            find<QLabel>(&dialog, QStringLiteral("Version"))->text().contains(QStringLiteral(ENDPOINTDESK_VERSION)));
        // The Qt it runs on, not only the one it was built with.
        QVERIFY(find<QLabel>(&dialog, QStringLiteral("Qt version"))->text().contains(QString::fromLatin1(qVersion())));
        const QString licence = find<QPlainTextEdit>(&dialog, QStringLiteral("Licence"))->toPlainText();
        QVERIFY2(licence.startsWith(QStringLiteral("MIT License")), qPrintable(licence.left(80)));
        const QString links = find<QLabel>(&dialog, QStringLiteral("Links"))->text();
        QVERIFY(links.contains(QStringLiteral("https://github.com/endpointdesk/endpoint-desk")));
        QVERIFY(links.contains(QStringLiteral("https://github.com/endpointdesk/endpoint-desk/issues")));
    }

    void theHelpMenuOpensIt()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppSession session;
        QVERIFY(session.start(AppSession::Mode::Sandbox));
        QAction *about = session.window()->findChild<QAction *>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        bool shown = false;
        QTimer::singleShot(0, this, [&shown] {
            auto *dialog = qobject_cast<AboutDialog *>(QApplication::activeModalWidget());
            shown = dialog != nullptr;
            if (dialog)
                dialog->reject();
        });
        about->trigger();
        QVERIFY(shown);
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
