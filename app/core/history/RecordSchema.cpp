#include "RecordSchema.h"

namespace EndpointDesk {

// One step per schema version; step N turns version N-1 into version N. Both back ends take the same
// steps; only the type of a growing key is spelt differently, and PostgreSQL's endpoints get the row
// number SQLite gives every table (rowid), which the inventory's order uses.
QStringList RecordSchema::step(int toVersion, Backend backend)
{
    const bool postgres = backend == Backend::Postgres;
    switch (toVersion) {
    case 1:
        // Version 1 removed an endpoint's row when it was deleted.
        return {
            QStringLiteral("CREATE TABLE requests ("
                           " id %1,")
                    .arg(postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                  : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"))
                + QStringLiteral(" time TEXT NOT NULL,"
                                 " profile TEXT NOT NULL DEFAULT '',"
                                 " region TEXT NOT NULL,"
                                 " project TEXT NOT NULL,"
                                 " operation TEXT NOT NULL,"
                                 " vpc TEXT NOT NULL,"
                                 " subnet TEXT NOT NULL,"
                                 " flavor TEXT NOT NULL DEFAULT '',"
                                 " agency TEXT NOT NULL DEFAULT '',"
                                 " outcome TEXT NOT NULL,"
                                 " http_status INTEGER NOT NULL DEFAULT 0,"
                                 " error_code TEXT NOT NULL DEFAULT '',"
                                 " message TEXT NOT NULL DEFAULT '',"
                                 " request_id TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE endpoints (")
                + (postgres ? QLatin1String(" rowid BIGSERIAL,") : QLatin1String())
                + QStringLiteral(" region TEXT NOT NULL,"
                                 " project TEXT NOT NULL,"
                                 " vpc TEXT NOT NULL,"
                                 " subnet TEXT NOT NULL,"
                                 " flavor TEXT NOT NULL DEFAULT '',"
                                 " agency TEXT NOT NULL DEFAULT '',"
                                 " ips TEXT NOT NULL DEFAULT '[]',"
                                 " address TEXT NOT NULL DEFAULT '',"
                                 " created_time TEXT NOT NULL DEFAULT '',"
                                 " profile TEXT NOT NULL DEFAULT '',"
                                 " UNIQUE (region, project, vpc, subnet))"),
        };
    case 2:
        // Deleted and uncertain endpoints stay listed, with their state.
        return {
            QStringLiteral("ALTER TABLE endpoints ADD COLUMN state TEXT NOT NULL DEFAULT 'active'"),
            QStringLiteral("ALTER TABLE endpoints ADD COLUMN deleted_time TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX requests_outcome ON requests (outcome)"),
        };
    case 3:
        // Outcomes by name (Outcomes::name), read from the coarse outcome, code and status version 2 kept.
        // Version 2 could not tell when a cancel came or whether a failed connection had sent the request, and
        // listed those endpoints as "may exist": they stay so. A status is an answer, whatever version 2 made of it.
        return {
            QStringLiteral("UPDATE requests SET outcome = CASE"
                           " WHEN outcome IN ('pending', 'succeeded') THEN outcome"
                           " WHEN outcome = 'cancelled' THEN 'cancelled-after-sending'"
                           " WHEN http_status BETWEEN 200 AND 299 THEN 'unreadable-success'"
                           " WHEN http_status > 0 THEN 'answered-error'"
                           " WHEN outcome = 'unknown' THEN 'no-answer'"
                           " WHEN error_code = 'REFUSED' THEN 'not-sent'"
                           " ELSE 'could-not-connect' END"),
        };
    case 4:
        // The names the listings gave the project, VPC and subnet, kept beside their ids; unknown before.
        return {
            QStringLiteral("ALTER TABLE requests ADD COLUMN project_name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE requests ADD COLUMN vpc_name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE requests ADD COLUMN subnet_name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE endpoints ADD COLUMN project_name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE endpoints ADD COLUMN vpc_name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE endpoints ADD COLUMN subnet_name TEXT NOT NULL DEFAULT ''"),
        };
    case 5:
        // Who did what, for a record a team shares: the operator (user@host) of each request, and who
        // created and deleted each endpoint. A claim holds an endpoint's place while one operator's create
        // or delete is on its way, so that no one else sends one for the same place. The inventory's
        // order gets an index both back ends can read it on.
        return {
            QStringLiteral("ALTER TABLE requests ADD COLUMN operator TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE endpoints ADD COLUMN created_by TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE endpoints ADD COLUMN deleted_by TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE TABLE claims ("
                           " region TEXT NOT NULL,"
                           " project TEXT NOT NULL,"
                           " vpc TEXT NOT NULL,"
                           " subnet TEXT NOT NULL,"
                           " operation TEXT NOT NULL,"
                           " operator TEXT NOT NULL,"
                           " profile TEXT NOT NULL DEFAULT '',"
                           " since TEXT NOT NULL,"
                           " request BIGINT NOT NULL,"
                           " PRIMARY KEY (region, project, vpc, subnet))"),
            QStringLiteral("CREATE INDEX claims_request ON claims (request)"),
            QStringLiteral("DROP INDEX IF EXISTS endpoints_order"),
            QStringLiteral("CREATE INDEX endpoints_attention ON endpoints (") + QString(AttentionFirst)
                + (postgres ? QLatin1String(", created_time, rowid)") : QLatin1String(", created_time)")),
        };
    case 6:
        // The other orders a person can sort the inventory by, each read a page at a time on an index: by
        // time, and by creator then time. The place's order has the unique key's index already.
        return {
            QStringLiteral("CREATE INDEX endpoints_created ON endpoints (created_time")
                + (postgres ? QLatin1String(", rowid)") : QLatin1String(")")),
            QStringLiteral("CREATE INDEX endpoints_creator ON endpoints (created_by, created_time")
                + (postgres ? QLatin1String(", rowid)") : QLatin1String(")")),
        };
    default:
        return {};
    }
}

} // namespace EndpointDesk
