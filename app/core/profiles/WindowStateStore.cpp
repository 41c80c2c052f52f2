#include "WindowStateStore.h"

#include "ProfileStore.h"
#include "SettingsKeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace EndpointDesk {

WindowStateStore::WindowStateStore(const ProfileStore &profiles)
    : m_settings(std::make_unique<QSettings>(profiles.fileName(), QSettings::IniFormat))
    , m_readOnly(profiles.isReadOnly())
{
}

WindowStateStore::~WindowStateStore() = default;

QByteArray WindowStateStore::geometry() const
{
    return m_settings->value(SettingsKeys::WindowGeometry).toByteArray();
}

bool WindowStateStore::setGeometry(const QByteArray &geometry, QString *error)
{
    if (m_readOnly) {
        if (error)
            *error = QCoreApplication::translate("EndpointDesk",
                                                 "The window's size and place are not saved: the settings file was "
                                                 "written by a newer version of Endpoint Desk or is damaged.");
        return false;
    }
    m_settings->setValue(SettingsKeys::WindowGeometry, geometry);
    // sync() merges with what other instances wrote meanwhile, so their profiles stay.
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return true;
    if (error)
        *error = QCoreApplication::translate("EndpointDesk", "The window's size and place could not be saved to %1.")
                     .arg(QDir::toNativeSeparators(m_settings->fileName()));
    return false;
}

} // namespace EndpointDesk
