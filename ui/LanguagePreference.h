#pragma once

#include <QLocale>
#include <QString>

namespace EndpointDesk {

// The language the person chose in Preferences, kept in the user's settings file and applied at the
// next start: empty for the system's, else "en" or "zh_CN".
class LanguagePreference
{
public:
    // settingsFile: empty for the user's settings file.
    explicit LanguagePreference(const QString &settingsFile = {});

    QString language() const;
    // False with *error when the settings file cannot be written.
    bool setLanguage(const QString &language, QString *error = nullptr);
    // The locale to translate for: the chosen language, else the system's.
    QLocale locale() const;

private:
    QString m_settingsFile;
};

} // namespace EndpointDesk
