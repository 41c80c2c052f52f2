#pragma once

#include "Credentials.h"

#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

class QStringListModel;

namespace EndpointDesk {

class AuthFieldsWidget;

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
    // Marks the current profile as having unsaved edits.
    void setProfileModified(bool modified);

    QString regionId() const;
    void setRegionId(const QString &regionId);
    // What to ask before the person moves to another region; an empty question means just go. When
    // the answer is no, the region goes back and nothing is reported.
    void setRegionChangeQuestion(std::function<QString(const QString &regionId)> question);

    QUrl endpointOverride() const;
    QString endpointOverrideText() const;
    void setEndpointOverride(const QString &text);
    // Shows the override's problem beside it; returns false when there is one.
    bool checkEndpointOverride();

    Credentials credentials() const;
    void setCredentials(const Credentials &credentials);

    void setAuthStatus(const QString &text);
    void setSigningIn(bool signingIn);

Q_SIGNALS:
    // Region, endpoint or sign-in details edited by the user.
    void connectionEdited();
    void signInRequested();
    void profileChosen(const QString &name);
    void saveRequested();
    void manageProfilesRequested();

private:
    // False when the person chose to stay in the region (it is back in the box).
    bool onRegionChosen();

    std::unique_ptr<Ui::ConnectionBar> m_ui;
    AuthFieldsWidget *m_authFields;
    QStringList m_profileNames;
    // One reset for thousands of names, where adding items one by one takes a visible pause.
    QStringListModel *m_profileModel = nullptr;
    std::function<QString(const QString &)> m_regionChangeQuestion;
    QString m_regionId; // the region last set or agreed to
    bool m_askingAboutRegion = false;
    bool m_updating = false;
};

} // namespace EndpointDesk
