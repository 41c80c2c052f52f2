#include "Translations.h"

#include "LanguagePreference.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

#include <memory>

namespace EndpointDesk {

namespace {

QPointer<QTranslator> &appTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

void uninstall(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

bool Translations::install(const QLocale &locale)
{
    uninstall(appTranslator());
    uninstall(qtTranslator());

    auto app = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (!app->load(locale, QStringLiteral("endpoint-desk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return false;
    // Qt's dialogs and context menus in the language the program got, not in a third one; a missing
    // qtbase catalogue leaves them in English and is no reason to refuse the program's own.
    auto qt = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + app->language(), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = qt.release();
    }
    QCoreApplication::installTranslator(app.get());
    appTranslator() = app.release();
    return true;
}

bool Translations::installPreferred(const QString &settingsFile)
{
    const LanguagePreference preference(settingsFile);
    if (!preference.language().isEmpty())
        QLocale::setDefault(preference.locale());
    return install(preference.locale());
}

QString Translations::language()
{
    return appTranslator() ? appTranslator()->language() : QString();
}

} // namespace EndpointDesk
