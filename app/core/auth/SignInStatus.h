#pragma once

#include "Credentials.h"

#include <QString>

namespace EndpointDesk {

// Whether calls can be made with what the person entered, and what to tell them about it.
class SignInStatus
{
public:
    // A token or keys are present, or (IAM password) the session is signed in.
    static bool isReady(const Credentials &credentials, bool sessionSignedIn);
    // The sign-in line of the connection bar; sessionStatus is the IAM session's own words.
    static QString describe(const Credentials &credentials, bool sessionSignedIn, const QString &sessionStatus);
};

} // namespace EndpointDesk
