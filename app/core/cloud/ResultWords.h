#pragma once

#include "EndpointResult.h"

#include <QString>

namespace EndpointDesk {

// What a person is told about a create, chosen by its Outcome alone: one headline per outcome, the
// same words in the results panel and the status bar.
class ResultWords
{
public:
    // "Created", "Nothing was sent", "The cloud refused", "No answer: the endpoint may exist"...
    static QString createHeadline(const EndpointResult &result);
    // The outcome of one create among many, in a table row: "Exists" for an endpoint the cloud already
    // had (FSS.0409), otherwise the headline, with the cloud's code and message when it was not created.
    static QString rowOutcome(const EndpointResult &result);
    // Whether anything left this computer, so that there can be an answer to show.
    static bool wasSent(Outcome outcome);
};

} // namespace EndpointDesk
