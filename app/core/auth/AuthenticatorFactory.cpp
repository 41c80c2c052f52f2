#include "AuthenticatorFactory.h"

#include "SessionTokenAuthenticator.h"
#include "TokenAuthenticator.h"

namespace EndpointDesk {

std::shared_ptr<const Authenticator> AuthenticatorFactory::create(const Credentials &credentials, IamSession *session,
                                                                  AkSkAuthenticator::Clock clock)
{
    switch (credentials.method) {
    case AuthMethod::Token:
        return std::make_shared<const TokenAuthenticator>(credentials.token);
    case AuthMethod::IamPassword:
        return std::make_shared<const SessionTokenAuthenticator>(session);
    case AuthMethod::AkSk:
        return std::make_shared<const AkSkAuthenticator>(credentials.accessKey, credentials.secretKey, QString(),
                                                         AkSkAuthenticator::Kind::Permanent, std::move(clock));
    case AuthMethod::TemporaryAkSk:
        return std::make_shared<const AkSkAuthenticator>(credentials.accessKey, credentials.secretKey,
                                                         credentials.securityToken, AkSkAuthenticator::Kind::Temporary,
                                                         std::move(clock));
    }
    return {};
}

} // namespace EndpointDesk
