#pragma once

#include "BatchCsv.h"
#include "EndpointResult.h"
#include "EndpointSpec.h"

namespace EndpointDesk {

// One row of a file of endpoints on its way: as written, resolved to ids, and what became of it.
struct BatchRow
{
    enum class State {
        Checking, // names are being looked up
        Invalid,  // cannot be sent; message says why
        Ready,    // valid, not sent yet
        Sending,
        Created,
        Exists,  // the cloud has this endpoint already (FSS.0409)
        Failed,  // sent, or tried, and not created; message says how
        NotSent, // stopped before it was sent (cancelled)
    };

    BatchInput input;
    EndpointSpec spec; // ids, once resolved
    State state = State::Checking;
    QString message; // why it is invalid, or its outcome
    EndpointResult result;

    // Whether the row was handed to the client: it is never handed over again.
    bool wasSent() const
    {
        return state == State::Sending || state == State::Created || state == State::Exists || state == State::Failed;
    }
    bool isFinished() const { return state != State::Ready && state != State::Sending && state != State::Checking; }
};

} // namespace EndpointDesk
