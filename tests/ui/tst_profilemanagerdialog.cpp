#include "AccessibleLookup.h"
#include "ProfileManagerDialog.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "SecretTestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace EndpointDesk;

namespace {

// The dialog with its questions answered by the test.
class ScriptedDialog : public ProfileManagerDialog
{
public:
    using ProfileManagerDialog::ProfileManagerDialog;
    QString nextName;
    bool confirm = true;
    QString lastQuestion;
    QString caFile;
    UnsavedEditsChoice unsavedAnswer = UnsavedEditsChoice::Stay;
    int unsavedQuestions = 0;

protected:
    UnsavedEditsChoice askAboutUnsavedEdits() override
    {
        ++unsavedQuestions;
        return unsavedAnswer;
    }
    QString promptForName(const QString &, const QString &) override { return nextName; }
    bool confirmRemoval(const QString &question) override
    {
        lastQuestion = question;
        return confirm;
    }
    QString chooseCaFile(const QString &) override { return caFile; }
};

template<typename T>
T *child(QWidget *dialog, const char *name)
{
    return dialog->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestProfileManagerDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyInputHasABuddyAndAnAccessibleName();
    void regionsMarkTheUndocumentedOnes();
    void unlistedRegionIsTypedAndKept();
    void newEditSaveRoundTrip();
    void endpointOverrideProblemShownInline();
    void badProjectIdRefused();
    void fieldsAreCheckedLikeAnImport_data();
    void fieldsAreCheckedLikeAnImport();
    void renameDuplicateDefaultDelete();
    void deleteCanBeCancelled();
    void caFilePicker();
    void unencryptedOptInHasAVisibleWarning();
    void damagedSettingsNoticeShown();
    void aFullIdFitsInTheFormAtTheDefaultSize();
    void onlyTheChosenMethodsFieldsAreShown();
    void everyFieldSaysWhatItIsAndWhereToFindIt();
    void secretsTypedHereGoToTheKeychain();
    void closingWithUnsavedEditsAsks();
    void theUnencryptedWarningIsShownWhole();
    void aNewMessageReplacesTheOldOne();
    void sharedRecordFieldsOpenOnlyForAServer();
    void sharedRecordServerNeedsAHostAndTls();
    void sharedRecordTypedSavedAndFoundAgain();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("EndpointDesk.conf")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
};

void TestProfileManagerDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProfileStore>(path());
    Profile p;
    p.name = QStringLiteral("Production");
    p.regionId = QStringLiteral("cn-north-4");
    QVERIFY(m_store->saveProfile(p));
}

void TestProfileManagerDialog::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestProfileManagerDialog::everyInputHasABuddyAndAnAccessibleName()
{
    ScriptedDialog dialog(m_store.get());
    const QList<QWidget *> inputs = dialog.findChildren<QWidget *>();
    QStringList buddied;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->buddy())
            buddied.append(label->buddy()->objectName());
    }
    for (QWidget *w : inputs) {
        const bool isInput = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                             || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QListWidget *>(w);
        if (!isInput || w->objectName().startsWith(QLatin1String("qt_")) || !w->parentWidget()
            || qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        QVERIFY2(!w->accessibleName().endsWith(u':'), qPrintable(w->objectName()));
        QVERIFY2(buddied.contains(w->objectName()), qPrintable(w->objectName()));
    }
    for (const char *name : {"Region", "Endpoint override", "Project ID", "Auth method", "Account name",
                             "IAM user name", "Access key", "VPC ID", "Subnet ID", "Flavor", "Agency"}) {
        bool found = false;
        for (QWidget *w : inputs)
            found = found || w->accessibleName() == QLatin1String(name);
        QVERIFY2(found, name);
    }
}

void TestProfileManagerDialog::regionsMarkTheUndocumentedOnes()
{
    ScriptedDialog dialog(m_store.get());
    auto *regions = child<QComboBox>(&dialog, "regionCombo");
    QStringList documented;
    int marked = 0;
    for (int i = 0; i < regions->count(); ++i) {
        const QString id = regions->itemData(i).toString();
        if (id.isEmpty())
            continue; // the separator
        if (regions->itemText(i).contains(QStringLiteral("not documented for VPC endpoints")))
            ++marked;
        else
            documented.append(id);
    }
    QCOMPARE(documented, (QStringList{QStringLiteral("cn-north-4"), QStringLiteral("cn-east-3"),
                                      QStringLiteral("cn-east-2"), QStringLiteral("cn-southwest-2")}));
    QCOMPARE(marked, 23);
    QVERIFY(!regions->itemText(regions->findData(QStringLiteral("cn-east-2"))).contains(QStringLiteral("SDK")));
}

void TestProfileManagerDialog::unlistedRegionIsTypedAndKept()
{
    ScriptedDialog dialog(m_store.get());
    QTest::mouseClick(child<QPushButton>(&dialog, "newButton"), Qt::LeftButton);
    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Far away"));
    auto *regions = child<QComboBox>(&dialog, "regionCombo");
    regions->lineEdit()->selectAll();
    QTest::keyClicks(regions->lineEdit(), QStringLiteral("xy-central-7"));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(m_store->profile(QStringLiteral("Far away"))->regionId, QStringLiteral("xy-central-7"));

    // Opened again, it shows the region as it was typed.
    ScriptedDialog again(m_store.get());
    again.selectProfile(QStringLiteral("Far away"));
    QCOMPARE(child<QComboBox>(&again, "regionCombo")->currentText(), QStringLiteral("xy-central-7"));
}

void TestProfileManagerDialog::newEditSaveRoundTrip()
{
    ScriptedDialog dialog(m_store.get());
    QTest::mouseClick(child<QPushButton>(&dialog, "newButton"), Qt::LeftButton);
    QCOMPARE(dialog.currentProfileName(), QStringLiteral("New profile"));
    QVERIFY(m_store->contains(QStringLiteral("New profile")));

    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Staging"));
    auto *regions = child<QComboBox>(&dialog, "regionCombo");
    regions->setCurrentIndex(regions->findData(QStringLiteral("cn-east-3")));
    QTest::keyClicks(child<QLineEdit>(&dialog, "projectEdit"), QStringLiteral("0123456789abcdef0123456789abcdef"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "vpcEdit"), QStringLiteral("a285e7b0-deb6-4750-941e-6a8be5eefeb8"));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);

    QVERIFY(!m_store->contains(QStringLiteral("New profile")));
    const Profile saved = *m_store->profile(QStringLiteral("Staging"));
    QCOMPARE(saved.regionId, QStringLiteral("cn-east-3"));
    QCOMPARE(saved.projectId, QStringLiteral("0123456789abcdef0123456789abcdef"));
    QCOMPARE(saved.defaultVpcId, QStringLiteral("a285e7b0-deb6-4750-941e-6a8be5eefeb8"));
    QCOMPARE(dialog.currentProfileName(), QStringLiteral("Staging"));
}

void TestProfileManagerDialog::endpointOverrideProblemShownInline()
{
    ScriptedDialog dialog(m_store.get());
    dialog.show();
    auto *edit = child<QLineEdit>(&dialog, "endpointEdit");
    auto *problem = child<QLabel>(&dialog, "endpointError");
    QVERIFY(problem->isHidden());
    QTest::keyClicks(edit, QStringLiteral("http://gateway.example.com"));
    QVERIFY(!problem->isHidden());
    QVERIFY(problem->text().contains(QStringLiteral("http://")));
    QVERIFY(!dialog.saveCurrent());
    QVERIFY(m_store->profile(QStringLiteral("Production"))->endpointOverride.isEmpty());
    edit->setText(QStringLiteral("https://gateway.example.com"));
    QVERIFY(problem->isHidden());
    QVERIFY(dialog.saveCurrent());
    QCOMPARE(m_store->profile(QStringLiteral("Production"))->endpointOverride,
             QStringLiteral("https://gateway.example.com"));
}

void TestProfileManagerDialog::badProjectIdRefused()
{
    ScriptedDialog dialog(m_store.get());
    dialog.show();
    child<QLineEdit>(&dialog, "projectEdit")->setText(QStringLiteral("nope"));
    QVERIFY(!dialog.saveCurrent());
    QVERIFY(!child<QLabel>(&dialog, "projectError")->isHidden());
    QVERIFY(m_store->profile(QStringLiteral("Production"))->projectId.isEmpty());
}

// The form uses the validators an import and a load use; what a person types is trimmed first.
void TestProfileManagerDialog::fieldsAreCheckedLikeAnImport_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("words");
    QTest::newRow("CA file not readable as a certificate")
        << QStringLiteral("caFileEdit") << QStringLiteral("/etc/shadow") << QStringLiteral("CA file");
    QTest::newRow("CA file a folder") << QStringLiteral("caFileEdit") << QStringLiteral("/etc")
                                      << QStringLiteral("is a folder");
    QTest::newRow("CA file a device") << QStringLiteral("caFileEdit") << QStringLiteral("/dev/zero")
                                      << QStringLiteral("not a regular file");
    QTest::newRow("access key with a path")
        << QStringLiteral("Access key") << QStringLiteral("../AK") << QStringLiteral("access key ID");
    QTest::newRow("default VPC not an id")
        << QStringLiteral("vpcEdit") << QStringLiteral("vpc-9") << QStringLiteral("01234567-89ab");
    QTest::newRow("IAM user with a slash")
        << QStringLiteral("IAM user name") << QStringLiteral("ops/admin") << QStringLiteral("IAM user name");
}

void TestProfileManagerDialog::fieldsAreCheckedLikeAnImport()
{
    QFETCH(QString, edit);
    QFETCH(QString, value);
    QFETCH(QString, words);
    ScriptedDialog dialog(m_store.get());
    dialog.show();
    const Profile before = *m_store->profile(QStringLiteral("Production"));
    // A sign-in field is shown, and kept, under its own auth method only.
    const bool signInField = !edit.endsWith(QLatin1String("Edit"));
    if (signInField) {
        auto *methods = TestSupport::findByAccessibleName<QComboBox>(&dialog, QStringLiteral("Auth method"));
        const AuthMethod method = edit == QLatin1String("Access key") ? AuthMethod::AkSk : AuthMethod::IamPassword;
        methods->setCurrentIndex(methods->findData(AuthMethods::id(method)));
    }
    auto *field = signInField ? TestSupport::findByAccessibleName<QLineEdit>(&dialog, edit)
                              : child<QLineEdit>(&dialog, edit.toLatin1().constData());
    QVERIFY2(field && field->isVisible(), qPrintable(edit));
    field->setText(value);
    QVERIFY(!dialog.saveCurrent());
    QVERIFY2(dialog.message().contains(words), qPrintable(dialog.message()));
    QVERIFY(*m_store->profile(QStringLiteral("Production")) == before);
}

void TestProfileManagerDialog::renameDuplicateDefaultDelete()
{
    ScriptedDialog dialog(m_store.get());
    QSignalSpy renamed(m_store.get(), &ProfileStore::profileRenamed);
    dialog.nextName = QStringLiteral("Prod");
    QTest::mouseClick(child<QPushButton>(&dialog, "renameButton"), Qt::LeftButton);
    QCOMPARE(renamed.count(), 1);
    QCOMPARE(m_store->profileNames(), QStringList{QStringLiteral("Prod")});

    QTest::mouseClick(child<QPushButton>(&dialog, "duplicateButton"), Qt::LeftButton);
    QCOMPARE(m_store->profileNames(), (QStringList{QStringLiteral("Prod"), QStringLiteral("Prod copy")}));
    QCOMPARE(dialog.currentProfileName(), QStringLiteral("Prod copy"));

    QTest::mouseClick(child<QPushButton>(&dialog, "defaultButton"), Qt::LeftButton);
    QCOMPARE(m_store->defaultProfileName(), QStringLiteral("Prod copy"));
    QVERIFY(!child<QPushButton>(&dialog, "defaultButton")->isEnabled());

    QSignalSpy removed(m_store.get(), &ProfileStore::profileRemoved);
    QTest::mouseClick(child<QPushButton>(&dialog, "deleteButton"), Qt::LeftButton);
    QVERIFY(dialog.lastQuestion.contains(QStringLiteral("secrets")));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_store->profileNames(), QStringList{QStringLiteral("Prod")});
    QCOMPARE(dialog.currentProfileName(), QStringLiteral("Prod"));
}

void TestProfileManagerDialog::deleteCanBeCancelled()
{
    ScriptedDialog dialog(m_store.get());
    dialog.confirm = false;
    QTest::mouseClick(child<QPushButton>(&dialog, "deleteButton"), Qt::LeftButton);
    QVERIFY(m_store->contains(QStringLiteral("Production")));
}

void TestProfileManagerDialog::caFilePicker()
{
    ScriptedDialog dialog(m_store.get());
    dialog.caFile = QStringLiteral(ENDPOINTDESK_TEST_CA_FILE);
    QTest::mouseClick(child<QPushButton>(&dialog, "caBrowseButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(&dialog, "caFileEdit")->text(), dialog.caFile);
    QVERIFY(dialog.saveCurrent());
    QCOMPARE(m_store->profile(QStringLiteral("Production"))->caFile, dialog.caFile);
}

void TestProfileManagerDialog::unencryptedOptInHasAVisibleWarning()
{
    ScriptedDialog dialog(m_store.get());
    dialog.show();
    auto *check = child<QCheckBox>(&dialog, "unencryptedCheck");
    QVERIFY(!check->isChecked());
    QVERIFY(child<QLabel>(&dialog, "unencryptedWarning")->isVisible());
    check->setChecked(true);
    QVERIFY(dialog.saveCurrent());
    QVERIFY(m_store->profile(QStringLiteral("Production"))->storeSecretsUnencrypted);
}

void TestProfileManagerDialog::damagedSettingsNoticeShown()
{
    m_store.reset();
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[profiles\n");
    }
    m_store = std::make_unique<ProfileStore>(path());
    ScriptedDialog dialog(m_store.get());
    QVERIFY(dialog.message().contains(QStringLiteral("damaged")));
}

void TestProfileManagerDialog::aFullIdFitsInTheFormAtTheDefaultSize()
{
    ScriptedDialog dialog(m_store.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The form, not the list of names, gets the room: a whole UUID shows without scrolling.
    auto *vpc = child<QLineEdit>(&dialog, "vpcEdit");
    vpc->setText(QStringLiteral("a285e7b0-deb6-4750-941e-6a8be5eefeb8"));
    const int needed = vpc->fontMetrics().horizontalAdvance(vpc->text());
    QVERIFY2(vpc->width() > needed + 12,
             qPrintable(QStringLiteral("%1 px for %2 px of text").arg(vpc->width()).arg(needed)));
    QVERIFY(child<QListWidget>(&dialog, "profileList")->width() < vpc->width());
}

void TestProfileManagerDialog::onlyTheChosenMethodsFieldsAreShown()
{
    ScriptedDialog dialog(m_store.get());
    dialog.show();
    auto *methods = TestSupport::findByAccessibleName<QComboBox>(&dialog, QStringLiteral("Auth method"));
    QVERIFY(methods);
    const auto shown = [&dialog](const char *name) {
        auto *field = TestSupport::findByAccessibleName<QLineEdit>(&dialog, QLatin1String(name));
        return field && field->isVisible();
    };
    methods->setCurrentIndex(methods->findData(AuthMethods::id(AuthMethod::AkSk)));
    QVERIFY(shown("Access key") && shown("Secret key"));
    QVERIFY(!shown("Token") && !shown("Password") && !shown("Security token") && !shown("Account name"));
    methods->setCurrentIndex(methods->findData(AuthMethods::id(AuthMethod::IamPassword)));
    QVERIFY(shown("Account name") && shown("IAM user name") && shown("Password") && shown("MFA user ID"));
    QVERIFY(!shown("Access key") && !shown("Token"));
    QVERIFY(!shown("MFA code")); // typed at each sign-in, never kept in a profile
    methods->setCurrentIndex(methods->findData(AuthMethods::id(AuthMethod::Token)));
    QVERIFY(shown("Token") && !shown("Access key") && !shown("Password"));
}

void TestProfileManagerDialog::everyFieldSaysWhatItIsAndWhereToFindIt()
{
    ScriptedDialog dialog(m_store.get());
    dialog.show();
    for (QWidget *field : dialog.findChildren<QWidget *>()) {
        const bool input = qobject_cast<QLineEdit *>(field) || qobject_cast<QComboBox *>(field)
                           || qobject_cast<QAbstractSpinBox *>(field) || qobject_cast<QCheckBox *>(field);
        if (!input || field->accessibleName().isEmpty() || !field->isVisibleTo(&dialog) || !field->parentWidget()
            || qobject_cast<QComboBox *>(field->parentWidget())
            || qobject_cast<QAbstractSpinBox *>(field->parentWidget()))
            continue;
        QVERIFY2(!field->toolTip().isEmpty(), qPrintable(field->accessibleName()));
        QCOMPARE(field->whatsThis(), field->toolTip());
    }
    // Shown in words, not only on hovering: the help line follows the focus.
    auto *methods = TestSupport::findByAccessibleName<QComboBox>(&dialog, QStringLiteral("Auth method"));
    methods->setCurrentIndex(methods->findData(AuthMethods::id(AuthMethod::AkSk)));
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    TestSupport::findByAccessibleName<QLineEdit>(&dialog, QStringLiteral("Access key"))->setFocus();
    auto *help = TestSupport::findByAccessibleName<QLabel>(&dialog, QStringLiteral("Field help"));
    QVERIFY(help && help->isVisible());
    QTRY_VERIFY2(help->text().contains(QStringLiteral("My Credentials")), qPrintable(help->text()));
}

void TestProfileManagerDialog::secretsTypedHereGoToTheKeychain()
{
    // A name of its own: the keychain is shared by the tests of a run.
    Profile p;
    p.name = QStringLiteral("Dialog ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.regionId = QStringLiteral("cn-north-4");
    QVERIFY(m_store->saveProfile(p));
    SecretStore secrets(m_store.get());
    {
        ScriptedDialog dialog(m_store.get(), &secrets);
        dialog.show();
        dialog.selectProfile(p.name);
        QCOMPARE(dialog.currentProfileName(), p.name);
        auto *methods = TestSupport::findByAccessibleName<QComboBox>(&dialog, QStringLiteral("Auth method"));
        methods->setCurrentIndex(methods->findData(AuthMethods::id(AuthMethod::AkSk)));
        TestSupport::findByAccessibleName<QLineEdit>(&dialog, QStringLiteral("Access key"))
            ->setText(QStringLiteral("HPUAEXAMPLEACCESSKEY"));
        TestSupport::findByAccessibleName<QLineEdit>(&dialog, QStringLiteral("Secret key"))
            ->setText(QStringLiteral("dialog-secret-key-value"));
        QVERIFY(dialog.hasUnsavedEdits());
        QVERIFY(dialog.saveCurrent());
        dialog.reject(); // waits until the secret is written
        QTRY_VERIFY(!dialog.isVisible());
    }
    const auto read = TestSupport::await([&](QObject *context, SecretStore::Callback done) {
        secrets.read(p.name, SecretKind::SecretKey, context, done);
    });
    QVERIFY(read && read->ok);
    QCOMPARE(read->value, QStringLiteral("dialog-secret-key-value"));
    QCOMPARE(read->storage, SecretStorage::Keychain);
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("dialog-secret-key-value"));
    TestSupport::await([&](QObject *context, SecretStore::Callback done) { secrets.removeAll(p.name, context, done); });
}

void TestProfileManagerDialog::closingWithUnsavedEditsAsks()
{
    ScriptedDialog dialog(m_store.get());
    dialog.show();
    QVERIFY(!dialog.hasUnsavedEdits());
    child<QLineEdit>(&dialog, "vpcEdit")->setText(QStringLiteral("a285e7b0-deb6-4750-941e-6a8be5eefeb8"));
    QVERIFY(dialog.hasUnsavedEdits());
    dialog.unsavedAnswer = ScriptedDialog::UnsavedEditsChoice::Stay;
    dialog.reject();
    QCOMPARE(dialog.unsavedQuestions, 1);
    QVERIFY(dialog.isVisible());
    dialog.unsavedAnswer = ScriptedDialog::UnsavedEditsChoice::Save;
    dialog.reject();
    QCOMPARE(dialog.unsavedQuestions, 2);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(m_store->profile(QStringLiteral("Production"))->defaultVpcId,
             QStringLiteral("a285e7b0-deb6-4750-941e-6a8be5eefeb8"));
}

void TestProfileManagerDialog::theUnencryptedWarningIsShownWhole()
{
    ScriptedDialog dialog(m_store.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *warning = child<QLabel>(&dialog, "unencryptedWarning");
    warning->parentWidget()->layout()->activate();
    QVERIFY(warning->wordWrap());
    QVERIFY2(warning->height() >= warning->heightForWidth(warning->width()),
             qPrintable(QStringLiteral("%1 px high, needs %2")
                            .arg(warning->height())
                            .arg(warning->heightForWidth(warning->width()))));
}

void TestProfileManagerDialog::aNewMessageReplacesTheOldOne()
{
    ScriptedDialog dialog(m_store.get());
    auto *mode = child<QComboBox>(&dialog, "proxyModeCombo");
    mode->setCurrentIndex(mode->findData(Profile::proxyModeId(ProxyMode::Manual)));
    QVERIFY(!dialog.saveCurrent());
    const QString first = dialog.message();
    QVERIFY(!first.isEmpty());
    QVERIFY(!dialog.saveCurrent());
    QCOMPARE(dialog.message(), first);
}

namespace {

template<typename T>
T *named(QWidget *dialog, const char *accessibleName)
{
    T *widget = TestSupport::findByAccessibleName<T>(dialog, QLatin1String(accessibleName));
    if (!widget)
        qWarning("no widget named %s", accessibleName);
    return widget;
}

void chooseRecord(QWidget *dialog, bool server)
{
    auto *choice = named<QComboBox>(dialog, "Shared record");
    choice->setCurrentIndex(server ? 1 : 0);
}

} // namespace

void TestProfileManagerDialog::sharedRecordFieldsOpenOnlyForAServer()
{
    ScriptedDialog dialog(m_store.get());
    dialog.show();
    auto *choice = named<QComboBox>(&dialog, "Shared record");
    QVERIFY(choice);
    QCOMPARE(choice->currentIndex(), 0);
    QCOMPARE(choice->currentText(), QStringLiteral("This computer only"));
    QCOMPARE(choice->itemText(1), QStringLiteral("PostgreSQL server (shared with the team)"));
    const QList<QWidget *> fields = {
        named<QLineEdit>(&dialog, "Record server host"), named<QSpinBox>(&dialog, "Record server port"),
        named<QLineEdit>(&dialog, "Record database"),    named<QLineEdit>(&dialog, "Record user"),
        named<QLineEdit>(&dialog, "Record password"),    named<QCheckBox>(&dialog, "Record TLS"),
        named<QLineEdit>(&dialog, "Record CA file"),     named<QPushButton>(&dialog, "Browse for the record CA file")};
    for (QWidget *field : fields) {
        QVERIFY(field);
        QVERIFY2(!field->isEnabled(), qPrintable(field->accessibleName()));
    }
    QCOMPARE(named<QSpinBox>(&dialog, "Record server port")->value(), RecordServer::DefaultPort);
    QVERIFY(named<QCheckBox>(&dialog, "Record TLS")->isChecked());
    QCOMPARE(named<QLineEdit>(&dialog, "Record password")->echoMode(), QLineEdit::Password);
    chooseRecord(&dialog, true);
    for (QWidget *field : fields)
        QVERIFY2(field->isEnabled(), qPrintable(field->accessibleName()));
    // The CA file comes from the same picker as the other one.
    dialog.caFile = QStringLiteral(ENDPOINTDESK_TEST_CA_FILE);
    QTest::mouseClick(named<QPushButton>(&dialog, "Browse for the record CA file"), Qt::LeftButton);
    QCOMPARE(named<QLineEdit>(&dialog, "Record CA file")->text(), dialog.caFile);
    QVERIFY(child<QLineEdit>(&dialog, "caFileEdit")->text().isEmpty());
    // Tab walks the group in reading order.
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    choice->setFocus();
    QTRY_VERIFY(choice->hasFocus());
    for (QWidget *field : fields) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focused = QApplication::focusWidget();
        QVERIFY2(
            focused == field || field->isAncestorOf(focused),
            qPrintable(QStringLiteral("%1 instead of %2")
                           .arg(focused ? focused->objectName() : QStringLiteral("nothing"), field->accessibleName())));
    }
    chooseRecord(&dialog, false);
    QVERIFY(!fields.constFirst()->isEnabled());
}

void TestProfileManagerDialog::sharedRecordServerNeedsAHostAndTls()
{
    ScriptedDialog dialog(m_store.get());
    dialog.show();
    chooseRecord(&dialog, true);
    QVERIFY(!dialog.saveCurrent());
    QVERIFY2(dialog.message().contains(QStringLiteral("host")), qPrintable(dialog.message()));
    named<QLineEdit>(&dialog, "Record server host")->setText(QStringLiteral("db.example.com"));
    QVERIFY(!dialog.saveCurrent());
    QVERIFY2(dialog.message().contains(QStringLiteral("database")), qPrintable(dialog.message()));
    named<QLineEdit>(&dialog, "Record database")->setText(QStringLiteral("endpointdesk"));
    named<QLineEdit>(&dialog, "Record user")->setText(QStringLiteral("alice"));
    named<QCheckBox>(&dialog, "Record TLS")->setChecked(false);
    QVERIFY(!dialog.saveCurrent());
    QVERIFY2(dialog.message().contains(QStringLiteral("TLS")), qPrintable(dialog.message()));
    QVERIFY(!m_store->profile(QStringLiteral("Production"))->recordServer.isSet());
    // On this computer TLS may be off.
    named<QLineEdit>(&dialog, "Record server host")->setText(QStringLiteral("localhost"));
    QVERIFY2(dialog.saveCurrent(), qPrintable(dialog.message()));
    const RecordServer saved = m_store->profile(QStringLiteral("Production"))->recordServer;
    QCOMPARE(saved.host, QStringLiteral("localhost"));
    QVERIFY(!saved.tls);
    // Back to this computer's file: no server is named, whatever the fields hold.
    chooseRecord(&dialog, false);
    QVERIFY(dialog.hasUnsavedEdits());
    QVERIFY(dialog.saveCurrent());
    QVERIFY(!m_store->profile(QStringLiteral("Production"))->recordServer.isSet());
}

void TestProfileManagerDialog::sharedRecordTypedSavedAndFoundAgain()
{
    // A name of its own: the keychain is shared by the tests of a run.
    Profile p;
    p.name = QStringLiteral("Record ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.regionId = QStringLiteral("cn-north-4");
    QVERIFY(m_store->saveProfile(p));
    const QString password = QStringLiteral("record-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        SecretStore secrets(m_store.get());
        ScriptedDialog dialog(m_store.get(), &secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.selectProfile(p.name);
        QCOMPARE(dialog.currentProfileName(), p.name);
        auto *choice = named<QComboBox>(&dialog, "Shared record");
        choice->setFocus();
        QTest::keyClick(choice, Qt::Key_Down); // to "PostgreSQL server"
        QCOMPARE(choice->currentIndex(), 1);
        QTest::keyClicks(named<QLineEdit>(&dialog, "Record server host"), QStringLiteral("db.example.com"));
        auto *port = named<QSpinBox>(&dialog, "Record server port");
        port->selectAll();
        QTest::keyClicks(port, QStringLiteral("6432"));
        QTest::keyClicks(named<QLineEdit>(&dialog, "Record database"), QStringLiteral("endpointdesk"));
        QTest::keyClicks(named<QLineEdit>(&dialog, "Record user"), QStringLiteral("alice"));
        QTest::keyClicks(named<QLineEdit>(&dialog, "Record password"), password);
        QTest::keyClicks(named<QLineEdit>(&dialog, "Record CA file"), QStringLiteral(ENDPOINTDESK_TEST_CA_FILE));
        QVERIFY(dialog.hasUnsavedEdits());
        // Closing asks; Save keeps everything typed, the password included.
        dialog.unsavedAnswer = ScriptedDialog::UnsavedEditsChoice::Save;
        dialog.reject();
        QCOMPARE(dialog.unsavedQuestions, 1);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 30000);
        QVERIFY2(!secrets.hasSessionOnlySecrets(), "the keychain took the password");
    }
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(password.toUtf8()));

    // A new run: new stores on the same settings file and keychain.
    m_store = std::make_unique<ProfileStore>(path());
    SecretStore secrets(m_store.get());
    ScriptedDialog dialog(m_store.get(), &secrets);
    dialog.show();
    dialog.selectProfile(p.name);
    QCOMPARE(named<QComboBox>(&dialog, "Shared record")->currentIndex(), 1);
    QCOMPARE(named<QLineEdit>(&dialog, "Record server host")->text(), QStringLiteral("db.example.com"));
    QCOMPARE(named<QSpinBox>(&dialog, "Record server port")->value(), 6432);
    QCOMPARE(named<QLineEdit>(&dialog, "Record database")->text(), QStringLiteral("endpointdesk"));
    QCOMPARE(named<QLineEdit>(&dialog, "Record user")->text(), QStringLiteral("alice"));
    QVERIFY(named<QCheckBox>(&dialog, "Record TLS")->isChecked());
    QCOMPARE(named<QLineEdit>(&dialog, "Record CA file")->text(), QStringLiteral(ENDPOINTDESK_TEST_CA_FILE));
    QVERIFY(named<QLineEdit>(&dialog, "Record server host")->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(named<QLineEdit>(&dialog, "Record password")->text(), password, 30000);
    QVERIFY(!dialog.hasUnsavedEdits());
    TestSupport::await([&](QObject *context, SecretStore::Callback done) { secrets.removeAll(p.name, context, done); });
}

QTEST_MAIN(TestProfileManagerDialog)
#include "tst_profilemanagerdialog.moc"
