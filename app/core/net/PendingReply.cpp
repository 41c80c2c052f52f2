#include "PendingReply.h"

#include "Logging.h"
#include "OneShotBody.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

namespace EndpointDesk {

namespace {

QString describeCertificate(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QCoreApplication::translate("EndpointDesk", "Certificate for %1, issued by %2, valid %3 to %4, SHA-256 %5")
        .arg(certificate.subjectInfo(QSslCertificate::CommonName).join(QLatin1String(", ")),
             certificate.issuerInfo(QSslCertificate::CommonName).join(QLatin1String(", ")),
             certificate.effectiveDate().toString(Qt::ISODate), certificate.expiryDate().toString(Qt::ISODate),
             QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')));
}

// A timeout in seconds, as the profile's settings show it.
QString seconds(qint64 milliseconds)
{
    return QLocale().toString(double(milliseconds) / 1000.0);
}

// Which timeout it was, how long, and where to change it.
QString readTimeoutText(qint64 milliseconds)
{
    if (milliseconds <= 0)
        return QCoreApplication::translate("EndpointDesk", "No answer in time.");
    return QCoreApplication::translate("EndpointDesk",
                                       "Nothing arrived for %1 s, the read timeout. The timeout is set in the "
                                       "profile's settings (Profiles… ▸ Read timeout).")
        .arg(seconds(milliseconds));
}

} // namespace

PendingReply::PendingReply(QObject *parent)
    : QObject(parent)
{
}

PendingReply::PendingReply(QNetworkReply *reply, const OneShotBody *upload, qint64 maxBodyBytes, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_upload(upload)
    , m_maxBodyBytes(maxBodyBytes)
{
    reply->setParent(this);
    connect(reply, &QNetworkReply::requestSent, this, [this] { m_requestSent = true; });
    connect(reply, &QNetworkReply::readyRead, this, &PendingReply::readAvailable);
    connect(reply, &QNetworkReply::finished, this, &PendingReply::onFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the user sees what was wrong and can name a CA file in the profile.
        for (const QSslError &error : errors) {
            QString text = error.errorString();
            const QString certificate = describeCertificate(error.certificate());
            if (!certificate.isEmpty())
                text += QLatin1String(" (") + certificate + QLatin1Char(')');
            if (!m_tlsProblems.contains(text))
                m_tlsProblems.append(text);
        }
    });
}

PendingReply *PendingReply::refused(const QString &reason, QObject *parent)
{
    auto *pending = new PendingReply(parent);
    ApiResponse response;
    response.outcome = ApiResponse::Outcome::Refused;
    response.detail = reason;
    // Queued, so that callers can connect to finished() first.
    QTimer::singleShot(0, pending, [pending, response] { pending->finish(response); });
    return pending;
}

void PendingReply::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

void PendingReply::setConnectTimeout(std::chrono::milliseconds timeout)
{
    if (!m_reply || timeout.count() <= 0)
        return;
    m_connectTimeout = timeout;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, &PendingReply::connectTimedOut);
    connect(m_reply, &QNetworkReply::socketStartedConnecting, timer, [timer, timeout] { timer->start(timeout); });
    for (auto connected : {&QNetworkReply::requestSent, &QNetworkReply::encrypted, &QNetworkReply::metaDataChanged})
        connect(m_reply, connected, timer, &QTimer::stop);
}

void PendingReply::connectTimedOut()
{
    if (m_finished || !m_reply || m_reply->isFinished())
        return;
    m_connectTimedOut = true;
    m_reply->abort();
}

// Tells "could not connect" from "no answer", and a cancel before sending from one after (ApiResponse::callOutcome):
// a request counts as sent once the network stack says it wrote it, has taken any of its body, or an answer began.
// Name lookup, connection and TLS failures come before all three. The stack reports from its own thread, so a request
// without a body stopped in the instant it is written may count as unsent; a body is only taken here, as it is sent.
bool PendingReply::mayHaveSent() const
{
    return m_requestSent || (m_upload && m_upload->wasRead()) || !m_body.isEmpty()
           || (m_reply && m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
}

void PendingReply::readAvailable()
{
    // After abort() the reply is closed and has nothing more to read.
    if (!m_reply || m_tooLarge || !m_reply->isOpen())
        return;
    const QByteArray chunk = m_reply->readAll();
    if (m_body.size() + chunk.size() > m_maxBodyBytes) {
        m_body.append(chunk.left(m_maxBodyBytes - m_body.size()));
        m_tooLarge = true;
        m_reply->abort();
        return;
    }
    m_body.append(chunk);
}

void PendingReply::onFinished()
{
    if (!m_reply || m_finished)
        return;
    readAvailable();

    ApiResponse response;
    response.body = m_body;
    for (const auto &[name, value] : m_reply->rawHeaderPairs())
        response.headers.append({name, value});
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    response.httpStatus = status.isValid() ? status.toInt() : 0;
    response.requestSent = mayHaveSent();

    const QNetworkReply::NetworkError error = m_reply->error();
    if (m_cancelled) {
        response.outcome = ApiResponse::Outcome::Cancelled;
        response.detail = QCoreApplication::translate("EndpointDesk", "Cancelled.");
    } else if (m_tooLarge) {
        response.outcome = ApiResponse::Outcome::TooLarge;
        response.detail = QCoreApplication::translate("EndpointDesk", "The answer was larger than %1 KiB.")
                              .arg(m_maxBodyBytes / 1024);
    } else if (m_connectTimedOut) {
        response.outcome = ApiResponse::Outcome::TimedOut;
        const QUrl url = m_reply->url();
        const int defaultPort = url.scheme() == QLatin1String("http") ? 80 : 443;
        response.detail = QCoreApplication::translate(
                              "EndpointDesk", "Could not connect to %1:%2 within the connect timeout of %3 s. The "
                                              "timeout is set in the profile's settings (Profiles… ▸ Connect timeout).")
                              .arg(url.host())
                              .arg(url.port(defaultPort))
                              .arg(seconds(m_connectTimeout.count()));
    } else if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        // Not cancelled by us: the transfer timeout fired (before or after sending, as requestSent says).
        response.outcome = ApiResponse::Outcome::TimedOut;
        response.detail = readTimeoutText(m_reply->request().transferTimeout());
    } else if (error == QNetworkReply::SslHandshakeFailedError || !m_tlsProblems.isEmpty()) {
        response.outcome = ApiResponse::Outcome::TlsFailure;
        response.detail = m_tlsProblems.isEmpty() ? m_reply->errorString() : m_tlsProblems.join(QLatin1Char('\n'));
    } else if (status.isValid() && (error == QNetworkReply::NoError || error >= QNetworkReply::ContentAccessDenied)) {
        // Any HTTP status, including errors, is an answer for the parser to read; a body cut off
        // mid-way (RemoteHostClosedError after headers) is a network failure below.
        response.outcome = ApiResponse::Outcome::Answered;
    } else if (error == QNetworkReply::ContentReSendError) {
        response.outcome = ApiResponse::Outcome::NetworkFailure;
        // Said as the outcome will be (ApiResponse::callOutcome): sent and unanswered, or never sent.
        response.detail =
            response.requestSent
                ? QCoreApplication::translate("EndpointDesk", "The connection closed after the request was sent, "
                                                              "before the cloud answered. It was not sent again.")
                : QCoreApplication::translate("EndpointDesk", "The connection closed before the request was sent. "
                                                              "It was not sent again.");
    } else {
        response.outcome = ApiResponse::Outcome::NetworkFailure;
        response.detail = m_reply->errorString();
    }
    qCInfo(lcNet) << m_reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray().constData()
                  << m_reply->url().toDisplayString(QUrl::RemoveQuery) << "->" << response.httpStatus
                  << Outcomes::name(response.callOutcome());
    finish(response);
}

void PendingReply::finish(ApiResponse response)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(response);
    deleteLater();
}

} // namespace EndpointDesk
