#include "ErrorHints.h"

#include <QCoreApplication>

namespace EndpointDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EndpointDesk", text);
}

QString hintForAuthenticationFailure(const QString &message)
{
    const QString lower = message.toLower();
    if (lower.contains(QLatin1String("token expire")))
        return tr("The token has expired. Sign in again, or paste a new token.");
    if (lower.contains(QLatin1String("x-auth-token not found")))
        return tr("No token was sent. Sign in, or paste a token in the profile.");
    if (lower.contains(QLatin1String("decrypt token fail")) || lower.contains(QLatin1String("token")))
        return tr("The token was not accepted: it may be mistyped, revoked, or from another region. "
                  "Sign in again, or paste a new token.");
    if (lower.contains(QLatin1String("signature")))
        return tr("The AK/SK signature was refused: check that the secret key belongs to this access key. "
                  "After more than 5 failures in a row the access key is locked for 5 minutes.");
    if (lower.contains(QLatin1String("sdk-date")) || lower.contains(QLatin1String("time")))
        return tr("The request's time was refused: this computer's clock must be within 15 minutes of the "
                  "cloud's. Correct the clock and try again.");
    if (lower.contains(QLatin1String("access key")) || lower.contains(QLatin1String("ak ")))
        return tr("The access key is unknown or disabled. Check it in My Credentials.");
    return tr("The cloud did not accept the credentials. Check the profile's sign-in details and try again.");
}

} // namespace

QString ErrorHints::hintForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return tr("The cloud refused a value in the request. Check the VPC, subnet, flavor and agency, "
                  "then try again.");
    case 401:
        return tr("You are not signed in, or the credentials were not accepted. Sign in again or check the "
                  "token or keys.");
    case 403:
        return tr("You are signed in but not allowed to do this. Ask an administrator for FunctionGraph and "
                  "VPC endpoint permissions, or choose an agency that has them.");
    case 404:
        return tr("Something named in the request was not found: check the project, VPC and subnet, and that "
                  "the region offers VPC endpoints.");
    case 409:
        return tr("An endpoint for this VPC and subnet already exists.");
    case 429:
        return tr("Too many requests. Wait a few seconds, then try again.");
    case 500:
        return tr("The cloud failed while handling the request. Wait a minute and try again; if it keeps "
                  "happening, give support the request ID.");
    case 502:
    case 503:
    case 504:
        return tr("The cloud's gateway is busy or unavailable. Wait a minute and try again.");
    default:
        break;
    }
    if (httpStatus >= 500)
        return hintForStatus(500);
    if (httpStatus >= 300 && httpStatus < 400)
        return tr("The server answered with a redirect, which is not followed with credentials attached. "
                  "Check the endpoint address.");
    return {};
}

QString ErrorHints::hintFor(const ApiError &error, ApiResponse::Outcome outcome)
{
    switch (outcome) {
    case ApiResponse::Outcome::Answered:
        break;
    case ApiResponse::Outcome::Cancelled:
        return tr("You cancelled the request. If it had already reached the cloud, the endpoint may exist: "
                  "creating it again will say so.");
    case ApiResponse::Outcome::TimedOut:
        return tr("No answer in time. The request may still have reached the cloud; check before trying "
                  "again.");
    case ApiResponse::Outcome::NetworkFailure:
        return tr("The cloud could not be reached. Check the network connection, proxy and endpoint address.");
    case ApiResponse::Outcome::TlsFailure:
        return tr("The server's certificate is not trusted. If your organisation uses its own certificate "
                  "authority, name its CA file in the profile.");
    case ApiResponse::Outcome::TooLarge:
        return tr("The answer was far larger than any the cloud sends; it was cut off. Check the endpoint "
                  "address.");
    case ApiResponse::Outcome::Refused:
        return {};
    }

    const QString &code = error.code;
    if (code == QLatin1String("APIGW.0301") || code == QLatin1String("APIG.0301"))
        return hintForAuthenticationFailure(error.message);
    if (code == QLatin1String("APIGW.0101") || code == QLatin1String("APIG.0101"))
        return tr("This address does not offer the call: the endpoint address may be wrong, or the region does "
                  "not offer VPC endpoints.");
    if (code == QLatin1String("APIG.0308") || code == QLatin1String("APIGW.0308"))
        return tr("The cloud is limiting requests. Wait 2 to 5 seconds, then try again.");
    if (code == QLatin1String("FSS.0409"))
        return hintForStatus(409);
    if (code == QLatin1String("FSS.0429"))
        return hintForStatus(429);
    return hintForStatus(error.httpStatus);
}

} // namespace EndpointDesk
