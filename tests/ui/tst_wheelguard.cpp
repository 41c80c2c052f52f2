#include "AccessibleLookup.h"
#include "MainWindow.h"
#include "ProfileManagerDialog.h"
#include "ProfileStore.h"
#include "ResourceListModel.h"
#include "ResourcePicker.h"
#include "SecretStore.h"
#include "Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <functional>
#include <memory>

using namespace EndpointDesk;

// The wheel changes a combo box or spin box only once it has keyboard focus: scrolling the form with
// the pointer over one must not change it.
class TestWheelGuard : public QObject
{
    Q_OBJECT

private:
    // One notch of the wheel over the middle of the widget, delivered as the application does.
    static void turnWheel(QWidget *widget, int notches)
    {
        const QPointF position(widget->width() / 2.0, widget->height() / 2.0);
        QWheelEvent event(position, widget->mapToGlobal(position), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(widget, &event);
    }

    static void giveFocus(QWidget *widget)
    {
        widget->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(widget->window()));
        widget->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(widget->hasFocus());
    }

    // The wheel over an unfocused box leaves it alone; focused, the wheel moves it.
    static void checkBox(QWidget *box, const std::function<int()> &value)
    {
        QCOMPARE(box->focusPolicy(), Qt::StrongFocus);
        QVERIFY(!box->hasFocus());
        const int before = value();
        turnWheel(box, -1);
        QCOMPARE(value(), before);
        turnWheel(box, 1);
        QCOMPARE(value(), before);
        QVERIFY(!box->hasFocus());

        giveFocus(box);
        turnWheel(box, -1);
        QVERIFY(value() != before);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("EndpointDesk.conf")));
        m_secrets = std::make_unique<SecretStore>(m_profiles.get(), SecretStore::Backend::Unavailable);
        Profile profile;
        profile.name = QStringLiteral("Production");
        profile.regionId = QStringLiteral("cn-north-4");
        profile.authMethod = AuthMethod::Token;
        QVERIFY(m_profiles->saveProfile(profile));
        m_workspace = std::make_unique<Workspace>(m_profiles.get(), m_secrets.get());
        m_window = std::make_unique<MainWindow>(m_workspace.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProfile(QStringLiteral("Production")));
    }

    void cleanup()
    {
        m_window.reset();
        m_workspace.reset();
        m_secrets.reset();
        m_profiles.reset();
        m_dir.reset();
    }

    void regionComboIgnoresTheWheelUntilFocused()
    {
        auto *region = TestSupport::findByAccessibleName<QComboBox>(m_window.get(), QStringLiteral("Region"));
        QVERIFY(region);
        QVERIFY(region->count() > 2);
        checkBox(region, [region] { return region->currentIndex(); });
    }

    void pickerIgnoresTheWheelUntilFocused()
    {
        auto *vpcs = TestSupport::findByAccessibleName<ResourcePicker>(m_window.get(), QStringLiteral("VPC ID"));
        QVERIFY(vpcs);
        ResourceItems items;
        for (const char *id : {"vpc-1", "vpc-2", "vpc-3"}) {
            ResourceItem item;
            item.kind = ResourceKind::Vpc;
            item.id = QString::fromLatin1(id);
            item.name = item.id;
            items.append(item);
        }
        vpcs->listModel()->appendItems(items);
        vpcs->setCurrentIndex(1);
        checkBox(vpcs, [vpcs] { return vpcs->currentIndex(); });
    }

    void readTimeoutIgnoresTheWheelUntilFocused()
    {
        ProfileManagerDialog dialog(m_profiles.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *timeout = dialog.findChild<QSpinBox *>(QStringLiteral("readTimeoutSpin"));
        QVERIFY(timeout);
        checkBox(timeout, [timeout] { return timeout->value(); });
    }
};

QTEST_MAIN(TestWheelGuard)
#include "tst_wheelguard.moc"
