#include "PreferencesDialog.h"

#include "LanguagePreference.h"
#include "Theme.h"
#include "ui_PreferencesDialog.h"

namespace EndpointDesk {

PreferencesDialog::PreferencesDialog(LanguagePreference *language, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_language(language)
{
    m_ui->setupUi(this);
    // Each language named in itself, so a person who cannot read the current one finds theirs.
    m_ui->languageCombo->addItem(tr("System default"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(m_language->language())));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    QString error;
    if (!m_language->setLanguage(m_ui->languageCombo->currentData().toString(), &error)) {
        // Stays open with the reason, so the choice is not lost without a word.
        QPalette colours = m_ui->restartNote->palette();
        colours.setColor(QPalette::WindowText, Theme::errorColor(colours));
        m_ui->restartNote->setPalette(colours);
        m_ui->restartNote->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace EndpointDesk
