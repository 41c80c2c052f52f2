#include "ConnectionBar.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace EndpointDesk;

// The Region box of the window: the listed regions, and a region id typed by hand.
class TestRegionChoice : public QObject
{
    Q_OBJECT

    static QComboBox *regionBox(ConnectionBar &bar)
    {
        return bar.findChild<QComboBox *>(QStringLiteral("regionCombo"));
    }

private Q_SLOTS:
    void aListedRegionIsChosen()
    {
        ConnectionBar bar;
        QSignalSpy edited(&bar, &ConnectionBar::connectionEdited);
        QComboBox *box = regionBox(bar);
        box->setCurrentIndex(box->findData(QStringLiteral("cn-southwest-2")));
        QCOMPARE(bar.regionId(), QStringLiteral("cn-southwest-2"));
        QCOMPARE(edited.count(), 1);
        // Leaving the box afterwards reports nothing new.
        Q_EMIT box->lineEdit()->editingFinished();
        QCOMPARE(edited.count(), 1);
    }

    void aTypedRegionIsReportedOnceComplete()
    {
        ConnectionBar bar;
        bar.setRegionId(QStringLiteral("cn-north-4"));
        QSignalSpy edited(&bar, &ConnectionBar::connectionEdited);
        QComboBox *box = regionBox(bar);
        box->lineEdit()->selectAll();
        QTest::keyClicks(box->lineEdit(), QStringLiteral("xy-central-7"));
        QCOMPARE(edited.count(), 0);
        QTest::keyClick(box->lineEdit(), Qt::Key_Return);
        QCOMPARE(bar.regionId(), QStringLiteral("xy-central-7"));
        QCOMPARE(edited.count(), 1);
    }

    void aListedRegionsIdTypedByHandIsThatRegion()
    {
        ConnectionBar bar;
        QComboBox *box = regionBox(bar);
        box->setEditText(QStringLiteral(" cn-east-3 "));
        QCOMPARE(bar.regionId(), QStringLiteral("cn-east-3"));
    }

    void anUnlistedRegionIsShownAsSaved()
    {
        ConnectionBar bar;
        bar.setRegionId(QStringLiteral("xy-central-7"));
        QCOMPARE(regionBox(bar)->currentText(), QStringLiteral("xy-central-7"));
        QCOMPARE(bar.regionId(), QStringLiteral("xy-central-7"));
        bar.setRegionId(QStringLiteral("cn-east-2"));
        QCOMPARE(regionBox(bar)->currentText(), QStringLiteral("CN East-Shanghai2 (cn-east-2)"));
    }
};

QTEST_MAIN(TestRegionChoice)
#include "tst_regionchoice.moc"
