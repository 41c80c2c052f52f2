#pragma once

#include <QDialog>

#include <memory>

namespace EndpointDesk {

class LanguagePreference;

namespace Ui {
class PreferencesDialog;
}

// The person's preferences for the program as a whole (not a profile's): the language, applied at
// the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // The preference must outlive the dialog.
    explicit PreferencesDialog(LanguagePreference *language, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    LanguagePreference *m_language;
};

} // namespace EndpointDesk
