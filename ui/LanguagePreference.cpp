#include "LanguagePreference.h"

#include "SettingsKeys.h"
#include "UserSettingsFile.h"

#include <QCoreApplication>
#include <QSettings>

namespace EndpointDesk {

LanguagePreference::LanguagePreference(const QString &settingsFile)
    : m_settingsFile(settingsFile.isEmpty() ? userSettingsFile() : settingsFile)
{
}

QString LanguagePreference::language() const
{
    const QString stored = QSettings(m_settingsFile, QSettings::IniFormat).value(SettingsKeys::Language).toString();
    // Anything else (a hand edit, a later version's language) means the system's.
    return stored == QLatin1String("en") || stored == QLatin1String("zh_CN") ? stored : QString();
}

bool LanguagePreference::setLanguage(const QString &language, QString *error)
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    if (language.isEmpty())
        settings.remove(SettingsKeys::Language);
    else
        settings.setValue(SettingsKeys::Language, language);
    settings.sync();
    if (settings.status() == QSettings::NoError)
        return true;
    if (error)
        *error = QCoreApplication::translate("EndpointDesk", "The language could not be saved in the settings file %1.")
                     .arg(m_settingsFile);
    return false;
}

QLocale LanguagePreference::locale() const
{
    const QString chosen = language();
    return chosen.isEmpty() ? QLocale() : QLocale(chosen);
}

} // namespace EndpointDesk
