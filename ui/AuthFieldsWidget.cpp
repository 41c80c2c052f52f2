#include "AuthFieldsWidget.h"

#include "ui_AuthFieldsWidget.h"

#include <QFormLayout>
#include <QSignalBlocker>

namespace EndpointDesk {

AuthFieldsWidget::AuthFieldsWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuthFieldsWidget>())
{
    m_ui->setupUi(this);
    // QLineEdit would silently cut a paste at 32,767 characters. One over the limit instead: a longer
    // token is then refused with a message (Credentials::checkTokenLength), never cut to a size that passes.
    for (QLineEdit *edit : {m_ui->tokenEdit, m_ui->securityTokenEdit})
        edit->setMaxLength(int(Credentials::MaxTokenLength) + 1);
    for (AuthMethod method : AuthMethods::all())
        m_ui->methodCombo->addItem(AuthMethods::label(method), AuthMethods::id(method));

    // Secrets are never shown; typed ids, names and keys stay as typed, without autocompletion.
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        edit->setInputMethodHints(edit->inputMethodHints() | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase
                                  | (edit->echoMode() == QLineEdit::Normal ? Qt::ImhNone : Qt::ImhSensitiveData));
        connect(edit, &QLineEdit::textChanged, this, &AuthFieldsWidget::changed);
    }
    connect(m_ui->methodCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibleFields();
        Q_EMIT changed();
    });
    updateVisibleFields();
}

AuthFieldsWidget::~AuthFieldsWidget() = default;

QList<QLineEdit *> AuthFieldsWidget::fieldsFor(AuthMethod method) const
{
    switch (method) {
    case AuthMethod::Token:
        return {m_ui->tokenEdit};
    case AuthMethod::IamPassword:
        if (!m_mfaCodeShown)
            return {m_ui->accountNameEdit, m_ui->userNameEdit, m_ui->passwordEdit, m_ui->mfaUserIdEdit};
        return {m_ui->accountNameEdit, m_ui->userNameEdit, m_ui->passwordEdit, m_ui->mfaUserIdEdit, m_ui->mfaCodeEdit};
    case AuthMethod::AkSk:
        return {m_ui->accessKeyEdit, m_ui->secretKeyEdit};
    case AuthMethod::TemporaryAkSk:
        return {m_ui->accessKeyEdit, m_ui->secretKeyEdit, m_ui->securityTokenEdit};
    }
    return {};
}

void AuthFieldsWidget::setMfaCodeShown(bool shown)
{
    m_mfaCodeShown = shown;
    updateVisibleFields();
}

QList<QWidget *> AuthFieldsWidget::tabStops() const
{
    return {m_ui->methodCombo,   m_ui->tokenEdit,        m_ui->accountNameEdit, m_ui->userNameEdit,
            m_ui->passwordEdit,  m_ui->mfaUserIdEdit,    m_ui->mfaCodeEdit,     m_ui->accessKeyEdit,
            m_ui->secretKeyEdit, m_ui->securityTokenEdit};
}

void AuthFieldsWidget::updateVisibleFields()
{
    const QList<QLineEdit *> wanted = fieldsFor(method());
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        m_ui->formLayout->setRowVisible(edit, wanted.contains(edit));
}

AuthMethod AuthFieldsWidget::method() const
{
    return AuthMethods::fromId(m_ui->methodCombo->currentData().toString()).value_or(AuthMethod::Token);
}

void AuthFieldsWidget::setMethod(AuthMethod method)
{
    const int index = m_ui->methodCombo->findData(AuthMethods::id(method));
    if (index >= 0)
        m_ui->methodCombo->setCurrentIndex(index);
}

Credentials AuthFieldsWidget::credentials() const
{
    Credentials credentials;
    credentials.method = method();
    const QList<QLineEdit *> wanted = fieldsFor(credentials.method);
    auto value = [&wanted](const QLineEdit *edit) { return wanted.contains(edit) ? edit->text() : QString(); };
    credentials.token = value(m_ui->tokenEdit).trimmed();
    credentials.accountName = value(m_ui->accountNameEdit).trimmed();
    credentials.userName = value(m_ui->userNameEdit).trimmed();
    credentials.password = value(m_ui->passwordEdit); // exactly as typed: spaces may belong to it
    credentials.mfaUserId = value(m_ui->mfaUserIdEdit).trimmed();
    credentials.mfaCode = value(m_ui->mfaCodeEdit).trimmed();
    credentials.accessKey = value(m_ui->accessKeyEdit).trimmed();
    credentials.secretKey = value(m_ui->secretKeyEdit).trimmed();
    credentials.securityToken = value(m_ui->securityTokenEdit).trimmed();
    return credentials;
}

void AuthFieldsWidget::setCredentials(const Credentials &credentials)
{
    {
        // One changed() for the whole update, not one per field.
        const QSignalBlocker blocker(this);
        setMethod(credentials.method);
        m_ui->tokenEdit->setText(credentials.token);
        m_ui->accountNameEdit->setText(credentials.accountName);
        m_ui->userNameEdit->setText(credentials.userName);
        m_ui->passwordEdit->setText(credentials.password);
        m_ui->mfaUserIdEdit->setText(credentials.mfaUserId);
        m_ui->mfaCodeEdit->setText(credentials.mfaCode);
        m_ui->accessKeyEdit->setText(credentials.accessKey);
        m_ui->secretKeyEdit->setText(credentials.secretKey);
        m_ui->securityTokenEdit->setText(credentials.securityToken);
        // A long token scrolled to its end hides where it starts: show every field from its start.
        for (QLineEdit *edit : findChildren<QLineEdit *>())
            edit->setCursorPosition(0);
    }
    updateVisibleFields();
    Q_EMIT changed();
}

} // namespace EndpointDesk
