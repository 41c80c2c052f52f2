#include "Transport.h"

#include "OneShotBody.h"
#include "PendingReply.h"
#include "ServiceEndpoints.h"
#include "SystemProxyFactory.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QThreadPool>

namespace EndpointDesk {

namespace {

// Read once: parsing the system's bundle takes a tenth of a second or more.
const QList<QSslCertificate> &systemCaCertificates()
{
    static const QList<QSslCertificate> certificates = QSslConfiguration::systemCaCertificates();
    return certificates;
}

} // namespace

Transport::Transport(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    // Redirects would carry credentials to another address: never follow them.
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    setNetworkSettings(m_settings);
}

void Transport::preloadSystemCaCertificates()
{
    // A function-local static is initialised once even when two threads ask at the same time.
    QThreadPool::globalInstance()->start([] { systemCaCertificates(); });
}

QString Transport::setNetworkSettings(const NetworkSettings &settings)
{
    const NetworkSettings previous = m_settings;
    const std::optional<QSslConfiguration> previousTrust = m_sslConfiguration;
    m_settings = settings;
    m_problem.clear();
    m_sslConfiguration.reset();

    if (settings.proxyMode == ProxyMode::System)
        m_manager->setProxyFactory(new SystemProxyFactory); // the manager owns it
    else
        m_manager->setProxy(settings.proxy());

    const QList<QSslCertificate> extra = settings.loadCaCertificates(&m_problem);
    if (!extra.isEmpty()) {
        // Added to the system's certificates, never instead of them. Setting a CA list turns off Qt's loading of
        // system roots on demand, so the system's list is spelt out here.
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        QList<QSslCertificate> trusted = configuration.caCertificates();
        QSet<QSslCertificate> seen(trusted.cbegin(), trusted.cend());
        for (const QList<QSslCertificate> &more : {systemCaCertificates(), extra}) {
            for (const QSslCertificate &certificate : more) {
                if (!seen.contains(certificate)) {
                    seen.insert(certificate);
                    trusted.append(certificate);
                }
            }
        }
        configuration.setCaCertificates(trusted);
        m_sslConfiguration = configuration;
    }
    // Connections made under the previous settings (another proxy, other trust) are not reused. The
    // same settings again (the profile read afresh) keep them, and with them a request on its way.
    const bool sameTrust =
        previousTrust.has_value() == m_sslConfiguration.has_value()
        && (!previousTrust || previousTrust->caCertificates() == m_sslConfiguration->caCertificates());
    if (!(previous == settings) || !sameTrust)
        m_manager->clearConnectionCache();
    return m_problem;
}

QSslConfiguration Transport::sslConfiguration() const
{
    return m_sslConfiguration.value_or(QSslConfiguration::defaultConfiguration());
}

QString Transport::checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("EndpointDesk", "The address %1 is not valid.").arg(url.toDisplayString());
    // Credentials go in signed headers, never in the address, where proxies and logs would see them.
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate("EndpointDesk", "Refused to send to %1: the address holds a user name or "
                                                           "password.")
            .arg(url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && ServiceEndpoints::isLoopbackHost(url.host()))
        return {};
    return QCoreApplication::translate("EndpointDesk",
                                       "Refused to send to %1: only https:// is used, except to this computer.")
        .arg(url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
}

PendingReply *Transport::send(const ApiRequest &request)
{
    if (const QString problem = checkUrl(request.url); !problem.isEmpty())
        return PendingReply::refused(problem, this);
    if (!m_problem.isEmpty())
        return PendingReply::refused(m_problem, this);

    QNetworkRequest networkRequest(request.url);
    for (const auto &[name, value] : request.headers) {
        // QNetworkAccessManager writes Host from the URL, the same value the signature covers.
        if (name.compare("Host", Qt::CaseInsensitive) != 0)
            networkRequest.setRawHeader(name, value);
    }
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("EndpointDesk/" ENDPOINTDESK_VERSION));
    networkRequest.setTransferTimeout(static_cast<int>(m_settings.readTimeout.count()));
    if (m_sslConfiguration)
        networkRequest.setSslConfiguration(*m_sslConfiguration);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply *reply = nullptr;
    OneShotBody *body = nullptr;
    if (request.body.isEmpty()) {
        reply = m_manager->sendCustomRequest(networkRequest, request.method);
    } else {
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        // Streamed, not buffered, so that the network stack cannot replay it.
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        body = new OneShotBody(request.body, nullptr);
        reply = m_manager->sendCustomRequest(networkRequest, request.method, body);
        body->setParent(reply);
    }
    auto *pending = new PendingReply(reply, body, m_maxBodyBytes, this);
    pending->setConnectTimeout(m_settings.connectTimeout);
    return pending;
}

} // namespace EndpointDesk
