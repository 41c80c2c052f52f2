#pragma once

#include "Profile.h"

#include <QDialog>

#include <memory>

namespace EndpointDesk {

class ProfileStore;

namespace Ui {
class ProfileManagerDialog;
}

// Lists, creates, renames, duplicates, deletes and edits saved profiles. All storage goes through
// ProfileStore (and, through its signals, SecretStore for a profile's secrets).
class ProfileManagerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileManagerDialog(ProfileStore *store, QWidget *parent = nullptr);
    ~ProfileManagerDialog() override;

    QString currentProfileName() const;
    void selectProfile(const QString &name);
    // Saves the form into the selected profile; false with the problems shown inline.
    bool saveCurrent();
    QString message() const;

protected:
    // Questions asked of the person; tests replace them.
    virtual QString promptForName(const QString &title, const QString &current);
    virtual bool confirmRemoval(const QString &question);
    virtual QString chooseCaFile(const QString &current);

private:
    void reloadList(QString select);
    void loadProfile(const QString &name);
    Profile profileFromForm() const;
    void showMessage(const QString &text);
    void updateEndpointProblem();
    void updateProxyFields();
    void updateButtons();

    void newProfile();
    void renameProfile();
    void duplicateProfile();
    void deleteProfile();
    void setAsDefault();
    void browseCaFile();

    std::unique_ptr<Ui::ProfileManagerDialog> m_ui;
    ProfileStore *m_store;
    QString m_loadedName;
};

} // namespace EndpointDesk
