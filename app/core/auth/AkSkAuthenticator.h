#pragma once

#include "Authenticator.h"

#include <QDateTime>

#include <functional>

namespace EndpointDesk {

// Signs requests with an access key and secret key (SDK-HMAC-SHA256). Temporary credentials
// also carry their security token in X-Security-Token, which is signed too.
class AkSkAuthenticator final : public Authenticator
{
public:
    enum class Kind { Permanent, Temporary };
    using Clock = std::function<QDateTime()>;

    // clock: the time written to X-Sdk-Date; the system clock when empty (tests pass a fixed one).
    AkSkAuthenticator(QString accessKey, QString secretKey, QString securityToken = {}, Kind kind = Kind::Permanent,
                      Clock clock = {});

    bool authenticate(ApiRequest &request, QString *problem) const override;
    QList<QByteArray> secretHeaders() const override;

    Kind kind() const { return m_kind; }

    // The headers signed when present, in the order of the published signing examples.
    static QList<QByteArray> signableHeaders();
    // UTC, yyyyMMddTHHmmssZ.
    static QByteArray sdkDate(const QDateTime &time);

private:
    QString m_accessKey;
    QString m_secretKey;
    QString m_securityToken;
    Kind m_kind;
    Clock m_clock;
};

} // namespace EndpointDesk
