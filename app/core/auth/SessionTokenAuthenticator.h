#pragma once

#include "Authenticator.h"

#include <QPointer>

namespace EndpointDesk {

class IamSession;

// Authenticates with the token of a signed-in IamSession, read at each call, so a renewed token
// is used as soon as it arrives.
class SessionTokenAuthenticator final : public Authenticator
{
public:
    explicit SessionTokenAuthenticator(IamSession *session);

    bool authenticate(ApiRequest &request, QString *problem) const override;
    QList<QByteArray> secretHeaders() const override;

    IamSession *session() const;

private:
    QPointer<IamSession> m_session;
};

} // namespace EndpointDesk
