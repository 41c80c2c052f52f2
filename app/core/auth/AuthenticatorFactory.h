#pragma once

#include "AkSkAuthenticator.h"
#include "Authenticator.h"
#include "Credentials.h"

#include <memory>

namespace EndpointDesk {

class IamSession;

// Turns what the user typed into the authenticator CloudConnection uses.
class AuthenticatorFactory
{
public:
    // IAM password: the session's token (session may be null: every call then says "not signed in").
    // clock: the time AK/SK signatures carry; the system clock when empty.
    static std::shared_ptr<const Authenticator> create(const Credentials &credentials, IamSession *session,
                                                       AkSkAuthenticator::Clock clock = {});
};

} // namespace EndpointDesk
