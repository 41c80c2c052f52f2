#include "ErrorParser.h"

#include "ErrorHints.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace EndpointDesk {

namespace {

// Codes may arrive as numbers (Keystone-style IAM) or strings.
QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

bool readPair(const QJsonObject &object, QLatin1String codeKey, QLatin1String messageKey, ApiError *error)
{
    if (!object.contains(codeKey) && !object.contains(messageKey))
        return false;
    const QString code = text(object.value(codeKey));
    const QString message = text(object.value(messageKey));
    if (code.isEmpty() && message.isEmpty())
        return false;
    error->code = code;
    error->message = message;
    return true;
}

QString shortened(const QByteArray &body)
{
    QString message = QString::fromUtf8(body).simplified();
    if (message.size() > ErrorParser::MaxMessageLength)
        message = message.left(ErrorParser::MaxMessageLength - 1) + QChar(0x2026);
    return message;
}

QString codeFor(ApiResponse::Outcome outcome)
{
    switch (outcome) {
    case ApiResponse::Outcome::Answered:
        return {};
    case ApiResponse::Outcome::Cancelled:
        return ErrorCodes::Cancelled;
    case ApiResponse::Outcome::TimedOut:
        return ErrorCodes::Timeout;
    case ApiResponse::Outcome::NetworkFailure:
        return ErrorCodes::Network;
    case ApiResponse::Outcome::TlsFailure:
        return ErrorCodes::Tls;
    case ApiResponse::Outcome::TooLarge:
        return ErrorCodes::TooLarge;
    case ApiResponse::Outcome::Refused:
        return ErrorCodes::Refused;
    }
    return {};
}

} // namespace

ApiError ErrorParser::parseBody(int httpStatus, const QByteArray &body)
{
    ApiError error;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        if (readPair(object, QLatin1String("error_code"), QLatin1String("error_msg"), &error)
            || readPair(object, QLatin1String("errorCode"), QLatin1String("errorMsg"), &error)
            || readPair(object, QLatin1String("code"), QLatin1String("message"), &error)
            || (object.value(QLatin1String("error")).isObject()
                && readPair(object.value(QLatin1String("error")).toObject(), QLatin1String("code"),
                            QLatin1String("message"), &error))) {
            if (error.code.isEmpty())
                error.code = QString::number(httpStatus);
            // API Gateway puts its request id in the body too.
            error.requestId = text(object.value(QLatin1String("request_id")));
            return error;
        }
    }
    error.code = QString::number(httpStatus);
    error.message =
        body.trimmed().isEmpty() ? QCoreApplication::translate("EndpointDesk", "(empty response)") : shortened(body);
    return error;
}

ApiError ErrorParser::parse(const ApiResponse &response)
{
    ApiError error;
    if (response.outcome == ApiResponse::Outcome::Answered) {
        error = parseBody(response.httpStatus, response.body);
    } else {
        error.code = codeFor(response.outcome);
        error.message = response.detail;
    }
    error.outcome = response.callOutcome();
    // A 2xx read as an error is one the caller could not use.
    if (error.outcome == Outcome::Succeeded)
        error.outcome = Outcome::UnreadableSuccess;
    error.httpStatus = response.outcome == ApiResponse::Outcome::Answered ? response.httpStatus : 0;
    if (!response.requestId().isEmpty())
        error.requestId = response.requestId();
    error.rawBody = response.body;
    error.hint = ErrorHints::hintFor(error, response);
    return error;
}

} // namespace EndpointDesk
