#pragma once

#include "Authenticator.h"

namespace EndpointDesk {

// Authenticates with an IAM token in X-Auth-Token.
class TokenAuthenticator final : public Authenticator
{
public:
    explicit TokenAuthenticator(QString token);

    bool authenticate(ApiRequest &request, QString *problem) const override;
    QList<QByteArray> secretHeaders() const override;

private:
    QString m_token;
};

} // namespace EndpointDesk
