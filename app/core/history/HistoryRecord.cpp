#include "HistoryRecord.h"

namespace EndpointDesk {

QString HistoryRecord::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Delete:
        return QStringLiteral("delete");
    case Operation::Adopt:
        return QStringLiteral("adopt");
    case Operation::Create:
        break;
    }
    return QStringLiteral("create");
}

HistoryRecord::Operation HistoryRecord::operationFromName(const QString &name)
{
    if (name == QLatin1String("delete"))
        return Operation::Delete;
    if (name == QLatin1String("adopt"))
        return Operation::Adopt;
    return Operation::Create;
}

QString HistoryRecord::outcomeName(std::optional<Outcome> outcome)
{
    return outcome ? Outcomes::name(*outcome) : QStringLiteral("pending");
}

std::optional<Outcome> HistoryRecord::outcomeFromName(const QString &name)
{
    if (name == QLatin1String("pending"))
        return std::nullopt;
    // A newer version's outcome is taken as the most careful one.
    return Outcomes::fromName(name).value_or(Outcome::NoAnswer);
}

} // namespace EndpointDesk
