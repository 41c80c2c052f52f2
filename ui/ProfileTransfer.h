#pragma once

#include <QString>

class QWidget;

namespace EndpointDesk {

class ProfileStore;

// Moves profiles in and out as JSON files, never with secrets.
class ProfileTransfer
{
public:
    // Both ask for a file, then return a summary for the message bar (empty when cancelled).
    static QString exportProfiles(QWidget *parent, const ProfileStore &store);
    static QString importProfiles(QWidget *parent, ProfileStore &store);

    // The parts that do not ask anything, for tests.
    static QString exportTo(const QString &path, const ProfileStore &store);
    static QString importFrom(const QString &path, ProfileStore &store);

    static constexpr qint64 MaxFileBytes = 1024 * 1024;
};

} // namespace EndpointDesk
