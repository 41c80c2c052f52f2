#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace EndpointDesk {

// What came of one call to the cloud. History and inventory states are derived from this alone; error codes are
// only shown.
enum class Outcome {
    Succeeded,
    NotSent,                // refused before sending: invalid input, missing credentials, unreadable CA file
    CouldNotConnect,        // nothing reached the cloud: name not resolved, connection refused, TLS failed
    NoAnswer,               // sent, but no answer came (timeout, dropped connection): the cloud may have acted
    AnsweredError,          // the cloud answered with an error status (and usually its own code)
    UnreadableSuccess,      // the cloud answered 2xx in a form not understood: it probably acted
    CancelledBeforeSending, // the user cancelled before the request left
    CancelledAfterSending,  // the user cancelled after the request left: the cloud may have acted
};

class Outcomes
{
public:
    static QList<Outcome> all();
    // Stable names for files, such as "no-answer".
    static QString name(Outcome outcome);
    static std::optional<Outcome> fromName(const QString &name);

    // The request may have been carried out, though no success was read: the endpoint may exist (or be gone).
    static bool mayHaveActed(Outcome outcome);
    static bool isCancelled(Outcome outcome);
};

} // namespace EndpointDesk

Q_DECLARE_METATYPE(EndpointDesk::Outcome)
