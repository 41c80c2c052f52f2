#include "Transport.h"

#include "OneShotBody.h"
#include "PendingReply.h"
#include "ServiceEndpoints.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace EndpointDesk {

Transport::Transport(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    // Redirects would carry credentials to another address: never follow them.
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QString Transport::checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("EndpointDesk", "The address %1 is not valid.").arg(url.toDisplayString());
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

    QNetworkRequest networkRequest(request.url);
    for (const auto &[name, value] : request.headers) {
        // QNetworkAccessManager writes Host from the URL, the same value the signature covers.
        if (name.compare("Host", Qt::CaseInsensitive) != 0)
            networkRequest.setRawHeader(name, value);
    }
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("EndpointDesk/" ENDPOINTDESK_VERSION));
    networkRequest.setTransferTimeout(static_cast<int>(m_timeout.count()));
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply *reply = nullptr;
    if (request.body.isEmpty()) {
        reply = m_manager->sendCustomRequest(networkRequest, request.method);
    } else {
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        // Streamed, not buffered, so that the network stack cannot replay it.
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(request.body, nullptr);
        reply = m_manager->sendCustomRequest(networkRequest, request.method, body);
        body->setParent(reply);
    }
    return new PendingReply(reply, m_maxBodyBytes, this);
}

} // namespace EndpointDesk
