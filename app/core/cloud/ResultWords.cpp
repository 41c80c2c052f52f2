#include "ResultWords.h"

#include <QCoreApplication>

namespace EndpointDesk {

QString ResultWords::createHeadline(const EndpointResult &result)
{
    switch (result.outcome) {
    case Outcome::Succeeded:
        return QCoreApplication::translate("EndpointDesk", "Created", "the headline of a result");
    case Outcome::NotSent:
    case Outcome::CancelledBeforeSending:
        return QCoreApplication::translate("EndpointDesk", "Nothing was sent");
    case Outcome::CouldNotConnect:
        return QCoreApplication::translate("EndpointDesk", "Nothing was sent: the cloud could not be reached");
    case Outcome::AnsweredError:
        return result.alreadyExists
                   ? QCoreApplication::translate("EndpointDesk", "The cloud refused: the endpoint already exists")
                   : QCoreApplication::translate("EndpointDesk", "The cloud refused");
    case Outcome::NoAnswer:
        return QCoreApplication::translate("EndpointDesk", "No answer: the endpoint may exist");
    case Outcome::UnreadableSuccess:
        return QCoreApplication::translate("EndpointDesk", "Probably created: the answer could not be read");
    case Outcome::CancelledAfterSending:
        return QCoreApplication::translate("EndpointDesk", "Cancelled: the endpoint may exist");
    }
    return {};
}

QString ResultWords::rowOutcome(const EndpointResult &result)
{
    if (result.outcome == Outcome::AnsweredError && result.alreadyExists)
        return QCoreApplication::translate("EndpointDesk", "Exists", "an endpoint that was there already");
    const QString headline = createHeadline(result);
    if (result.succeeded() || result.error.isEmpty())
        return headline;
    const QString detail = result.error.code.isEmpty() ? result.error.message
                                                       : result.error.code + QLatin1Char(' ') + result.error.message;
    return QCoreApplication::translate("EndpointDesk", "%1: %2", "a headline and its details")
        .arg(headline, detail.trimmed());
}

bool ResultWords::wasSent(Outcome outcome)
{
    return outcome != Outcome::NotSent && outcome != Outcome::CouldNotConnect
           && outcome != Outcome::CancelledBeforeSending;
}

} // namespace EndpointDesk
