#pragma once

#include "SandboxResponse.h"

#include <QUrl>

#include <optional>

namespace EndpointDesk {

// A misbehaviour SandboxServer puts on the next `count` requests (all of them when count is -1), for tests and
// demonstrations of what the network and the cloud can do to a client.
//
// Delay and TruncatedBody let the cloud handle the request first (an endpoint may be created even though the
// client never sees the answer); the other kinds answer on the cloud's behalf without it acting.
struct SandboxFault
{
    enum class Kind {
        None,
        Delay,          // the normal answer after delayMs, without blocking the event loop
        Status,         // `status` with a cloud-style body (errorCode/errorMessage, or FSS.0<status>)
        MalformedJson,  // 200 whose JSON body is cut off mid-way, with a correct Content-Length
        Garbage,        // 200 whose body is text before JSON ("ok\n{...}"), with a correct Content-Length
        WrongTypes,     // 200 with valid JSON whose endpoints and address have the wrong types
        TruncatedBody,  // the normal answer, but Content-Length promises more than is sent; then the socket closes
        HugeBody,       // 200 with a valid JSON body of hugeBytes bytes
        DropConnection, // the connection closes without any answer
        Redirect,       // `status` (302 unless set) to `location`
        Throttle,       // 429 APIG.0308
    };

    Kind kind = Kind::None;
    int count = 1;
    QString pathContains; // empty: every request; otherwise only requests whose path contains it
    int delayMs = 0;
    int status = 0;
    QString errorCode;
    QString errorMessage;
    QUrl location;
    qint64 hugeBytes = 3 * 1024 * 1024;
    QByteArray retryAfter; // Status and Throttle: a Retry-After header with this value, when not empty

    static SandboxFault delay(int milliseconds, int count = 1);
    static SandboxFault httpStatus(int status, int count = 1, const QString &errorCode = {},
                                   const QString &errorMessage = {});
    static SandboxFault malformedJson(int count = 1);
    static SandboxFault garbage(int count = 1);
    static SandboxFault wrongTypes(int count = 1);
    static SandboxFault truncatedBody(int count = 1);
    static SandboxFault hugeBody(int count = 1, qint64 bytes = 3 * 1024 * 1024);
    static SandboxFault dropConnection(int count = 1);
    static SandboxFault redirect(const QUrl &location, int count = 1);
    static SandboxFault throttle(int count = 1);

    // "delay:MS", "status:CODE", "malformed", "garbage", "wrong-types", "truncated", "huge[:BYTES]", "drop",
    // "redirect:URL", "throttle".
    static std::optional<SandboxFault> parse(const QString &spec, QString *error = nullptr);

    bool isActive() const;
    bool appliesTo(const QString &path) const;
    // The answer for Status, MalformedJson, Garbage, WrongTypes, HugeBody, Redirect and Throttle; not stamped yet.
    SandboxResponse response() const;

private:
    SandboxResponse answer() const;
};

} // namespace EndpointDesk
