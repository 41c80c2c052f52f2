#pragma once

#include "AuthMethod.h"
#include "Credentials.h"

#include <QWidget>

#include <memory>

class QLineEdit;

namespace EndpointDesk {

namespace Ui {
class AuthFieldsWidget;
}

// The sign-in fields of a profile: an "Auth method" picker and only the fields that method needs.
// Values typed for another method are kept while the window is open, so switching back loses
// nothing, but credentials() returns only the chosen method's fields.
class AuthFieldsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit AuthFieldsWidget(QWidget *parent = nullptr);
    ~AuthFieldsWidget() override;

    Credentials credentials() const;
    void setCredentials(const Credentials &credentials);

    AuthMethod method() const;
    void setMethod(AuthMethod method);

    // The inputs a method needs, in tab order (the picker not included).
    QList<QLineEdit *> fieldsFor(AuthMethod method) const;
    // Shows the MFA code (the default). Hidden where nothing signs in, its value is not part of credentials().
    void setMfaCodeShown(bool shown);
    // The picker and every field, in reading order: the Tab order of the widget.
    QList<QWidget *> tabStops() const;

Q_SIGNALS:
    // Any field or the method changed (by the user or by a setter).
    void changed();

private:
    void updateVisibleFields();

    std::unique_ptr<Ui::AuthFieldsWidget> m_ui;
    bool m_mfaCodeShown = true;
};

} // namespace EndpointDesk
