#include "Outcome.h"

namespace EndpointDesk {

QList<Outcome> Outcomes::all()
{
    return {Outcome::Succeeded,
            Outcome::NotSent,
            Outcome::CouldNotConnect,
            Outcome::NoAnswer,
            Outcome::AnsweredError,
            Outcome::UnreadableSuccess,
            Outcome::CancelledBeforeSending,
            Outcome::CancelledAfterSending};
}

QString Outcomes::name(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case Outcome::NotSent:
        return QStringLiteral("not-sent");
    case Outcome::CouldNotConnect:
        return QStringLiteral("could-not-connect");
    case Outcome::NoAnswer:
        return QStringLiteral("no-answer");
    case Outcome::AnsweredError:
        return QStringLiteral("answered-error");
    case Outcome::UnreadableSuccess:
        return QStringLiteral("unreadable-success");
    case Outcome::CancelledBeforeSending:
        return QStringLiteral("cancelled-before-sending");
    case Outcome::CancelledAfterSending:
        return QStringLiteral("cancelled-after-sending");
    }
    return {};
}

std::optional<Outcome> Outcomes::fromName(const QString &name)
{
    for (Outcome outcome : all()) {
        if (Outcomes::name(outcome) == name)
            return outcome;
    }
    return std::nullopt;
}

bool Outcomes::mayHaveActed(Outcome outcome)
{
    return outcome == Outcome::NoAnswer || outcome == Outcome::UnreadableSuccess
           || outcome == Outcome::CancelledAfterSending;
}

bool Outcomes::isCancelled(Outcome outcome)
{
    return outcome == Outcome::CancelledBeforeSending || outcome == Outcome::CancelledAfterSending;
}

} // namespace EndpointDesk
