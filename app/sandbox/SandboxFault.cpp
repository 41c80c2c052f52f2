#include "SandboxFault.h"

#include <QJsonObject>

namespace EndpointDesk {

namespace {

SandboxFault make(SandboxFault::Kind kind, int count)
{
    SandboxFault fault;
    fault.kind = kind;
    fault.count = count;
    return fault;
}

} // namespace

SandboxFault SandboxFault::delay(int milliseconds, int count)
{
    SandboxFault fault = make(Kind::Delay, count);
    fault.delayMs = milliseconds;
    return fault;
}

SandboxFault SandboxFault::httpStatus(int status, int count, const QString &errorCode, const QString &errorMessage)
{
    SandboxFault fault = make(Kind::Status, count);
    fault.status = status;
    fault.errorCode = errorCode;
    fault.errorMessage = errorMessage;
    return fault;
}

SandboxFault SandboxFault::malformedJson(int count)
{
    return make(Kind::MalformedJson, count);
}

SandboxFault SandboxFault::garbage(int count)
{
    return make(Kind::Garbage, count);
}

SandboxFault SandboxFault::wrongTypes(int count)
{
    return make(Kind::WrongTypes, count);
}

SandboxFault SandboxFault::truncatedBody(int count)
{
    return make(Kind::TruncatedBody, count);
}

SandboxFault SandboxFault::hugeBody(int count, qint64 bytes)
{
    SandboxFault fault = make(Kind::HugeBody, count);
    fault.hugeBytes = bytes;
    return fault;
}

SandboxFault SandboxFault::dropConnection(int count)
{
    return make(Kind::DropConnection, count);
}

SandboxFault SandboxFault::redirect(const QUrl &location, int count)
{
    SandboxFault fault = make(Kind::Redirect, count);
    fault.location = location;
    fault.status = 302;
    return fault;
}

SandboxFault SandboxFault::throttle(int count)
{
    return make(Kind::Throttle, count);
}

std::optional<SandboxFault> SandboxFault::parse(const QString &spec, QString *error)
{
    const QString kind = spec.section(QLatin1Char(':'), 0, 0);
    const QString argument = spec.section(QLatin1Char(':'), 1);
    auto fail = [error](const QString &message) -> std::optional<SandboxFault> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    bool ok = false;
    if (kind == QLatin1String("delay")) {
        const int ms = argument.toInt(&ok);
        if (!ok || ms < 0)
            return fail(QStringLiteral("delay needs milliseconds, e.g. delay:3000"));
        return delay(ms);
    }
    if (kind == QLatin1String("status")) {
        const int status = argument.toInt(&ok);
        if (!ok || status < 100 || status > 599)
            return fail(QStringLiteral("status needs an HTTP status, e.g. status:503"));
        return httpStatus(status);
    }
    if (kind == QLatin1String("huge")) {
        const qint64 bytes = argument.isEmpty() ? 3 * 1024 * 1024 : argument.toLongLong(&ok);
        if (!argument.isEmpty() && (!ok || bytes < 64))
            return fail(QStringLiteral("huge takes a size in bytes of at least 64, e.g. huge:3145728"));
        return hugeBody(1, bytes);
    }
    if (kind == QLatin1String("redirect")) {
        const QUrl location(argument);
        if (!location.isValid() || location.scheme().isEmpty())
            return fail(QStringLiteral("redirect needs an absolute URL, e.g. redirect:https://example.com/"));
        return redirect(location);
    }
    if (!argument.isEmpty())
        return fail(QStringLiteral("%1 takes no argument").arg(kind));
    if (kind == QLatin1String("malformed"))
        return malformedJson();
    if (kind == QLatin1String("garbage"))
        return garbage();
    if (kind == QLatin1String("wrong-types"))
        return wrongTypes();
    if (kind == QLatin1String("truncated"))
        return truncatedBody();
    if (kind == QLatin1String("drop"))
        return dropConnection();
    if (kind == QLatin1String("throttle"))
        return throttle();
    return fail(QStringLiteral("unknown fault \"%1\"; use delay, status, malformed, garbage, wrong-types, "
                               "truncated, huge, drop, "
                               "redirect or throttle")
                    .arg(kind));
}

bool SandboxFault::isActive() const
{
    return kind != Kind::None && count != 0;
}

bool SandboxFault::appliesTo(const QString &path) const
{
    return isActive() && (pathContains.isEmpty() || path.contains(pathContains));
}

SandboxResponse SandboxFault::response() const
{
    SandboxResponse response = answer();
    if (!retryAfter.isEmpty() && (kind == Kind::Status || kind == Kind::Throttle))
        response.setHeader("Retry-After", retryAfter);
    return response;
}

SandboxResponse SandboxFault::answer() const
{
    switch (kind) {
    case Kind::Status: {
        const QString code = errorCode.isEmpty()
                                 ? QStringLiteral("FSS.") + QString::number(status).rightJustified(4, QLatin1Char('0'))
                                 : errorCode;
        const QString message =
            errorMessage.isEmpty() ? QStringLiteral("Injected failure with HTTP status %1").arg(status) : errorMessage;
        return SandboxResponse::error(status, code, message);
    }
    case Kind::MalformedJson: {
        SandboxResponse response;
        response.body = R"({"endpoints":["192.168.0.10","192.168.0.11"],"address":"https://)";
        response.setHeader("Content-Type", "application/json");
        return response;
    }
    case Kind::Garbage: {
        SandboxResponse response;
        response.body = "ok\n{\"endpoints\":[\"192.168.0.10\"],\"address\":\"https://garbage.example\"}";
        response.setHeader("Content-Type", "application/json");
        return response;
    }
    case Kind::WrongTypes: {
        SandboxResponse response;
        response.body = R"({"endpoints":"192.168.0.10","address":42})";
        response.setHeader("Content-Type", "application/json");
        return response;
    }
    case Kind::HugeBody: {
        // Valid JSON, so only its size can be the problem.
        const QByteArray open = R"({"endpoints":[],"address":"https://huge.example","padding":")";
        const QByteArray close = "\"}";
        SandboxResponse response;
        response.body = open + QByteArray(qMax<qint64>(0, hugeBytes - open.size() - close.size()), 'x') + close;
        response.setHeader("Content-Type", "application/json");
        return response;
    }
    case Kind::Redirect: {
        SandboxResponse response;
        response.status = status == 0 ? 302 : status;
        response.setHeader("Location", location.toEncoded());
        return response;
    }
    case Kind::Throttle: {
        const QByteArray requestId = SandboxResponse::newRequestId();
        SandboxResponse response = SandboxResponse::fromJson(
            429, QJsonDocument(QJsonObject{
                     {QStringLiteral("error_code"), QStringLiteral("APIG.0308")},
                     {QStringLiteral("error_msg"),
                      QStringLiteral("The throttling threshold has been reached: policy user over ratelimit,"
                                     "limit:100,time:1 minute")},
                     {QStringLiteral("request_id"), QString::fromLatin1(requestId)},
                 }));
        response.setHeader("X-Request-Id", requestId);
        return response;
    }
    case Kind::None:
    case Kind::Delay:
    case Kind::TruncatedBody:
    case Kind::DropConnection:
        break;
    }
    return {};
}

} // namespace EndpointDesk
