#pragma once

#include <QIcon>
#include <QSize>
#include <QString>

namespace EndpointDesk {

// The application icon, built from the PNGs that endpointdesk_resources compiles into the program
// (":/icons/app-16.png" ... ":/icons/app-512.png"). Needs a QGuiApplication.
inline QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(QStringLiteral(":/icons/app-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace EndpointDesk
