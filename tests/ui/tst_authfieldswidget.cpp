#include "AuthFieldsWidget.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace EndpointDesk;

class TestAuthFieldsWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void methodShowsOnlyItsFields_data();
    void methodShowsOnlyItsFields();
    void everyInputNamedWithBuddy();
    void secretsHidden();
    void pickerOffersEveryMethod();
    void credentialsRoundTrip();
    void credentialsHoldOnlyTheChosenMethod();
    void typingEmitsChanged();
    void choosingByKeyboardSwitchesFields();
    void longTokensAreNotCut();
    void aLongTokenShowsItsStart();
};

namespace {

const QStringList allFieldNames{
    QStringLiteral("Token"),      QStringLiteral("Account name"), QStringLiteral("IAM user name"),
    QStringLiteral("Password"),   QStringLiteral("MFA user ID"),  QStringLiteral("MFA code"),
    QStringLiteral("Access key"), QStringLiteral("Secret key"),   QStringLiteral("Security token")};

QWidget *byName(const QWidget &root, const QString &name)
{
    const auto widgets = root.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->accessibleName() == name)
            return widget;
    }
    return nullptr;
}

QLabel *labelFor(const QWidget &root, const QWidget *field)
{
    const auto labels = root.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy() == field)
            return label;
    }
    return nullptr;
}

} // namespace

void TestAuthFieldsWidget::methodShowsOnlyItsFields_data()
{
    QTest::addColumn<AuthMethod>("method");
    QTest::addColumn<QStringList>("visible");
    QTest::newRow("token") << AuthMethod::Token << QStringList{QStringLiteral("Token")};
    QTest::newRow("IAM password") << AuthMethod::IamPassword
                                  << QStringList{QStringLiteral("Account name"), QStringLiteral("IAM user name"),
                                                 QStringLiteral("Password"), QStringLiteral("MFA user ID"),
                                                 QStringLiteral("MFA code")};
    QTest::newRow("AK/SK") << AuthMethod::AkSk
                           << QStringList{QStringLiteral("Access key"), QStringLiteral("Secret key")};
    QTest::newRow("temporary AK/SK") << AuthMethod::TemporaryAkSk
                                     << QStringList{QStringLiteral("Access key"), QStringLiteral("Secret key"),
                                                    QStringLiteral("Security token")};
}

void TestAuthFieldsWidget::methodShowsOnlyItsFields()
{
    QFETCH(AuthMethod, method);
    QFETCH(QStringList, visible);
    AuthFieldsWidget widget;
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    // Start from another method, so the switch itself is what shows and hides.
    widget.setMethod(method == AuthMethod::TemporaryAkSk ? AuthMethod::Token : AuthMethod::TemporaryAkSk);
    widget.setMethod(method);
    QCOMPARE(widget.method(), method);
    QVERIFY(byName(widget, QStringLiteral("Auth method"))->isVisible());
    for (const QString &name : allFieldNames) {
        QWidget *field = byName(widget, name);
        QVERIFY2(field, qPrintable(name));
        QCOMPARE(field->isVisible(), visible.contains(name));
        QCOMPARE(labelFor(widget, field)->isVisible(), visible.contains(name));
    }
}

void TestAuthFieldsWidget::everyInputNamedWithBuddy()
{
    AuthFieldsWidget widget;
    for (const QString &name : allFieldNames + QStringList{QStringLiteral("Auth method")}) {
        QWidget *field = byName(widget, name);
        QVERIFY2(field, qPrintable(name));
        QLabel *label = labelFor(widget, field);
        QVERIFY2(label, qPrintable(name));
        QVERIFY(!name.endsWith(QLatin1Char(':')));
    }
    // Every line edit in the form is one of the named fields.
    QCOMPARE(widget.findChildren<QLineEdit *>().size(), allFieldNames.size());
}

void TestAuthFieldsWidget::secretsHidden()
{
    AuthFieldsWidget widget;
    for (const char *name : {"Token", "Password", "Secret key", "Security token"})
        QCOMPARE(qobject_cast<QLineEdit *>(byName(widget, QLatin1String(name)))->echoMode(), QLineEdit::Password);
    // A one-time code is shown while typed, hidden afterwards.
    QCOMPARE(qobject_cast<QLineEdit *>(byName(widget, QStringLiteral("MFA code")))->echoMode(),
             QLineEdit::PasswordEchoOnEdit);
    for (const char *name : {"Account name", "IAM user name", "MFA user ID", "Access key"})
        QCOMPARE(qobject_cast<QLineEdit *>(byName(widget, QLatin1String(name)))->echoMode(), QLineEdit::Normal);
}

void TestAuthFieldsWidget::pickerOffersEveryMethod()
{
    AuthFieldsWidget widget;
    auto *combo = qobject_cast<QComboBox *>(byName(widget, QStringLiteral("Auth method")));
    QVERIFY(combo);
    const QList<AuthMethod> methods = AuthMethods::all();
    QCOMPARE(combo->count(), methods.size());
    for (int i = 0; i < methods.size(); ++i)
        QCOMPARE(combo->itemText(i), AuthMethods::label(methods.at(i)));
}

void TestAuthFieldsWidget::credentialsRoundTrip()
{
    Credentials in;
    in.method = AuthMethod::IamPassword;
    in.accountName = QStringLiteral("acme");
    in.userName = QStringLiteral("ops");
    in.password = QStringLiteral(" pass with spaces ");
    in.mfaUserId = QStringLiteral("u-1");
    in.mfaCode = QStringLiteral("123456");
    AuthFieldsWidget widget;
    QSignalSpy changed(&widget, &AuthFieldsWidget::changed);
    widget.setCredentials(in);
    QCOMPARE(changed.size(), 1);
    const Credentials out = widget.credentials();
    QCOMPARE(out.method, AuthMethod::IamPassword);
    QCOMPARE(out.accountName, in.accountName);
    QCOMPARE(out.userName, in.userName);
    QCOMPARE(out.password, in.password);
    QCOMPARE(out.mfaUserId, in.mfaUserId);
    QCOMPARE(out.mfaCode, in.mfaCode);
    QVERIFY(!byName(widget, QStringLiteral("Token"))->isVisibleTo(&widget));
    QVERIFY(byName(widget, QStringLiteral("Password"))->isVisibleTo(&widget));
}

void TestAuthFieldsWidget::credentialsHoldOnlyTheChosenMethod()
{
    Credentials in;
    in.method = AuthMethod::TemporaryAkSk;
    in.accessKey = QStringLiteral(" AK ");
    in.secretKey = QStringLiteral("SK");
    in.securityToken = QStringLiteral("ST");
    in.token = QStringLiteral("old token");
    AuthFieldsWidget widget;
    widget.setCredentials(in);
    Credentials out = widget.credentials();
    QCOMPARE(out.accessKey, QStringLiteral("AK"));
    QCOMPARE(out.securityToken, QStringLiteral("ST"));
    QVERIFY(out.token.isEmpty());

    widget.setMethod(AuthMethod::AkSk);
    out = widget.credentials();
    QCOMPARE(out.method, AuthMethod::AkSk);
    QCOMPARE(out.secretKey, QStringLiteral("SK"));
    QVERIFY(out.securityToken.isEmpty());

    // Switching back finds what was typed.
    widget.setMethod(AuthMethod::Token);
    QCOMPARE(widget.credentials().token, QStringLiteral("old token"));
}

void TestAuthFieldsWidget::typingEmitsChanged()
{
    AuthFieldsWidget widget;
    widget.setMethod(AuthMethod::AkSk);
    QSignalSpy changed(&widget, &AuthFieldsWidget::changed);
    QTest::keyClicks(byName(widget, QStringLiteral("Access key")), QStringLiteral("AK"));
    QCOMPARE(changed.size(), 2);
    widget.setMethod(AuthMethod::Token);
    QCOMPARE(changed.size(), 3);
    QCOMPARE(widget.credentials().accessKey, QString());
}

void TestAuthFieldsWidget::choosingByKeyboardSwitchesFields()
{
    AuthFieldsWidget widget;
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    auto *combo = qobject_cast<QComboBox *>(byName(widget, QStringLiteral("Auth method")));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(widget.method(), AuthMethods::all().at(1));
    QCOMPARE(byName(widget, QStringLiteral("Password"))->isVisible(), widget.method() == AuthMethod::IamPassword);
    QVERIFY(!byName(widget, QStringLiteral("Token"))->isVisible());
}

// QLineEdit cuts at 32,767 characters by default: a 40,000-character token arrives whole, and one past the
// limit arrives long enough to be refused rather than cut to a length that would be sent.
void TestAuthFieldsWidget::longTokensAreNotCut()
{
    AuthFieldsWidget widget;
    Credentials credentials;
    credentials.method = AuthMethod::Token;
    credentials.token = QString(40000, QLatin1Char('t'));
    widget.setCredentials(credentials);
    QCOMPARE(widget.credentials().token.size(), 40000);

    credentials.token = QString(100000, QLatin1Char('t'));
    widget.setCredentials(credentials);
    QVERIFY(widget.credentials().token.size() > Credentials::MaxTokenLength);
    QVERIFY(!Credentials::checkTokenLength(widget.credentials().token).isEmpty());

    credentials.method = AuthMethod::TemporaryAkSk;
    credentials.securityToken = QString(40000, QLatin1Char('s'));
    widget.setCredentials(credentials);
    QCOMPARE(widget.credentials().securityToken.size(), 40000);
}

void TestAuthFieldsWidget::aLongTokenShowsItsStart()
{
    AuthFieldsWidget widget;
    widget.resize(400, 200);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    Credentials credentials;
    credentials.token = QString(4000, QLatin1Char('t'));
    widget.setCredentials(credentials);
    auto *token = widget.findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    QVERIFY(token);
    // Shown from its first character, not scrolled to its end.
    QCOMPARE(token->cursorPosition(), 0);
}

QTEST_MAIN(TestAuthFieldsWidget)
#include "tst_authfieldswidget.moc"
