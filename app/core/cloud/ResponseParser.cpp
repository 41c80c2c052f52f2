#include "ResponseParser.h"

#include "ErrorParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace EndpointDesk {

namespace {

EndpointResult baseResult(const ApiResponse &response)
{
    EndpointResult result;
    result.requestId = response.requestId();
    result.httpStatus = response.httpStatus;
    result.rawBody = response.body;
    return result;
}

EndpointResult failed(const ApiResponse &response)
{
    EndpointResult result = baseResult(response);
    result.error = ErrorParser::parse(response);
    result.outcome = result.error.outcome;
    if (result.requestId.isEmpty())
        result.requestId = result.error.requestId;
    return result;
}

EndpointResult unexpected(const ApiResponse &response, const QString &why)
{
    EndpointResult result = baseResult(response);
    result.outcome = Outcome::UnreadableSuccess;
    result.error.outcome = result.outcome;
    result.error.code = ErrorCodes::UnexpectedResponse;
    result.error.message = why;
    result.error.hint = QCoreApplication::translate(
        "EndpointDesk", "The cloud answered \"success\" in a form this program does not know. The endpoint may "
                        "have been created: look at the raw response, and give support the request ID.");
    result.error.httpStatus = response.httpStatus;
    result.error.requestId = result.requestId;
    result.error.rawBody = response.body;
    return result;
}

} // namespace

EndpointResult ResponseParser::parseCreate(const ApiResponse &response)
{
    if (response.callOutcome() != Outcome::Succeeded) {
        EndpointResult result = failed(response);
        // FunctionGraph's own conflict (FSS.0409), not a gateway's: the endpoint is there, made by
        // someone else or by an earlier create whose answer was lost.
        result.alreadyExists = result.outcome == Outcome::AnsweredError && response.httpStatus == 409
                               && result.error.code.startsWith(QLatin1String("FSS."));
        return result;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return unexpected(response, QCoreApplication::translate("EndpointDesk", "The answer is not a JSON object."));

    const QJsonObject object = document.object();
    const QJsonValue endpoints = object.value(QLatin1String("endpoints"));
    const QJsonValue address = object.value(QLatin1String("address"));
    if (!endpoints.isArray() && !address.isString())
        return unexpected(response,
                          QCoreApplication::translate("EndpointDesk", "The answer has neither endpoints nor address."));
    // A field of the wrong type is an answer not understood, not a success with nothing in it.
    const auto absent = [](const QJsonValue &value) { return value.isUndefined() || value.isNull(); };
    if ((!absent(endpoints) && !endpoints.isArray()) || (!absent(address) && !address.isString()))
        return unexpected(
            response, QCoreApplication::translate("EndpointDesk",
                                                  "The answer's endpoints or address are not of the expected type."));

    EndpointResult result = baseResult(response);
    result.outcome = Outcome::Succeeded;
    for (const QJsonValue &ip : endpoints.toArray()) {
        if (ip.isString() && !ip.toString().trimmed().isEmpty())
            result.endpointIps.append(ip.toString().trimmed());
    }
    result.address = address.toString().trimmed();
    return result;
}

EndpointResult ResponseParser::parseDelete(const ApiResponse &response)
{
    const Outcome outcome = response.callOutcome();
    if (outcome == Outcome::Succeeded) {
        EndpointResult result = baseResult(response);
        result.outcome = outcome;
        return result;
    }
    if (outcome == Outcome::AnsweredError && response.httpStatus == 404) {
        // Deleting what is not there leaves the cloud as the user wants it.
        const ApiError error = ErrorParser::parse(response);
        if (error.code.startsWith(QLatin1String("FSS."))) {
            EndpointResult result = baseResult(response);
            result.outcome = Outcome::Succeeded;
            result.wasAlreadyGone = true;
            result.error = error;
            return result;
        }
    }
    return failed(response);
}

} // namespace EndpointDesk
