#pragma once

#include "ApiRequest.h"

#include <QObject>

#include <chrono>

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

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

    QNetworkAccessManager *networkAccessManager() const { return m_manager; }

    // Empty when the URL may be sent to; otherwise why not.
    static QString checkUrl(const QUrl &url);

private:
    QNetworkAccessManager *m_manager;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(60)};
    qint64 m_maxBodyBytes = MaxBodyBytes;
};

} // namespace EndpointDesk
