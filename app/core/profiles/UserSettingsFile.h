#pragma once

#include <QSettings>
#include <QString>

namespace EndpointDesk {

// The user's settings file: profiles, the window's place, preferences. INI everywhere, so the file
// can be moved aside on every platform.
inline QString userSettingsFile()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("EndpointDesk"),
                     QStringLiteral("EndpointDesk"))
        .fileName();
}

} // namespace EndpointDesk
