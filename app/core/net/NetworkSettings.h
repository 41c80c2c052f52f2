#pragma once

#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QString>

#include <chrono>

namespace EndpointDesk {

enum class ProxyMode {
    System, // whatever the desktop or environment says
    None,   // always connect directly
    Manual  // host and port below, and a user and password when the proxy asks for them
};

// How the transport reaches the cloud: the proxy, an extra CA file and the two timeouts of one profile.
struct NetworkSettings
{
    // A CA file larger than this is refused unread: system bundles are a few hundred KiB.
    static constexpr qint64 MaxCaFileBytes = qint64{4} * 1024 * 1024;
    static constexpr int DefaultConnectTimeoutSeconds = 10;
    static constexpr int DefaultReadTimeoutSeconds = 60;

    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;
    quint16 proxyPort = 0;
    QString proxyUser;
    QString proxyPassword; // from the keychain, never from the settings file
    // Certificates trusted in addition to the system's, never instead of them; empty: the system's only.
    QString caFile;
    // Longest wait for a new connection: from its socket starting to connect until the request is written (plain
    // HTTP) or the TLS handshake is done (HTTPS), a proxy's tunnel included. See PendingReply::setConnectTimeout.
    std::chrono::milliseconds connectTimeout{std::chrono::seconds(DefaultConnectTimeoutSeconds)};
    // Longest time without any data moving, once the request is under way.
    std::chrono::milliseconds readTimeout{std::chrono::seconds(DefaultReadTimeoutSeconds)};

    // The proxy for None (NoProxy) and Manual (an HTTP proxy at host:port). For System it is DefaultProxy: the
    // transport then asks the system for each request (SystemProxyFactory).
    QNetworkProxy proxy() const;

    // The certificates of caFile, PEM (one or more) or DER. Empty without a problem when no file is named; empty
    // with *problem set, in words a person can act on, when the file is missing, unreadable or holds none.
    QList<QSslCertificate> loadCaCertificates(QString *problem) const;

    friend bool operator==(const NetworkSettings &a, const NetworkSettings &b);
    friend bool operator!=(const NetworkSettings &a, const NetworkSettings &b) { return !(a == b); }
};

} // namespace EndpointDesk
