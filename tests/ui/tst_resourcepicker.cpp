#include "ResourceCompleter.h"
#include "ResourceFilterModel.h"
#include "ResourceListModel.h"
#include "ResourcePicker.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace EndpointDesk;

namespace {

ResourceItems vpcs()
{
    return {ResourceItem::from(VpcInfo{QStringLiteral("id-web-1"), QStringLiteral("web-prod"),
                                       QStringLiteral("10.0.0.0/16"), QStringLiteral("OK")}),
            ResourceItem::from(VpcInfo{QStringLiteral("id-db-2"), QStringLiteral("db-prod"),
                                       QStringLiteral("10.1.0.0/16"), QStringLiteral("OK")}),
            ResourceItem::from(VpcInfo{QStringLiteral("id-web-3"), QStringLiteral("web-test"),
                                       QStringLiteral("192.168.0.0/20"), QStringLiteral("OK")})};
}

// Keys go where the user's would: to the completer's popup while it is open.
QWidget *keyTarget(QWidget *fallback)
{
    QWidget *popup = QApplication::activePopupWidget();
    return popup ? popup : fallback;
}

} // namespace

class TestResourcePicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keyboardPicks_data();
    void keyboardPicks();
    void escapeClosesAndKeepsTypedText();
    void typedIdIsTrimmed();
    void keepsWindowsAccessibleName();
    void listChangesKeepTheField();
    void setCurrentIdPicksListedItem();
    void pickingNeverAnnouncesTheShownTextAsTheId();
    void agencyShowsPermissions();

private:
    QWidget *m_window = nullptr;
    ResourcePicker *m_picker = nullptr;
};

void TestResourcePicker::init()
{
    m_window = new QWidget;
    auto *layout = new QVBoxLayout(m_window);
    m_picker = new ResourcePicker(ResourceKind::Vpc, m_window);
    layout->addWidget(m_picker);
    layout->addWidget(m_picker->statusWidget());
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_picker->setFocus();
    QTRY_VERIFY(m_picker->hasFocus());
    m_picker->listModel()->setItems(vpcs());
}

void TestResourcePicker::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_picker = nullptr;
}

void TestResourcePicker::keyboardPicks_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("downs");
    QTest::addColumn<QString>("expectedId");

    QTest::newRow("name, first match") << QStringLiteral("web") << 1 << QStringLiteral("id-web-1");
    QTest::newRow("name, second match") << QStringLiteral("web") << 2 << QStringLiteral("id-web-3");
    QTest::newRow("upper case name") << QStringLiteral("DB") << 1 << QStringLiteral("id-db-2");
    QTest::newRow("cidr") << QStringLiteral("192.168") << 1 << QStringLiteral("id-web-3");
    QTest::newRow("id fragment") << QStringLiteral("db-2") << 1 << QStringLiteral("id-db-2");
}

void TestResourcePicker::keyboardPicks()
{
    QFETCH(QString, typed);
    QFETCH(int, downs);
    QFETCH(QString, expectedId);

    QSignalSpy picked(m_picker, &ResourcePicker::idPicked);
    QTest::keyClicks(m_picker, typed);
    QCOMPARE(m_picker->lineEdit()->text(), typed);
    QAbstractItemView *popup = m_picker->filterCompleter()->popup();
    QTRY_VERIFY(popup->isVisible());
    // Only the matches are offered, and none is chosen before the user moves to it.
    for (int row = 0; row < popup->model()->rowCount(); ++row)
        QVERIFY(
            popup->model()->index(row, 0).data(ResourceListModel::SearchKeyRole).toString().contains(typed.toLower()));
    QVERIFY(!popup->currentIndex().isValid());

    for (int i = 0; i < downs; ++i)
        QTest::keyClick(keyTarget(m_picker), Qt::Key_Down);
    QTest::keyClick(keyTarget(m_picker), Qt::Key_Return);

    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(m_picker->currentId(), expectedId);
    QVERIFY(m_picker->currentText().contains(expectedId)); // the field shows the item, id included
    QCOMPARE(picked.size(), 1);
    QCOMPARE(picked.first().first().toString(), expectedId);
}

void TestResourcePicker::escapeClosesAndKeepsTypedText()
{
    QTest::keyClicks(m_picker, QStringLiteral("prod"));
    QAbstractItemView *popup = m_picker->filterCompleter()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), 2);
    QTest::keyClick(keyTarget(m_picker), Qt::Key_Escape);
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(m_picker->currentId(), QStringLiteral("prod"));
}

void TestResourcePicker::typedIdIsTrimmed()
{
    QSignalSpy changed(m_picker, &ResourcePicker::currentIdChanged);
    QTest::keyClicks(m_picker, QStringLiteral("  typed-only-id "));
    QTest::keyClick(keyTarget(m_picker), Qt::Key_Escape);
    QCOMPARE(m_picker->currentId(), QStringLiteral("typed-only-id"));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().first().toString(), QStringLiteral("typed-only-id"));

    // Editing a picked item's text makes it typed text again.
    m_picker->setCurrentId(QStringLiteral("id-db-2"));
    QCOMPARE(m_picker->currentId(), QStringLiteral("id-db-2"));
    m_picker->lineEdit()->setFocus();
    m_picker->lineEdit()->end(false);
    QTest::keyClick(m_picker->lineEdit(), Qt::Key_Backspace);
    QCOMPARE(m_picker->currentId(), m_picker->currentText().trimmed());
}

void TestResourcePicker::keepsWindowsAccessibleName()
{
    m_picker->setAccessibleName(QStringLiteral("VPC ID"));
    m_picker->setKind(ResourceKind::Subnet);
    m_picker->listModel()->setItems(vpcs());
    QTest::keyClicks(m_picker, QStringLiteral("web"));
    QTest::keyClick(keyTarget(m_picker), Qt::Key_Down);
    QTest::keyClick(keyTarget(m_picker), Qt::Key_Return);
    QCOMPARE(m_picker->accessibleName(), QStringLiteral("VPC ID"));

    ResourcePicker unnamed(ResourceKind::Agency);
    QCOMPARE(unnamed.accessibleName(), QStringLiteral("Agency"));
}

void TestResourcePicker::listChangesKeepTheField()
{
    // A refresh replaces the list while the user has typed or picked something: the field stays.
    QTest::keyClicks(m_picker, QStringLiteral("half-typed"));
    QTest::keyClick(keyTarget(m_picker), Qt::Key_Escape);
    m_picker->listModel()->setItems(vpcs());
    QCOMPARE(m_picker->currentText(), QStringLiteral("half-typed"));
    m_picker->listModel()->clear();
    m_picker->listModel()->appendItems(vpcs());
    QCOMPARE(m_picker->currentText(), QStringLiteral("half-typed"));

    m_picker->setCurrentId(QStringLiteral("id-web-3"));
    m_picker->listModel()->clear();
    QCOMPARE(m_picker->currentId(), QStringLiteral("id-web-3"));
    m_picker->listModel()->appendItems(vpcs());
    QCOMPARE(m_picker->currentId(), QStringLiteral("id-web-3"));
}

void TestResourcePicker::setCurrentIdPicksListedItem()
{
    m_picker->setCurrentId(QStringLiteral("id-db-2"));
    QCOMPARE(m_picker->currentId(), QStringLiteral("id-db-2"));
    QCOMPARE(m_picker->currentText(), QStringLiteral("db-prod (id-db-2) \u2014 10.1.0.0/16"));

    m_picker->setCurrentId(QStringLiteral("not-listed"));
    QCOMPARE(m_picker->currentText(), QStringLiteral("not-listed"));
    QCOMPARE(m_picker->currentId(), QStringLiteral("not-listed"));

    m_picker->clearChoice();
    QCOMPARE(m_picker->currentId(), QString());
}

void TestResourcePicker::pickingNeverAnnouncesTheShownTextAsTheId()
{
    // A typed id becomes the listed item, shown as "name (id) - CIDR": whoever follows the id
    // must never see that text as the id, not even for a moment.
    m_picker->setEditText(QStringLiteral("id-db-2"));
    QSignalSpy ids(m_picker, &ResourcePicker::currentIdChanged);
    m_picker->setCurrentId(QStringLiteral("id-db-2"));
    QCOMPARE(m_picker->currentText(), QStringLiteral("db-prod (id-db-2) \u2014 10.1.0.0/16"));
    for (const QList<QVariant> &emitted : std::as_const(ids))
        QCOMPARE(emitted.at(0).toString(), QStringLiteral("id-db-2"));
    QCOMPARE(m_picker->currentId(), QStringLiteral("id-db-2"));
}

void TestResourcePicker::agencyShowsPermissions()
{
    ResourcePicker agency(ResourceKind::Agency);
    const auto labels = agency.statusWidget()->findChildren<QLabel *>();
    bool found = false;
    for (const QLabel *label : labels)
        found = found || label->text().contains(QLatin1String("vpcep:endpoints:create"));
    QVERIFY(found);

    ResourcePicker vpc(ResourceKind::Vpc);
    for (const QLabel *label : vpc.statusWidget()->findChildren<QLabel *>())
        QVERIFY(label->isHidden() || !label->text().contains(QLatin1String("vpcep")));
}

QTEST_MAIN(TestResourcePicker)
#include "tst_resourcepicker.moc"
