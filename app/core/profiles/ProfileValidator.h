#pragma once

#include "Profile.h"

#include <QList>
#include <QString>

namespace EndpointDesk {

enum class ProfileField {
    Name,
    Region,
    EndpointOverride,
    ProjectId,
    ConnectTimeout,
    ReadTimeout,
    ProxyHost,
    ProxyPort
};

struct ProfileProblem
{
    ProfileField field;
    QString message;
};

// Checks a profile before it is saved or imported; every problem at once, per field, so the
// dialog can put each message next to its field.
class ProfileValidator
{
public:
    static QList<ProfileProblem> validate(const Profile &profile);
    // Empty when the name may be used; otherwise why not.
    static QString checkName(const QString &name);
    static QString checkRegion(const QString &regionId);
    static QString checkEndpointOverride(const QString &url);
    static QString checkProjectId(const QString &projectId);
    static QString checkTimeout(int seconds);
};

} // namespace EndpointDesk
