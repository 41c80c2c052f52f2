#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace EndpointDesk {

// One create or delete request as it was sent and what came of it. Never holds credentials,
// headers or response bodies.
struct HistoryRecord
{
    enum class Operation { Create, Delete };
    // Pending: recorded before sending and not settled yet. Unknown: sent, but no clear answer
    // came back (timeout, dropped connection, the program ended while waiting).
    enum class Outcome { Pending, Succeeded, Failed, Cancelled, Unknown };

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
    Outcome outcome = Outcome::Pending;
    int httpStatus = 0;
    QString errorCode;
    QString message;
    QString requestId;

    static QString operationName(Operation operation);
    static Operation operationFromName(const QString &name);
    static QString outcomeName(Outcome outcome);
    static Outcome outcomeFromName(const QString &name);
};

} // namespace EndpointDesk

Q_DECLARE_METATYPE(EndpointDesk::HistoryRecord)
