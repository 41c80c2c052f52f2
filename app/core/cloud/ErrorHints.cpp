#include "ErrorHints.h"

#include <QCoreApplication>
#include <QLocale>

#include <initializer_list>

namespace EndpointDesk {

namespace {

bool containsAny(const QString &lower, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (lower.contains(QLatin1String(needle)))
            return true;
    }
    return false;
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString clockHint(const QDateTime &serverTime, const QDateTime &localNow)
{
    if (!serverTime.isValid())
        return QCoreApplication::translate(
            "EndpointDesk", "The request's time was refused: this computer's clock must be within 15 minutes of the "
                            "cloud's. Correct the clock (and its time zone) and try again.");
    const qint64 seconds = serverTime.secsTo(localNow);
    const qint64 minutes = (qAbs(seconds) + 30) / 60;
    const QString text =
        seconds > 0
            ? QCoreApplication::translate(
                "EndpointDesk",
                "This computer's clock is %1 minutes off (ahead): it says %2, the cloud says %3. Signed requests "
                "are refused when the clocks differ by more than 15 minutes. Correct the clock (and its time zone), "
                "then try again.")
            : QCoreApplication::translate(
                "EndpointDesk",
                "This computer's clock is %1 minutes off (behind): it says %2, the cloud says %3. Signed requests "
                "are refused when the clocks differ by more than 15 minutes. Correct the clock (and its time zone), "
                "then try again.");
    return text.arg(minutes).arg(timeText(localNow), timeText(serverTime));
}

// APIGW.0301: IAM authentication failed at the gateway. The message after the colon says why.
// Substrings are those the SDKs and the API Gateway documentation show ("verify aksk signature fail",
// "decrypt token fail", "x-auth-token not found", "token expires, expires_at: ..."); the wording for
// a locked, unknown or token-less temporary access key is unconfirmed, hence several variants.
QString hintForAuthenticationFailure(const QString &message, const QDateTime &serverTime, const QDateTime &localNow)
{
    const QString lower = message.toLower();
    // Clocks that far apart make any signature fail, whatever the message says; tokens do not
    // depend on this computer's clock.
    const bool aboutToken = lower.contains(QLatin1String("token")) && !lower.contains(QLatin1String("security"));
    if (!aboutToken && serverTime.isValid() && qAbs(serverTime.secsTo(localNow)) > ErrorHints::MaxClockSkewSeconds)
        return clockHint(serverTime, localNow);
    if (containsAny(lower, {"lock", "too many", "frequent"}))
        return QCoreApplication::translate(
            "EndpointDesk",
            "The access key is locked for 5 minutes after more than 5 failed signatures in a row. Check "
            "the secret key, then wait 5 minutes before trying again.");
    if (containsAny(lower, {"security token", "securitytoken", "security-token", "x-security-token"}))
        return QCoreApplication::translate(
            "EndpointDesk",
            "These are temporary access keys: they work only together with their security token, and "
            "only until it expires. Choose \"Temporary AK/SK\", paste the security token that came with "
            "the keys, or get new temporary credentials.");
    if (containsAny(lower, {"token expire", "expired token", "token has expired"}))
        return QCoreApplication::translate(
            "EndpointDesk",
            "The token has expired or was revoked. A pasted token cannot be renewed by the program: paste "
            "a new one, or use the IAM password method, which renews its token by itself (with MFA, sign in "
            "again with a new code).");
    if (lower.contains(QLatin1String("x-auth-token not found")))
        return QCoreApplication::translate("EndpointDesk",
                                           "No token was sent. Sign in, or paste a token in the profile.");
    if (containsAny(lower, {"sdk-date", "sdk date", "request time", "timestamp", "clock"}))
        return clockHint(serverTime, localNow);
    if (containsAny(lower, {"ak not found", "ak not exist", "unknown ak", "invalid ak", "ak is invalid", "ak is not"})
        || (lower.contains(QLatin1String("access key"))
            && containsAny(lower, {"not found", "not exist", "invalid", "unknown", "disabled"})))
        return QCoreApplication::translate(
            "EndpointDesk",
            "The access key is unknown or disabled: check it in My Credentials (a deleted or disabled key, "
            "or one from another Huawei Cloud site, is refused).");
    if (lower.contains(QLatin1String("signature")))
        return QCoreApplication::translate(
            "EndpointDesk",
            "The AK/SK signature was refused: check that the secret key belongs to this access key, and "
            "that this computer's clock is right. After more than 5 failures in a row the access key is "
            "locked for 5 minutes.");
    if (lower.contains(QLatin1String("token")))
        return QCoreApplication::translate(
            "EndpointDesk", "The token was not accepted: it may be mistyped, revoked, or from another region. Sign in "
                            "again, or paste a new token.");
    return QCoreApplication::translate(
        "EndpointDesk", "The cloud did not accept the credentials. Check the profile's sign-in details and try again.");
}

QString hintForIamSignIn(const ApiError &error, bool usedMfa)
{
    const QString lower = error.message.toLower();
    // Keystone-style IAM answers {"error": {"code": 401, "message": "The username or password is wrong."}}
    // for a wrong account, user or password, and "mfa totp code verify fail" for a wrong MFA code.
    // The wording for MFA-required, locked, disabled and federated users is unconfirmed: matched loosely.
    if (containsAny(lower, {"huawei id", "huaweiid", "huawei account", "federat", "identity provider", "virtual user"}))
        return QCoreApplication::translate(
            "EndpointDesk", "This account signs in with a HUAWEI ID or through a federated identity provider, which "
                            "cannot get a token with a password here. Ask an administrator for an IAM user with "
                            "programmatic access, or use access keys (AK/SK).");
    if (containsAny(lower, {"lock"}))
        return QCoreApplication::translate(
            "EndpointDesk", "The user is locked after too many failed sign-ins. Wait until the lock ends (15 minutes "
                            "unless the administrator set otherwise), or ask an administrator to unlock it.");
    if (containsAny(lower, {"mfa", "totp", "passcode", "verification code", "login protect"})) {
        if (usedMfa)
            return QCoreApplication::translate(
                "EndpointDesk", "The MFA code was not accepted. Codes change every 30 seconds and work once: enter the "
                                "current code from the MFA app, check that MFA user ID is this user's IAM user ID, and "
                                "that the phone's clock is right.");
        return QCoreApplication::translate(
            "EndpointDesk",
            "This user must sign in with virtual MFA: enter the current code from the MFA app in MFA code "
            "and the IAM user ID in MFA user ID.");
    }
    if (containsAny(lower, {"disabled", "not enabled", "access mode", "access type", "programmatic"}))
        return QCoreApplication::translate(
            "EndpointDesk",
            "The IAM user is disabled or not allowed programmatic access. Ask an administrator to enable "
            "it and allow programmatic access.");
    if (containsAny(lower, {"password is wrong", "username or password", "password", "user name", "username"})
        || error.httpStatus == 401)
        return QCoreApplication::translate(
            "EndpointDesk",
            "The account name, IAM user name or password is wrong. All three are case-sensitive; for the "
            "account itself, enter its name as both the account and the user name. Several failures in a "
            "row lock the user for a while.");
    if (error.httpStatus == 404 || lower.contains(QLatin1String("could not find"))
        || (lower.contains(QLatin1String("project")) && containsAny(lower, {"not exist", "not found"})))
        return QCoreApplication::translate(
            "EndpointDesk", "IAM did not find the project: check the project ID, or leave it empty to use the region's "
                            "default project.");
    if (error.httpStatus == 403)
        return QCoreApplication::translate(
            "EndpointDesk", "IAM refused a token for this project: the user may have no permissions in it. Check the "
                            "project ID and the user's permissions.");
    if (error.httpStatus == 400)
        return QCoreApplication::translate(
            "EndpointDesk",
            "IAM did not understand the sign-in request: check that the account and user names, and the "
            "MFA user ID, have no stray characters.");
    return ErrorHints::hintForStatus(error.httpStatus);
}

} // namespace

QString ErrorHints::hintForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return QCoreApplication::translate(
            "EndpointDesk", "The cloud refused a value in the request. Check the VPC, subnet, flavor and agency, "
                            "then try again.");
    case 401:
        return QCoreApplication::translate(
            "EndpointDesk", "You are not signed in, or the credentials were not accepted. Sign in again or check the "
                            "token or keys.");
    case 403:
        return QCoreApplication::translate(
            "EndpointDesk", "You are signed in but not allowed to do this. Ask an administrator for FunctionGraph and "
                            "VPC endpoint permissions, or choose an agency that has them.");
    case 404:
        return QCoreApplication::translate(
            "EndpointDesk", "Something named in the request was not found: check the project, VPC and subnet, and that "
                            "the region offers VPC endpoints.");
    case 409:
        return QCoreApplication::translate("EndpointDesk", "An endpoint for this VPC and subnet already exists.");
    case 429:
        return QCoreApplication::translate("EndpointDesk", "Too many requests. Wait a few seconds, then try again.");
    case 500:
        return QCoreApplication::translate(
            "EndpointDesk", "The cloud failed while handling the request. Wait a minute and try again; if it keeps "
                            "happening, give support the request ID.");
    case 502:
    case 503:
    case 504:
        return QCoreApplication::translate("EndpointDesk",
                                           "The cloud's gateway is busy or unavailable. Wait a minute and try again.");
    default:
        break;
    }
    if (httpStatus >= 500)
        return hintForStatus(500);
    if (httpStatus >= 300 && httpStatus < 400)
        return QCoreApplication::translate(
            "EndpointDesk", "The server answered with a redirect, which is not followed with credentials attached. "
                            "Check the endpoint address.");
    return {};
}

QString ErrorHints::hintFor(const ApiError &error, ApiResponse::Outcome outcome)
{
    switch (outcome) {
    case ApiResponse::Outcome::Answered:
        break;
    case ApiResponse::Outcome::Cancelled:
        if (error.outcome == Outcome::CancelledBeforeSending)
            return QCoreApplication::translate(
                "EndpointDesk", "You cancelled the request before it was sent: nothing reached the cloud.");
        return QCoreApplication::translate(
            "EndpointDesk", "You cancelled the request. If it had already reached the cloud, the endpoint may exist: "
                            "creating it again will say so.");
    case ApiResponse::Outcome::TimedOut:
    case ApiResponse::Outcome::NetworkFailure:
        if (error.outcome == Outcome::CouldNotConnect)
            return QCoreApplication::translate(
                "EndpointDesk",
                "The cloud could not be reached. Check the network connection, proxy and endpoint address.");
        if (error.outcome == Outcome::UnreadableSuccess)
            return QCoreApplication::translate(
                "EndpointDesk",
                "The cloud's answer of success was cut off. The request was probably carried out: check "
                "before trying again.");
        if (outcome == ApiResponse::Outcome::TimedOut)
            return QCoreApplication::translate(
                "EndpointDesk", "No answer in time. The request may still have reached the cloud; check before trying "
                                "again.");
        return QCoreApplication::translate(
            "EndpointDesk", "The connection failed after the request was sent, so it may have reached the cloud; check "
                            "before trying again.");
    case ApiResponse::Outcome::TlsFailure:
        return QCoreApplication::translate(
            "EndpointDesk", "The server's certificate is not trusted. If your organisation uses its own certificate "
                            "authority, name its CA file in the profile.");
    case ApiResponse::Outcome::TooLarge:
        return QCoreApplication::translate(
            "EndpointDesk", "The answer was far larger than any the cloud sends; it was cut off. Check the endpoint "
                            "address.");
    case ApiResponse::Outcome::Refused:
        return {};
    }

    const QString &code = error.code;
    if (code == QLatin1String("APIGW.0301") || code == QLatin1String("APIG.0301"))
        return hintForAuthenticationFailure(error.message, QDateTime(), QDateTime::currentDateTimeUtc());
    if (code == QLatin1String("APIGW.0101") || code == QLatin1String("APIG.0101"))
        return QCoreApplication::translate(
            "EndpointDesk",
            "This address does not offer the call: the endpoint address may be wrong, or the region does "
            "not offer VPC endpoints.");
    if (code == QLatin1String("APIG.0308") || code == QLatin1String("APIGW.0308"))
        return QCoreApplication::translate("EndpointDesk",
                                           "The cloud is limiting requests. Wait 2 to 5 seconds, then try again.");
    if (code == QLatin1String("FSS.0409"))
        return hintForStatus(409);
    if (code == QLatin1String("FSS.0429"))
        return hintForStatus(429);
    return hintForStatus(error.httpStatus);
}

QString ErrorHints::hintFor(const ApiError &error, const ApiResponse &response, const QDateTime &localNow)
{
    const QString &code = error.code;
    if (response.outcome == ApiResponse::Outcome::Answered
        && (code == QLatin1String("APIGW.0301") || code == QLatin1String("APIG.0301"))) {
        return hintForAuthenticationFailure(error.message, parseHttpDate(response.header(QByteArrayLiteral("Date"))),
                                            localNow.isValid() ? localNow : QDateTime::currentDateTimeUtc());
    }
    return hintFor(error, response.outcome);
}

QString ErrorHints::hintForSignIn(const ApiError &error, ApiResponse::Outcome outcome, bool usedMfa)
{
    switch (outcome) {
    case ApiResponse::Outcome::Answered:
        return hintForIamSignIn(error, usedMfa);
    case ApiResponse::Outcome::NetworkFailure:
    case ApiResponse::Outcome::TimedOut:
        return QCoreApplication::translate(
            "EndpointDesk",
            "IAM could not be reached, so nobody is signed in. Check the network connection, the proxy and "
            "the endpoint address, then sign in again.");
    default:
        return hintFor(error, outcome);
    }
}

QDateTime ErrorHints::parseHttpDate(const QByteArray &value)
{
    // "Sun, 06 Nov 1994 08:49:37 GMT": Qt 6.4's RFC 2822 reader refuses the "GMT" zone.
    const QString text = QString::fromLatin1(value).section(QLatin1Char(','), 1).trimmed();
    if (text.isEmpty())
        return {};
    QDateTime time = QLocale::c().toDateTime(text, QStringLiteral("d MMM yyyy HH:mm:ss 'GMT'"));
    if (!time.isValid())
        return {};
    time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace EndpointDesk
