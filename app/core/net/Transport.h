#pragma once

#include "ApiRequest.h"
#include "NetworkSettings.h"

#include <QObject>
#include <QSslConfiguration>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace EndpointDesk {

class PendingReply;

// Sends requests asynchronously. Owns the program's only QNetworkAccessManager, so proxy,
// TLS and timeout settings apply to every call.
class Transport : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;

    explicit Transport(QObject *parent = nullptr);

    // Never blocks. The reply emits finished() exactly once.
    PendingReply *send(const ApiRequest &request);

    // Proxy, CA file and timeouts for every request sent from now on. Returns the CA file's problem, if any;
    // until settings without one are applied, every send() is refused with it, so that nothing goes out
    // trusting less (or other) than the profile says.
    QString setNetworkSettings(const NetworkSettings &settings);
    // Empty when the settings are usable.
    QString networkProblem() const { return m_problem; }
    // The TLS configuration requests carry: the default one, plus the CA file's certificates when one is named.
    QSslConfiguration sslConfiguration() const;

    // The read timeout alone (NetworkSettings::readTimeout).
    void setTimeout(std::chrono::milliseconds timeout) { m_settings.readTimeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_settings.readTimeout; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

    QNetworkAccessManager *networkAccessManager() const { return m_manager; }

    // Empty when the URL may be sent to; otherwise why not.
    static QString checkUrl(const QUrl &url);

    // Reads the system's CA certificates on a pool thread ahead of a profile naming a CA file. The
    // program does not call it at start: the certificates are read only when a profile names a CA file
    // (setNetworkSettings), and no thread is left reading them for the exit to wait for.
    static void preloadSystemCaCertificates();

private:
    QNetworkAccessManager *m_manager;
    NetworkSettings m_settings;
    QString m_problem;
    // Set only when the CA file adds certificates; otherwise requests keep Qt's default configuration.
    std::optional<QSslConfiguration> m_sslConfiguration;
    qint64 m_maxBodyBytes = MaxBodyBytes;
};

} // namespace EndpointDesk
