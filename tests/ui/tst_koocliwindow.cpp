// The bridge to KooCLI and the subnet recognition in the window, against the in-process sandbox.
#include "AccessibleLookup.h"
#include "EndpointForm.h"
#include "HistoryStore.h"
#include "KooCliActions.h"
#include "KooCliCommand.h"
#include "KooCliImportDialog.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "ResourceListModel.h"
#include "ResourcePicker.h"
#include "SandboxDemo.h"
#include "SandboxServer.h"
#include "SecretStore.h"
#include "TokenWorkspace.h"
#include "Workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace EndpointDesk;
using namespace Qt::StringLiterals;

class TestKooCliWindow : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    T *find(const QString &name) const
    {
        return TestSupport::findByAccessibleName<T>(m_window.get(), name);
    }

    void type(const QString &name, const QString &text)
    {
        QVERIFY2(TestSupport::typeIntoPicker(m_window.get(), name, text), qPrintable(name));
    }

    ResourcePicker *subnetPicker() const { return find<ResourcePicker>(u"Subnet ID"_s); }

    // Project and VPC typed, the VPC's subnets listed.
    void listSubnets()
    {
        type(u"Project ID"_s, SandboxDemo::projectId());
        type(u"VPC ID"_s, server().cloud().firstVpcId());
        QTRY_VERIFY_WITH_TIMEOUT(subnetPicker()->listModel()->rowCount() > 0, 10000);
        QTRY_VERIFY(!subnetPicker()->isLoading());
    }

    SandboxSubnet firstSubnet() const
    {
        return server().cloud().subnetsOfVpc(SandboxDemo::projectId(), server().cloud().firstVpcId()).first();
    }

    SandboxServer &server() const { return m_sandbox->server(); }
    ProfileStore *profiles() const { return m_sandbox->workspace().profiles(); }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<TestSupport::TokenWorkspace> m_sandbox;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void init()
    {
        // KooCLI's file is looked for in the home folder.
        m_home = std::make_unique<QTemporaryDir>();
        qputenv("HOME", QFile::encodeName(m_home->path()));
        m_sandbox = std::make_unique<TestSupport::TokenWorkspace>();
        QVERIFY(m_sandbox->open(SandboxDemo::token()));
        m_window = std::make_unique<MainWindow>(&m_sandbox->workspace());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_sandbox->workspace().reopenActiveProfile(nullptr));
        QTRY_COMPARE(find<QLineEdit>(u"Token"_s)->text(), SandboxDemo::token());
    }

    void cleanup()
    {
        m_window.reset();
        m_sandbox.reset();
        m_home.reset();
    }

    void importsFromKooClisUsualPlace()
    {
        const QJsonObject aksk{{u"name"_s, u"ops"_s},
                               {u"mode"_s, u"AKSK"_s},
                               {u"accessKeyId"_s, u"AKEXAMPLE0123456789A"_s},
                               {u"secretAccessKey"_s, u"cipher=="_s},
                               {u"region"_s, u"ap-southeast-9"_s}};
        const QJsonObject agency{{u"name"_s, u"cross"_s}, {u"mode"_s, u"agency"_s}, {u"region"_s, u"cn-north-4"_s}};
        const QJsonObject top{{u"current"_s, u"ops"_s}, {u"profiles"_s, QJsonArray{aksk, agency}}};
        QVERIFY(QDir::home().mkpath(u".hcloud"_s));
        QFile file(QDir::home().filePath(u".hcloud/config.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(top).toJson());
        file.close();

        auto *action = m_window->findChild<QAction *>(u"importKooCliAction"_s);
        QVERIFY(action);
        QVERIFY(action->text().contains(u"&KooCLI"_s));
        action->trigger();
        KooCliImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<KooCliImportDialog *>()) && dialog->isVisible());
        QTableWidget *table = dialog->table();
        QCOMPARE(table->accessibleName(), u"KooCLI profiles"_s);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), u"ops"_s);
        QCOMPARE(table->item(0, 2)->text(), u"Imported, needs a secret"_s);
        QVERIFY(table->item(0, 3)->text().contains(u"encrypted"_s));
        QCOMPARE(table->item(1, 0)->text(), u"cross"_s);
        QCOMPARE(table->item(1, 2)->text(), u"Skipped"_s);
        QVERIFY(!table->item(1, 3)->text().isEmpty());
        QVERIFY(dialog->headline().contains(u"Imported 1 KooCLI profile"_s));
        // The new profile is offered at once, with its unlisted region.
        QVERIFY(profiles()->contains(u"ops"_s));
        QCOMPARE(profiles()->profile(u"ops"_s)->regionId, u"ap-southeast-9"_s);
        dialog->close();
    }

    void copiesTheFormAsAKooCliCommand()
    {
        type(u"Project ID"_s, SandboxDemo::projectId());
        type(u"VPC ID"_s, u"vpc-1"_s);
        type(u"Subnet ID"_s, u"subnet-1"_s);
        type(u"Agency"_s, u"my agency"_s);
        auto *action = m_window->findChild<QAction *>(u"copyKooCliAction"_s);
        QVERIFY(action);
        action->trigger();
        const QString command = QGuiApplication::clipboard()->text();
        QVERIFY2(command.startsWith(u"hcloud FunctionGraph CreateVpcEndpoint --cli-region=cn-north-4 --project_id="_s
                                    + SandboxDemo::projectId() + u" --vpc_id=vpc-1 --subnet_id=subnet-1"_s),
                 qPrintable(command));
        QVERIFY(command.endsWith(u"--xrole='my agency' --cli-profile=Sandbox"_s));
        QVERIFY(!command.contains(SandboxDemo::token()));
    }

    void copiesADeleteFromTheEndpointsTab()
    {
        listSubnets();
        type(u"Subnet ID"_s, server().cloud().firstSubnetId());
        QTest::mouseClick(find<QPushButton>(u"Create endpoint"_s), Qt::LeftButton);
        QTRY_COMPARE(server().cloud().endpoints().size(), 1);
        m_window->findChild<QTabWidget *>()->setCurrentIndex(1);
        auto *table = find<QTableView>(u"Endpoints"_s);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        auto *copy = find<QPushButton>(u"Copy as KooCLI command"_s);
        QVERIFY(copy);
        QVERIFY(!copy->isEnabled());
        table->selectRow(0);
        QTRY_VERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        EndpointKey key{SandboxDemo::regionId(), SandboxDemo::projectId(), server().cloud().firstVpcId(),
                        server().cloud().firstSubnetId()};
        QCOMPARE(QGuiApplication::clipboard()->text(), KooCliCommand::remove(key, u"Sandbox"_s));
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"hcloud FunctionGraph DeleteVpcEndpoint "_s));

        // The table's context menu offers it beside Delete endpoint.
        QGuiApplication::clipboard()->clear();
        QStringList offered;
        QTimer::singleShot(0, this, [&offered] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions())
                offered.append(action->text());
            menu->actions().constLast()->trigger();
            menu->close();
        });
        const QPoint cell = table->visualRect(table->model()->index(0, 0)).center();
        Q_EMIT table->customContextMenuRequested(cell);
        QCOMPARE(offered, QStringList({u"&Delete endpoint"_s, u"&Copy as KooCLI command"_s}));
        QCOMPARE(QGuiApplication::clipboard()->text(), KooCliCommand::remove(key, u"Sandbox"_s));
    }

    void pastedIpv4SubnetIdBecomesTheSubnetId()
    {
        listSubnets();
        const SandboxSubnet subnet = firstSubnet();
        QVERIFY(subnet.neutronSubnetId != subnet.id);
        ResourcePicker *picker = subnetPicker();
        auto *note = find<QLabel>(u"Subnet ID note"_s);
        QVERIFY(note);
        QVERIFY(!note->isVisibleTo(m_window.get()));

        QGuiApplication::clipboard()->setText(subnet.neutronSubnetId);
        picker->setFocus();
        picker->lineEdit()->selectAll();
        picker->lineEdit()->paste();
        QCOMPARE(picker->currentId(), subnet.id);
        QVERIFY(note->isVisibleTo(m_window.get()));
        QVERIFY2(note->text().contains(u"IPv4 subnet ID"_s) && note->text().contains(subnet.id),
                 qPrintable(note->text()));

        // Typing again takes the note away.
        picker->lineEdit()->selectAll();
        QTest::keyClicks(picker->lineEdit(), u"x"_s);
        QVERIFY(!note->isVisibleTo(m_window.get()));

        // And the create goes out with the subnet's id.
        QGuiApplication::clipboard()->setText(subnet.neutronSubnetId);
        picker->lineEdit()->selectAll();
        picker->lineEdit()->paste();
        QTest::mouseClick(find<QPushButton>(u"Create endpoint"_s), Qt::LeftButton);
        QTRY_COMPARE(server().cloud().endpoints().size(), 1);
        QCOMPARE(server().cloud().endpoints().first().subnetId, subnet.id);
    }

    void typedSubnetNameBecomesTheSubnetId()
    {
        listSubnets();
        const SandboxSubnet subnet = firstSubnet();
        QVERIFY(!subnet.name.isEmpty());
        ResourcePicker *picker = subnetPicker();
        type(u"Subnet ID"_s, subnet.name);
        // Not while typing (a longer name may follow), but once the field is left.
        QCOMPARE(picker->noteText(), QString());
        QTest::keyClick(picker->lineEdit(), Qt::Key_Tab);
        QTRY_COMPARE(picker->currentId(), subnet.id);
        QVERIFY(picker->noteText().contains(subnet.name));
        QVERIFY(find<QLabel>(u"Subnet ID note"_s)->isVisibleTo(m_window.get()));
    }
};

QTEST_MAIN(TestKooCliWindow)
#include "tst_koocliwindow.moc"
