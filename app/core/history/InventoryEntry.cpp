#include "InventoryEntry.h"

namespace EndpointDesk {

QString InventoryEntry::stateName(State state)
{
    switch (state) {
    case State::Active:
        return QStringLiteral("active");
    case State::Deleted:
        return QStringLiteral("deleted");
    case State::Exists:
        return QStringLiteral("exists");
    case State::Adopted:
        return QStringLiteral("adopted");
    case State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

InventoryEntry::State InventoryEntry::stateFromName(const QString &name)
{
    if (name == QLatin1String("active"))
        return State::Active;
    if (name == QLatin1String("deleted"))
        return State::Deleted;
    if (name == QLatin1String("exists"))
        return State::Exists;
    if (name == QLatin1String("adopted"))
        return State::Adopted;
    // Anything else, including a newer version's states, is treated as "may exist".
    return State::Unknown;
}

} // namespace EndpointDesk
