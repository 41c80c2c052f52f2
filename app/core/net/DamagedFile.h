#pragma once

#include <QString>

namespace EndpointDesk {

// A file of ours that cannot be used is kept beside the original for the person to inspect, and a
// new one is started: the settings file and the history file are moved aside the same way.
class DamagedFile
{
public:
    // Renames path to path.damaged-TIMESTAMP (UTC, to the millisecond). Returns the new path, or an
    // empty string when the file could not be moved.
    static QString moveAside(const QString &path);
};

} // namespace EndpointDesk
