#pragma once

#include "ApiError.h"
#include "ApiResponse.h"
#include "Outcome.h"

#include <QMetaType>
#include <QStringList>

namespace EndpointDesk {

// The outcome of a create or delete call, ready to show.
struct EndpointResult
{
    Outcome outcome = Outcome::NoAnswer;
    QStringList endpointIps;     // create only
    QString address;             // create only: the domain name, as the cloud gave it
    bool alreadyExists = false;  // create only: refused because the cloud has an endpoint there already
    bool wasAlreadyGone = false; // delete only: the cloud had no such endpoint
    ApiError error;              // when it did not succeed, with the same outcome; or a delete's 404 of the gone
    QString requestId;
    int httpStatus = 0;
    QByteArray rawBody;

    bool succeeded() const { return outcome == Outcome::Succeeded; }
    bool wasCancelled() const { return Outcomes::isCancelled(outcome); }
};

} // namespace EndpointDesk

Q_DECLARE_METATYPE(EndpointDesk::EndpointResult)
