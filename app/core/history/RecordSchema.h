#pragma once

#include <QStringList>

namespace EndpointDesk {

// The record's tables, as steps from one schema version to the next, the same for both back ends.
namespace RecordSchema {

enum class Backend { Sqlite, Postgres };

// The inventory's order: what may exist, or exists with nothing known of it, needs attention first.
// A number rather than a truth value, which PostgreSQL would not compare with a bound 1 or 0.
inline const QLatin1String AttentionFirst{"(CASE WHEN state IN ('unknown', 'exists') THEN 1 ELSE 0 END)"};

// The statements that turn version toVersion - 1 into toVersion; none past the newest.
QStringList step(int toVersion, Backend backend);

} // namespace RecordSchema
} // namespace EndpointDesk
