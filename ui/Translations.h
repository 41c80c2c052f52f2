#pragma once

#include <QLocale>

namespace EndpointDesk {

// The program's own catalogue (compiled in under :/i18n/) and Qt's, for one locale. The window and
// the widget tests install them the same way, before any widget is made.
class Translations
{
public:
    // Installs the catalogue for locale, and Qt's own (qtbase, from Qt's translations folder) for the
    // same language, in place of any installed before. English is the source language: for it, and for
    // a language without a catalogue, nothing is installed and false is returned.
    static bool install(const QLocale &locale);
    // install() for the language chosen in Preferences (LanguagePreference, in settingsFile or the
    // user's settings file), else for the system's. A chosen language also becomes the default
    // locale, so that dates and numbers follow it.
    static bool installPreferred(const QString &settingsFile = {});
    // The language of the installed catalogue ("zh_CN"), or empty.
    static QString language();
};

} // namespace EndpointDesk
