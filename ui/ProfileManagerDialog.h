#pragma once

#include "Profile.h"

#include <QDialog>

#include <memory>

namespace EndpointDesk {

class ActiveProfile;
class AuthFieldsWidget;
class ProfileStore;
class SecretStore;

namespace Ui {
class ProfileManagerDialog;
}

// Lists, creates, renames, duplicates, deletes and edits saved profiles, secrets included. The
// profile being edited is an ActiveProfile of its own over the same stores, so its secrets go to
// the keychain exactly as the main window's do.
class ProfileManagerDialog : public QDialog
{
    Q_OBJECT

public:
    // Without a secret store, secrets typed here are kept for as long as the dialog is open.
    explicit ProfileManagerDialog(ProfileStore *store, SecretStore *secrets = nullptr, QWidget *parent = nullptr);
    ~ProfileManagerDialog() override;

    QString currentProfileName() const;
    void selectProfile(const QString &name);
    // Saves the form into the selected profile; false with the problems shown inline.
    bool saveCurrent();
    // The form differs from the stored profile (its secrets included).
    bool hasUnsavedEdits() const;
    QString message() const;

    enum class UnsavedEditsChoice { Save, Discard, Stay };

public Q_SLOTS:
    // Closing with unsaved edits asks first; it waits for secrets still being written.
    void reject() override;

protected:
    // Questions asked of the person; tests replace them.
    virtual QString promptForName(const QString &title, const QString &current);
    virtual bool confirmRemoval(const QString &question);
    virtual QString chooseCaFile(const QString &current);
    virtual UnsavedEditsChoice askAboutUnsavedEdits();

private:
    void reloadList(QString select);
    void loadProfile(const QString &name);
    void showProfile(const Profile &profile);
    void onFormEdited();
    // False when the person chose to stay with the edits.
    bool settleUnsavedEdits();
    Profile profileFromForm() const;
    void showMessage(const QString &text);
    void showHelpFor(QWidget *field);
    void updateEndpointProblem();
    void updateProxyFields();
    // The record server's fields are open only while a server is chosen.
    void updateRecordFields();
    bool recordOnServer() const;
    void updateButtons();

    void newProfile();
    void renameProfile();
    void duplicateProfile();
    void deleteProfile();
    void setAsDefault();
    void browseCaFile();
    void browseRecordCaFile();

    std::unique_ptr<Ui::ProfileManagerDialog> m_ui;
    ProfileStore *m_store;
    std::unique_ptr<SecretStore> m_ownSecrets; // only without a store given
    ActiveProfile *m_profile;
    AuthFieldsWidget *m_authFields;
    QString m_loadedName;
    bool m_filling = false;
};

} // namespace EndpointDesk
