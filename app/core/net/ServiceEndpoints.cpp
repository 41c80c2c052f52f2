#include "ServiceEndpoints.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace EndpointDesk {

ServiceEndpoints::ServiceEndpoints(QString regionId, const QUrl &overrideBase)
    : m_regionId(std::move(regionId))
    , m_override(withoutExtras(overrideBase))
{
}

QUrl ServiceEndpoints::withoutExtras(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

bool ServiceEndpoints::hasExtras(const QUrl &url)
{
    return !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment();
}

QString ServiceEndpoints::iamHost(const QString &regionId)
{
    // The regional IAM issues tokens that work in that region. The SDKs' IAM region list places
    // eu-west-101 under .myhuaweicloud.eu and has no regional IAM for these four: they use the global one.
    if (regionId == QLatin1String("eu-west-101"))
        return QStringLiteral("iam.eu-west-101.myhuaweicloud.eu");
    static const QStringList withoutRegionalIam = {QStringLiteral("ap-southeast-5"), QStringLiteral("cn-north-11"),
                                                   QStringLiteral("cn-south-4"), QStringLiteral("cn-southwest-3")};
    if (withoutRegionalIam.contains(regionId))
        return QStringLiteral("iam.myhuaweicloud.com");
    return QStringLiteral("iam.%1.myhuaweicloud.com").arg(regionId);
}

QUrl ServiceEndpoints::baseUrl(Service service) const
{
    if (hasOverride()) {
        QUrl base = m_override;
        QString path = base.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        base.setPath(path);
        return base;
    }
    QString host;
    switch (service) {
    case Service::FunctionGraph:
        host = QStringLiteral("functiongraph.%1.myhuaweicloud.com").arg(m_regionId);
        break;
    case Service::Vpc:
        host = QStringLiteral("vpc.%1.myhuaweicloud.com").arg(m_regionId);
        break;
    case Service::Iam:
        host = iamHost(m_regionId);
        break;
    }
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    return url;
}

QUrl ServiceEndpoints::url(Service service, const QString &path) const
{
    QUrl result = baseUrl(service);
    result.setPath(result.path() + path);
    return result;
}

bool ServiceEndpoints::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl ServiceEndpoints::parseOverride(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    return QUrl(trimmed.contains(QLatin1String("://")) ? trimmed : QLatin1String("https://") + trimmed,
                QUrl::StrictMode);
}

QString ServiceEndpoints::checkOverride(const QUrl &url)
{
    if (url.isEmpty())
        return {};
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("EndpointDesk", "Enter a full address such as https://gateway.example.com.");
    // Whatever is in the address is stored in plain text, shown in the preview and sent with every call.
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate("EndpointDesk",
                                           "Remove the user name and password from the address: it is stored and "
                                           "shown as typed. Sign in with the profile's credentials instead.");
    if (url.hasQuery())
        return QCoreApplication::translate("EndpointDesk",
                                           "Remove the query (the part from \"?\") from the address: it would be "
                                           "added to every call.");
    if (url.hasFragment())
        return QCoreApplication::translate("EndpointDesk",
                                           "Remove the fragment (the part from \"#\") from the address.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return QCoreApplication::translate("EndpointDesk",
                                           "Plain http:// would send credentials unencrypted; it is allowed only "
                                           "to this computer (127.0.0.1, localhost). Use https://.");
    }
    return QCoreApplication::translate("EndpointDesk", "The address must start with https://.");
}

} // namespace EndpointDesk
