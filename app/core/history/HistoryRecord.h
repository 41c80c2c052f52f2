#pragma once

#include "EndpointNames.h"
#include "Outcome.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace EndpointDesk {

// One create or delete request as it was sent and what came of it, or an endpoint made elsewhere
// being added to the record (Adopt: nothing was sent). Never holds credentials, headers or response bodies.
struct HistoryRecord
{
    enum class Operation { Create, Delete, Adopt };

    qint64 id = -1;
    QDateTime time; // UTC
    QString profile;
    QString region;
    QString projectId;
    Operation operation = Operation::Create;
    QString vpcId;
    QString subnetId;
    QString flavor;
    QString agency;
    EndpointNames names;            // of the project, VPC and subnet, when the listings knew them
    std::optional<Outcome> outcome; // none while pending: recorded before sending and not settled yet
    int httpStatus = 0;
    QString errorCode;
    QString message;
    QString requestId;
    QString operatorName; // who sent it: user@host, empty in records older than the field

    bool isPending() const { return !outcome.has_value(); }

    static QString operationName(Operation operation);
    static Operation operationFromName(const QString &name);
    // Outcomes::name, or "pending".
    static QString outcomeName(std::optional<Outcome> outcome);
    static std::optional<Outcome> outcomeFromName(const QString &name);
};

} // namespace EndpointDesk

Q_DECLARE_METATYPE(EndpointDesk::HistoryRecord)
