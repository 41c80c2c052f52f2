#pragma once

#include <QString>

namespace EndpointDesk {

// Fixed demo credentials and ids, documented so a newcomer can sign in to the sandbox by hand.
// None of these is a secret: they only open the sandbox on 127.0.0.1.
namespace SandboxDemo {

QString regionId();  // cn-north-4
QString projectId(); // the cn-north-4 project
QString domainId();
QString token(); // never expires, scoped to projectId()

QString accountName();
QString userName();
QString userId();
QString password();

// A user with virtual MFA: the password alone is refused; mfaPasscode() is always accepted as the code.
QString mfaUserName();
QString mfaUserId();
QString mfaPassword();
QString mfaPasscode();

QString accessKey();
QString secretKey();
// Temporary AK/SK: need X-Security-Token: securityToken(). They do not expire in the sandbox.
QString temporaryAccessKey();
QString temporarySecretKey();
QString securityToken();

QString agencyName(); // a FunctionGraph-trusted agency that exists

} // namespace SandboxDemo
} // namespace EndpointDesk
