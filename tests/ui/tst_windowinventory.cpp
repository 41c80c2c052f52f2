#include "AccessibleLookup.h"
#include "AdoptEndpointDialog.h"
#include "HistoryModel.h"
#include "HistoryStore.h"
#include "InventoryEntry.h"
#include "InventoryModel.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "SandboxDemo.h"
#include "SandboxRequest.h"
#include "SandboxServer.h"
#include "SecretStore.h"
#include "Workspace.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace EndpointDesk;

// The window with the delete confirmation answered by the test.
class ConfirmingWindow : public MainWindow
{
public:
    using MainWindow::MainWindow;
    bool answer = true;
    QList<InventoryEntry> asked;

protected:
    bool confirmDelete(const InventoryEntry &entry) override
    {
        asked.append(entry);
        return answer;
    }
};

// The Endpoints view against the in-process sandbox: what is created is listed, and can be deleted.
class TestWindowInventory : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    T *find(const QString &accessibleName) const
    {
        return TestSupport::findByAccessibleName<T>(m_window.get(), accessibleName);
    }

    template<typename T>
    static T *findIn(QWidget *parent, const QString &accessibleName)
    {
        return TestSupport::findByAccessibleName<T>(parent, accessibleName);
    }

    void type(const QString &accessibleName, const QString &text)
    {
        QVERIFY2(TestSupport::typeIntoPicker(m_window.get(), accessibleName, text), qPrintable(accessibleName));
    }

    QString cell(int row, int column) const
    {
        const QAbstractItemModel *model = find<QTableView>(QStringLiteral("Endpoints"))->model();
        return model->data(model->index(row, column)).toString();
    }

    void submitDemoForm()
    {
        type(QStringLiteral("Project ID"), SandboxDemo::projectId());
        type(QStringLiteral("VPC ID"), m_server->cloud().firstVpcId());
        type(QStringLiteral("Subnet ID"), m_server->cloud().firstSubnetId());
        QTest::mouseClick(find<QPushButton>(QStringLiteral("Create endpoint")), Qt::LeftButton);
    }

    void createDemoEndpoint()
    {
        submitDemoForm();
        QTRY_COMPARE(m_server->cloud().endpoints().size(), 1);
        QTRY_VERIFY(find<QPushButton>(QStringLiteral("Create endpoint"))->isEnabled());
    }

    // As the console would: the sandbox has the endpoint, this program never saw it made.
    void createDemoEndpointElsewhere()
    {
        const QByteArray body = QStringLiteral(R"({"vpc_id":"%1","subnet_id":"%2"})")
                                    .arg(m_server->cloud().firstVpcId(), m_server->cloud().firstSubnetId())
                                    .toUtf8();
        const SandboxRequest request = SandboxRequest::create(
            "POST", QStringLiteral("/v2/%1/fgs/vpc-endpoint").arg(SandboxDemo::projectId()), body,
            {{"Content-Type", "application/json"}, {"X-Auth-Token", SandboxDemo::token().toLatin1()}});
        QCOMPARE(m_server->cloud().handle(request).status, 200);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ConfirmingWindow> m_window;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->start());
        m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("EndpointDesk.conf")));
        m_secrets = std::make_unique<SecretStore>(m_profiles.get(), SecretStore::Backend::Unavailable);
        m_history = std::make_unique<HistoryStore>(m_dir->filePath(QStringLiteral("history.sqlite")));
        Profile profile;
        profile.name = QStringLiteral("Sandbox");
        profile.regionId = SandboxDemo::regionId();
        profile.endpointOverride = m_server->baseUrl().toString();
        profile.authMethod = AuthMethod::Token;
        QVERIFY(m_profiles->saveProfile(profile));
        m_secrets->keepForSession(profile.name, SecretKind::Token, SandboxDemo::token());
        m_workspace = std::make_unique<Workspace>(m_profiles.get(), m_secrets.get(), m_history.get());
        m_window = std::make_unique<ConfirmingWindow>(m_workspace.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProfile(profile.name));
        QTRY_COMPARE(find<QLineEdit>(QStringLiteral("Token"))->text(), SandboxDemo::token());
    }

    void cleanup()
    {
        m_window.reset();
        m_workspace.reset();
        m_history.reset();
        m_secrets.reset();
        m_profiles.reset();
        m_server.reset();
        m_dir.reset();
    }

    void controlsAreNamed()
    {
        for (const QString &name : {QStringLiteral("Delete endpoint"), QStringLiteral("Export")})
            QVERIFY2(find<QPushButton>(name), qPrintable(name));
        for (const QString &name : {QStringLiteral("Endpoints"), QStringLiteral("History")}) {
            auto *table = find<QTableView>(name);
            QVERIFY2(table, qPrintable(name));
            bool labelled = false;
            for (const QLabel *label : m_window->findChildren<QLabel *>())
                labelled = labelled || label->buddy() == table;
            QVERIFY2(labelled, qPrintable(name));
        }
        QVERIFY(!find<QPushButton>(QStringLiteral("Delete endpoint"))->isEnabled()); // nothing selected
    }

    void whatAPersonLooksForComesFirst()
    {
        const QAbstractItemModel *model = find<QTableView>(QStringLiteral("Endpoints"))->model();
        QStringList headers;
        for (int column = 0; column < 3; ++column)
            headers.append(model->headerData(column, Qt::Horizontal).toString());
        QCOMPARE(headers, QStringList({QStringLiteral("State"), QStringLiteral("Domain name"), QStringLiteral("IPs")}));
    }

    void createdEndpointIsListedAndDeleted()
    {
        createDemoEndpoint();
        auto *tabs = m_window->findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        auto *table = find<QTableView>(QStringLiteral("Endpoints"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(cell(0, InventoryModel::StateColumn), QStringLiteral("Active"));
        QCOMPARE(cell(0, InventoryModel::VpcColumn), m_server->cloud().firstVpcId());
        QCOMPARE(cell(0, InventoryModel::SubnetColumn), m_server->cloud().firstSubnetId());
        QCOMPARE(cell(0, InventoryModel::IpsColumn),
                 m_server->cloud().endpoints().first().ips.join(QLatin1String(", ")));
        QCOMPARE(cell(0, InventoryModel::AddressColumn), m_server->cloud().endpoints().first().address);
        QCOMPARE(find<QTableView>(QStringLiteral("History"))->model()->rowCount(), 1);

        // Select by keyboard, then Delete endpoint.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Down);
        table->selectRow(0);
        auto *remove = find<QPushButton>(QStringLiteral("Delete endpoint"));
        QTRY_VERIFY(remove->isEnabled());

        // Said no: nothing is sent.
        m_window->answer = false;
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(m_window->asked.size(), 1);
        QCOMPARE(m_window->asked.first().key.vpcId, m_server->cloud().firstVpcId());
        QCOMPARE(m_window->asked.first().key.subnetId, m_server->cloud().firstSubnetId());
        QCOMPARE(m_server->cloud().endpoints().size(), 1);

        m_window->answer = true;
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(m_server->cloud().endpoints().size(), 0);
        QTRY_COMPARE(cell(0, InventoryModel::StateColumn), QStringLiteral("Deleted"));
        QTRY_VERIFY(find<QLabel>(QStringLiteral("Delete result"))->text().startsWith(QLatin1String("Deleted")));
        QCOMPARE(find<QTableView>(QStringLiteral("History"))->model()->rowCount(), 2);

        // A deleted endpoint has nothing left to delete: the button is not offered for it.
        table->selectRow(0);
        QCOMPARE(cell(0, InventoryModel::StateColumn), QStringLiteral("Deleted"));
        QVERIFY(!remove->isEnabled());
        QVERIFY(!m_workspace->deleteRefusal(m_workspace->history()->inventory().first()).isEmpty());
    }

    void hiddenTablesCatchUpWhenShown()
    {
        auto *table = find<QTableView>(QStringLiteral("Endpoints"));
        auto *history = find<QTableView>(QStringLiteral("History"));
        QVERIFY(!table->isVisible()); // the Create view is in front
        QSignalSpy inventoryReloads(table->model(), &QAbstractItemModel::modelReset);
        QSignalSpy historyReloads(history->model(), &QAbstractItemModel::modelReset);

        createDemoEndpoint();
        QCOMPARE(inventoryReloads.size(), 0); // no reading the whole store for a table nobody sees
        QCOMPARE(historyReloads.size(), 0);

        m_window->findChild<QTabWidget *>()->setCurrentIndex(1);
        QCOMPARE(inventoryReloads.size(), 1); // once, on showing, for both writes of the create
        QCOMPARE(historyReloads.size(), 1);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(cell(0, InventoryModel::AddressColumn), m_server->cloud().endpoints().first().address);
        QCOMPARE(history->model()->rowCount(), 1);

        // In sight, a change shows at once, as one more row rather than a table read again.
        QSignalSpy historyInserts(history->model(), &QAbstractItemModel::rowsInserted);
        EndpointSpec spec;
        spec.region = SandboxDemo::regionId();
        spec.projectId = SandboxDemo::projectId();
        spec.vpcId = m_server->cloud().firstVpcId();
        spec.subnetId = m_server->cloud().firstSubnetId();
        QVERIFY(m_history->recordCreateStarted(QStringLiteral("Sandbox"), spec) >= 0);
        QCOMPARE(historyReloads.size(), 1);
        QCOMPARE(historyInserts.size(), 1);
        QCOMPARE(history->model()->rowCount(), 2);
    }

    void endpointMadeElsewhereIsListedAndDeleted()
    {
        createDemoEndpointElsewhere();
        submitDemoForm();
        QTRY_VERIFY(find<QPushButton>(QStringLiteral("Create endpoint"))->isEnabled());
        // The answer says what happened, and where the endpoint can now be found.
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("headline"))->text(),
                 QStringLiteral("The cloud refused: the endpoint already exists"));
        const QString error = find<QLabel>(QStringLiteral("Error"))->text();
        QVERIFY2(error.contains(QLatin1String("FSS.0409")) && error.contains(QLatin1String("Endpoints tab")),
                 qPrintable(error));

        m_window->findChild<QTabWidget *>()->setCurrentIndex(1);
        const QAbstractItemModel *history = find<QTableView>(QStringLiteral("History"))->model();
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->data(history->index(0, HistoryModel::OutcomeColumn)).toString(), QStringLiteral("Failed"));
        QVERIFY(history->data(history->index(0, HistoryModel::ErrorColumn))
                    .toString()
                    .startsWith(QLatin1String("FSS.0409")));
        auto *table = find<QTableView>(QStringLiteral("Endpoints"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(cell(0, InventoryModel::StateColumn), QStringLiteral("Exists (details unknown)"));
        const QString why = table->model()->data(table->model()->index(0, 0), Qt::ToolTipRole).toString();
        QVERIFY2(why.contains(QLatin1String("already exists")) && why.contains(QLatin1String("no record of creating")),
                 qPrintable(why));
        QCOMPARE(cell(0, InventoryModel::VpcColumn), m_server->cloud().firstVpcId());
        QCOMPARE(cell(0, InventoryModel::SubnetColumn), m_server->cloud().firstSubnetId());
        QCOMPARE(cell(0, InventoryModel::IpsColumn), QString());
        QCOMPARE(cell(0, InventoryModel::AddressColumn), QString());

        table->selectRow(0);
        auto *remove = find<QPushButton>(QStringLiteral("Delete endpoint"));
        QTRY_VERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(m_window->asked.size(), 1);
        QTRY_COMPARE(m_server->cloud().endpoints().size(), 0);
        QTRY_COMPARE(cell(0, InventoryModel::StateColumn), QStringLiteral("Deleted"));
        QTRY_VERIFY(find<QLabel>(QStringLiteral("Delete result"))->text().startsWith(QLatin1String("Deleted")));
    }

    // Made in the console, then added to the record by its place (the form's, as the dialog starts),
    // then deleted from the Endpoints tab like any other.
    void adoptedEndpointIsListedAndDeleted()
    {
        createDemoEndpointElsewhere();
        type(QStringLiteral("Project ID"), SandboxDemo::projectId());
        type(QStringLiteral("VPC ID"), m_server->cloud().firstVpcId());
        type(QStringLiteral("Subnet ID"), m_server->cloud().firstSubnetId());
        m_window->findChild<QTabWidget *>()->setCurrentIndex(1);

        // First with a subnet that is no ID: refused in the dialog, which stays open.
        QStringList problems;
        QTimer::singleShot(0, this, [&problems] {
            auto *dialog = qobject_cast<AdoptEndpointDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *subnet = findIn<QComboBox>(dialog, QStringLiteral("Subnet ID"));
            subnet->lineEdit()->selectAll();
            QTest::keyClicks(subnet->lineEdit(), QStringLiteral("subnet-a"));
            QTest::mouseClick(findIn<QPushButton>(dialog, QStringLiteral("Add to record")), Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            problems.append(findIn<QLabel>(dialog, QStringLiteral("Problem"))->text());
            dialog->reject();
        });
        QTest::mouseClick(find<QPushButton>(QStringLiteral("Add existing endpoint…")), Qt::LeftButton);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(QLatin1String("Subnet ID: ")), qPrintable(problems.first()));
        QCOMPARE(m_history->inventory().size(), 0);

        QTimer::singleShot(0, this, [this] {
            auto *dialog = qobject_cast<AdoptEndpointDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->key().vpcId, m_server->cloud().firstVpcId());
            QCOMPARE(dialog->key().subnetId, m_server->cloud().firstSubnetId());
            QTest::mouseClick(findIn<QPushButton>(dialog, QStringLiteral("Add to record")), Qt::LeftButton);
        });
        QTest::mouseClick(find<QPushButton>(QStringLiteral("Add existing endpoint…")), Qt::LeftButton);
        QCOMPARE(m_server->cloud().endpoints().size(), 1); // nothing was sent
        auto *table = find<QTableView>(QStringLiteral("Endpoints"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(cell(0, InventoryModel::StateColumn), QStringLiteral("Adopted (not created here)"));
        QVERIFY(cell(0, InventoryModel::SubnetColumn).contains(m_server->cloud().firstSubnetId()));
        QVERIFY(find<QLabel>(QStringLiteral("Delete result"))->text().startsWith(QLatin1String("Added")));
        const QAbstractItemModel *history = find<QTableView>(QStringLiteral("History"))->model();
        QCOMPARE(history->data(history->index(0, HistoryModel::OperationColumn)).toString(),
                 QStringLiteral("Add existing"));

        auto *remove = find<QPushButton>(QStringLiteral("Delete endpoint"));
        QTRY_VERIFY(remove->isEnabled()); // the new row is selected
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(m_server->cloud().endpoints().size(), 0);
        QTRY_COMPARE(cell(0, InventoryModel::StateColumn), QStringLiteral("Deleted"));
    }

    // A click on a header sorts by that column, a second click the other way; a column that cannot be
    // sorted leaves the order as it is. Typing in the filter narrows the rows once typing pauses.
    void aPersonSortsAndFiltersTheEndpoints()
    {
        QList<InventoryEntry> entries;
        for (int i = 0; i < 5; ++i) {
            InventoryEntry entry;
            entry.key = {SandboxDemo::regionId(), SandboxDemo::projectId(), QStringLiteral("vpc-%1").arg(i),
                         QStringLiteral("subnet-%1").arg(i)};
            entry.state = InventoryEntry::State::Active;
            entry.created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 60);
            entry.createdBy = QStringLiteral("user%1@desk").arg(4 - i); // the oldest by the last creator
            entry.address = QStringLiteral("ep-%1.example").arg(i);
            entry.names.vpc = i == 3 ? QStringLiteral("Payments") : QString();
            entries.append(entry);
        }
        QCOMPARE(m_history->mergeInventory(entries), 5);
        m_window->findChild<QTabWidget *>()->setCurrentIndex(1);
        auto *table = find<QTableView>(QStringLiteral("Endpoints"));
        QTRY_COMPARE(table->model()->rowCount(), 5);
        const auto subnets = [this, table] {
            QStringList shown;
            for (int row = 0; row < table->model()->rowCount(); ++row)
                shown.append(cell(row, InventoryModel::SubnetColumn));
            return shown;
        };
        const auto clickHeader = [table](int column) {
            QHeaderView *header = table->horizontalHeader();
            const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                            header->height() / 2);
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        };
        const QStringList newestFirst = {QStringLiteral("subnet-4"), QStringLiteral("subnet-3"),
                                         QStringLiteral("subnet-2"), QStringLiteral("subnet-1"),
                                         QStringLiteral("subnet-0")};
        QStringList oldestFirst = newestFirst;
        std::reverse(oldestFirst.begin(), oldestFirst.end());
        QCOMPARE(subnets(), newestFirst);
        QVERIFY(table->horizontalHeader()->isSortIndicatorShown());

        clickHeader(InventoryModel::CreatedByColumn); // user0 made subnet-4 ... user4 subnet-0
        QCOMPARE(subnets(), newestFirst);
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(InventoryModel::CreatedByColumn));
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        clickHeader(InventoryModel::CreatedByColumn);
        QCOMPARE(subnets(), oldestFirst);
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        clickHeader(InventoryModel::SubnetColumn);
        QCOMPARE(subnets(), oldestFirst);
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(InventoryModel::SubnetColumn));
        // The domain name is not sortable: the order and its indicator stay.
        clickHeader(InventoryModel::AddressColumn);
        QCOMPARE(subnets(), oldestFirst);
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(InventoryModel::SubnetColumn));
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);

        auto *filter = find<QLineEdit>(QStringLiteral("Filter endpoints"));
        QVERIFY(filter);
        QVERIFY(filter->isClearButtonEnabled());
        QVERIFY(!filter->placeholderText().isEmpty());
        QSignalSpy reloads(table->model(), &QAbstractItemModel::modelReset);
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("PAYM"));
        QCOMPARE(table->model()->rowCount(), 5); // not on every key
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(reloads.size(), 1); // once, when typing paused
        QCOMPARE(cell(0, InventoryModel::SubnetColumn), QStringLiteral("subnet-3"));
        filter->clear();
        QTRY_COMPARE(table->model()->rowCount(), 5);
        QCOMPARE(subnets(), oldestFirst); // still in the order chosen
        QTest::keyClicks(filter, QStringLiteral("ep-1"));
        QTRY_COMPARE(subnets(), QStringList{QStringLiteral("subnet-1")});
    }

    void failedDeleteShowsTheErrorAndRequestId()
    {
        createDemoEndpoint();
        m_window->findChild<QTabWidget *>()->setCurrentIndex(1);
        find<QTableView>(QStringLiteral("Endpoints"))->selectRow(0);
        // Only the delete call: the pickers' listings may be running too.
        SandboxFault fault = SandboxFault::httpStatus(403, 1, QStringLiteral("FSS.0403"), QStringLiteral("Forbidden"));
        fault.pathContains = QStringLiteral("/fgs/vpc-endpoint/");
        m_server->setFault(fault);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("Delete endpoint")), Qt::LeftButton);
        auto *status = find<QLabel>(QStringLiteral("Delete result"));
        QTRY_VERIFY2(status->text().contains(QLatin1String("FSS.0403")), qPrintable(status->text()));
        QVERIFY(status->text().contains(QLatin1String("Request ID")));
        QCOMPARE(cell(0, InventoryModel::StateColumn), QStringLiteral("Active"));
        QCOMPARE(m_server->cloud().endpoints().size(), 1);
    }
};

QTEST_MAIN(TestWindowInventory)
#include "tst_windowinventory.moc"
