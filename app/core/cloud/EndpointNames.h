#pragma once

#include <QString>

namespace EndpointDesk {

// The names the listings gave an endpoint's project, VPC and subnet, kept beside their ids so that
// a record reads as the console does. Empty where no listing named them.
struct EndpointNames
{
    QString project;
    QString vpc;
    QString subnet;

    bool isEmpty() const { return project.isEmpty() && vpc.isEmpty() && subnet.isEmpty(); }

    // "name (id)", or the id alone when no name is known (or the name is the id).
    static QString labelled(const QString &name, const QString &id)
    {
        if (name.isEmpty() || name == id)
            return id;
        return name + QLatin1String(" (") + id + QLatin1Char(')');
    }
};

} // namespace EndpointDesk
