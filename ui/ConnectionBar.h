#pragma once

#include "Credentials.h"

#include <QUrl>
#include <QWidget>

#include <memory>

class QLineEdit;

namespace EndpointDesk {

namespace Ui {
class ConnectionBar;
}

// The profile bar: which profile, region and endpoint, how to sign in, and who is signed in.
class ConnectionBar : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionBar(QWidget *parent = nullptr);
    ~ConnectionBar() override;

    void setProfileNames(const QStringList &names, const QString &current);
    QString profileName() const;

    QString regionId() const;
    void setRegionId(const QString &regionId);

    QUrl endpointOverride() const;
    void setEndpointOverride(const QUrl &url);
    // Shows the override's problem beside it; returns false when there is one.
    bool checkEndpointOverride();

    Credentials credentials() const;
    void setCredentials(const Credentials &credentials);

    void setAuthStatus(const QString &text);

Q_SIGNALS:
    void connectionEdited();
    void signInRequested();
    void profileChosen(const QString &name);

private:
    std::unique_ptr<Ui::ConnectionBar> m_ui;
    QLineEdit *m_tokenEdit = nullptr;
};

} // namespace EndpointDesk
