#pragma once

#include "ApiError.h"
#include "ApiResponse.h"

#include <QMetaType>
#include <QStringList>

namespace EndpointDesk {

// The outcome of a create or delete call, ready to show.
struct EndpointResult
{
    enum class Status { Succeeded, Failed, Cancelled };

    Status status = Status::Failed;
    QStringList endpointIps;     // create only
    QString address;             // create only: the domain name, as the cloud gave it
    bool alreadyExists = false;  // create only: refused because the cloud has an endpoint there already
    bool wasAlreadyGone = false; // delete only: the cloud had no such endpoint
    ApiError error;              // when Failed or Cancelled
    QString requestId;
    int httpStatus = 0;
    QByteArray rawBody;

    bool succeeded() const { return status == Status::Succeeded; }
};

} // namespace EndpointDesk

Q_DECLARE_METATYPE(EndpointDesk::EndpointResult)
