#include "HistoryRecord.h"

namespace EndpointDesk {

QString HistoryRecord::operationName(Operation operation)
{
    return operation == Operation::Delete ? QStringLiteral("delete") : QStringLiteral("create");
}

HistoryRecord::Operation HistoryRecord::operationFromName(const QString &name)
{
    return name == QLatin1String("delete") ? Operation::Delete : Operation::Create;
}

QString HistoryRecord::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return QStringLiteral("pending");
    case Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

HistoryRecord::Outcome HistoryRecord::outcomeFromName(const QString &name)
{
    if (name == QLatin1String("pending"))
        return Outcome::Pending;
    if (name == QLatin1String("succeeded"))
        return Outcome::Succeeded;
    if (name == QLatin1String("failed"))
        return Outcome::Failed;
    if (name == QLatin1String("cancelled"))
        return Outcome::Cancelled;
    return Outcome::Unknown;
}

} // namespace EndpointDesk
