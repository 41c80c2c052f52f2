#include "AccessibleLookup.h"
#include "BatchModel.h"
#include "CreateFromFileDialog.h"
#include "MainWindow.h"
#include "TokenWorkspace.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace EndpointDesk;

// Create from file… as a person uses it: the Request menu, a CSV file named by path, the checked rows in
// the table, Create all, and each row's outcome, against the sandbox over HTTP.
class TestCreateFromFile : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *find(const QWidget *root, const QString &accessibleName)
    {
        return TestSupport::findByAccessibleName<T>(root, accessibleName);
    }

    QAction *requestAction() const
    {
        auto *menu = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("requestMenu"));
        return menu ? menu->findChild<QAction *>(QStringLiteral("createFromFileAction")) : nullptr;
    }

    CreateFromFileDialog *openDialog()
    {
        QAction *action = requestAction();
        if (!action)
            return nullptr;
        action->trigger();
        return qobject_cast<CreateFromFileDialog *>(QApplication::activeModalWidget());
    }

    QString writeFile(const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(QStringLiteral("endpoints.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestSupport::TokenWorkspace> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
    SandboxServer *m_server = nullptr;
    HistoryStore *m_history = nullptr;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_sandbox = std::make_unique<TestSupport::TokenWorkspace>();
        QVERIFY(m_sandbox->open(SandboxDemo::token()));
        m_server = &m_sandbox->server();
        m_history = &m_sandbox->history();
        m_window = std::make_unique<MainWindow>(&m_sandbox->workspace());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProfile(m_sandbox->workspace().activeProfile()->name()));
    }

    void cleanup()
    {
        if (QWidget *dialog = QApplication::activeModalWidget())
            delete dialog;
        m_window.reset();
        m_sandbox.reset();
        m_dir.reset();
    }

    void menuAction()
    {
        QAction *action = requestAction();
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("Create from &file…"));
        QCOMPARE(QAction(action->text()).iconText(), QStringLiteral("Create from file…"));
    }

    void controlsAreNamedAndReachable()
    {
        CreateFromFileDialog *dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        for (const QString &name :
             {QStringLiteral("Browse"), QStringLiteral("Load"), QStringLiteral("Create all"), QStringLiteral("Cancel"),
              QStringLiteral("Export results"), QStringLiteral("Close")}) {
            auto *button = find<QPushButton>(dialog, name);
            QVERIFY2(button, qPrintable(name));
            QVERIFY(button->focusPolicy() & Qt::TabFocus);
        }
        for (QWidget *widget : {static_cast<QWidget *>(find<QLineEdit>(dialog, QStringLiteral("File"))),
                                static_cast<QWidget *>(find<QTableView>(dialog, QStringLiteral("Rows")))}) {
            QVERIFY(widget);
            bool labelled = false;
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                labelled = labelled || label->buddy() == widget;
            QVERIFY2(labelled, qPrintable(widget->accessibleName()));
        }
        QVERIFY(find<QProgressBar>(dialog, QStringLiteral("Progress")));
        QVERIFY(find<QLabel>(dialog, QStringLiteral("Status")));
        // Nothing to create before a file is loaded.
        QVERIFY(!find<QPushButton>(dialog, QStringLiteral("Create all"))->isEnabled());
    }

    void createsEveryRow()
    {
        const QString project = SandboxDemo::projectId();
        const QList<SandboxSubnet> &subnets = m_server->cloud().subnets(project);
        // As pasted from a spreadsheet: tabs and CRLF, names rather than ids.
        const QString path = writeFile("project\tvpc\tsubnet\r\n"
                                       "cn-north-4\tvpc-0001\tsubnet-0001-a\r\n"
                                       "cn-north-4\tvpc-0001\tsubnet-0001-b\r\n"
                                       "cn-north-4\tvpc-0002\tsubnet-0002-a\r\n"
                                       "cn-north-4\tvpc-0009\tsubnet-0009-a\r\n");
        QVERIFY(!path.isEmpty());
        CreateFromFileDialog *dialog = openDialog();
        QVERIFY(dialog);
        auto *file = find<QLineEdit>(dialog, QStringLiteral("File"));
        QTest::keyClicks(file, path);
        QTest::keyClick(file, Qt::Key_Return);

        auto *table = find<QTableView>(dialog, QStringLiteral("Rows"));
        auto *createAll = find<QPushButton>(dialog, QStringLiteral("Create all"));
        QTRY_VERIFY(createAll->isEnabled());
        const QAbstractItemModel *model = table->model();
        QCOMPARE(model->rowCount(), 4);
        const auto status = [model](int row) {
            return model->data(model->index(row, BatchModel::StatusColumn)).toString();
        };
        QCOMPARE(status(0), QStringLiteral("Ready"));
        QVERIFY(status(3).contains(QStringLiteral("vpc-0009")));
        QVERIFY(model->data(model->index(0, BatchModel::SubnetColumn)).toString().contains(subnets.at(0).id));
        QVERIFY(find<QLabel>(dialog, QStringLiteral("Status"))->text().contains(QStringLiteral("3 ready")));

        QTest::mouseClick(createAll, Qt::LeftButton);
        auto *progress = find<QProgressBar>(dialog, QStringLiteral("Progress"));
        QTRY_COMPARE_WITH_TIMEOUT(status(2), QStringLiteral("Created"), 10000);
        QCOMPARE(status(0), QStringLiteral("Created"));
        QCOMPARE(status(1), QStringLiteral("Created"));
        QVERIFY(status(3).contains(QStringLiteral("vpc-0009")));
        QTRY_VERIFY(find<QLabel>(dialog, QStringLiteral("Status"))->text().startsWith(QStringLiteral("Done")));
        QCOMPARE(progress->value(), 3);
        QCOMPARE(progress->maximum(), 3);
        QCOMPARE(m_server->cloud().endpoints().size(), 3);
        QVERIFY(!createAll->isEnabled());
        // In the record like any other create.
        QCOMPARE(m_history->inventory().size(), 3);
    }

    void damagedFileIsAMessage()
    {
        const QString path = writeFile("\x89PNG\r\n\x1a\n");
        CreateFromFileDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->loadFile(path);
        QVERIFY(find<QLabel>(dialog, QStringLiteral("Status"))->text().contains(QStringLiteral("UTF-8")));
        QCOMPARE(find<QTableView>(dialog, QStringLiteral("Rows"))->model()->rowCount(), 0);
        dialog->loadFile(m_dir->filePath(QStringLiteral("missing.csv")));
        QVERIFY(find<QLabel>(dialog, QStringLiteral("Status"))->text().contains(QStringLiteral("missing.csv")));
    }
};

QTEST_MAIN(TestCreateFromFile)
#include "tst_createfromfile.moc"
