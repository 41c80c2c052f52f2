#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QSettings;

namespace EndpointDesk {

class ProfileStore;

// The main window's size and place (opaque bytes from QWidget::saveGeometry), kept in the profiles'
// settings file under SettingsKeys::WindowGeometry. Like the profiles, nothing is written while the
// profile store holds that file read-only (written by a newer version, or damaged).
class WindowStateStore
{
public:
    explicit WindowStateStore(const ProfileStore &profiles);
    ~WindowStateStore();

    // Empty when none was saved.
    QByteArray geometry() const;
    // False with a message for the person in *error when refused or the file could not be written.
    bool setGeometry(const QByteArray &geometry, QString *error = nullptr);

private:
    std::unique_ptr<QSettings> m_settings;
    bool m_readOnly = false;
};

} // namespace EndpointDesk
