#include "ProfileValidator.h"

#include "Region.h"
#include "ServiceEndpoints.h"
#include "SpecValidator.h"

#include <QCoreApplication>
#include <QUrl>

namespace EndpointDesk {

QString ProfileValidator::checkName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("EndpointDesk", "Enter a name for the profile.");
    if (trimmed != name)
        return QCoreApplication::translate("EndpointDesk", "A profile name cannot start or end with spaces.");
    if (name.size() > 100)
        return QCoreApplication::translate("EndpointDesk", "A profile name can be at most 100 characters long.");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return QCoreApplication::translate("EndpointDesk", "A profile name cannot contain control characters.");
    }
    return {};
}

QString ProfileValidator::checkRegion(const QString &regionId)
{
    return RegionCatalog::checkId(regionId);
}

QString ProfileValidator::checkEndpointOverride(const QString &url)
{
    if (url.isEmpty())
        return {};
    return ServiceEndpoints::checkOverride(QUrl(url, QUrl::StrictMode));
}

QString ProfileValidator::checkProjectId(const QString &projectId)
{
    // A profile may leave the project to be picked after signing in.
    if (projectId.isEmpty() || SpecValidator::isProjectId(projectId))
        return {};
    return QCoreApplication::translate("EndpointDesk", "A project ID is 32 hexadecimal characters (0-9, a-f).");
}

QString ProfileValidator::checkTimeout(int seconds)
{
    if (seconds < 1 || seconds > Profile::MaxTimeoutSeconds)
        return QCoreApplication::translate("EndpointDesk", "Enter a number of seconds from 1 to %1.")
            .arg(Profile::MaxTimeoutSeconds);
    return {};
}

QList<ProfileProblem> ProfileValidator::validate(const Profile &profile)
{
    QList<ProfileProblem> problems;
    auto add = [&problems](ProfileField field, const QString &message) {
        if (!message.isEmpty())
            problems.append({field, message});
    };
    add(ProfileField::Name, checkName(profile.name));
    add(ProfileField::Region, checkRegion(profile.regionId));
    add(ProfileField::EndpointOverride, checkEndpointOverride(profile.endpointOverride));
    add(ProfileField::ProjectId, checkProjectId(profile.projectId));
    add(ProfileField::ConnectTimeout, checkTimeout(profile.connectTimeoutSeconds));
    add(ProfileField::ReadTimeout, checkTimeout(profile.readTimeoutSeconds));
    if (profile.proxyMode == ProxyMode::Manual) {
        if (profile.proxyHost.trimmed().isEmpty())
            add(ProfileField::ProxyHost,
                QCoreApplication::translate("EndpointDesk", "Enter the proxy's host name or address."));
        if (profile.proxyPort < 1 || profile.proxyPort > 65535)
            add(ProfileField::ProxyPort,
                QCoreApplication::translate("EndpointDesk", "Enter the proxy's port, from 1 to 65535."));
    }
    return problems;
}

} // namespace EndpointDesk
