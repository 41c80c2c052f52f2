#pragma once

#include "ApiError.h"
#include "Credentials.h"
#include "IamSessionInfo.h"

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
    // Whose a pasted token is and until when (in local time), as IAM told.
    static QString describeToken(const IamSessionInfo &info);
    // A failed sign-in or token check in words: what IAM or the network said, what to do, and the
    // request ID support asks for.
    static QString describeFailure(const ApiError &error);
};

} // namespace EndpointDesk
