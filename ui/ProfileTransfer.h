#pragma once

#include <QString>

class QWidget;

namespace EndpointDesk {

class ProfileStore;
class Workspace;

// Moves profiles in and out as JSON files, never with secrets.
class ProfileTransfer
{
public:
    // Asks for a file, then returns a summary for the message bar (empty when cancelled).
    static QString exportProfiles(QWidget *parent, const ProfileStore &store);
    // Asks for a file and starts importing it through the workspace, with a progress dialog over
    // parent; the summary arrives as the workspace's notice. Returns why it did not start, if so.
    static QString importProfiles(QWidget *parent, Workspace *workspace);

    // The part of exporting that does not ask anything, for tests.
    static QString exportTo(const QString &path, const ProfileStore &store);
};

} // namespace EndpointDesk
