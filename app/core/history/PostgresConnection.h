#pragma once

#include "RecordServer.h"

class QSqlDatabase;

namespace EndpointDesk {

// How Endpoint Desk reaches a PostgreSQL server through Qt's QPSQL driver: every connection to a shared
// record is configured here, so that TLS and timeouts are the same everywhere.
namespace PostgresConnection {

// Sets host, port, database, user and password, and the connect options: sslmode=verify-full with the
// server's CA file when server.tls (an empty CA file leaves libpq's default, ~/.postgresql/root.crt: the
// libpq of Debian 12 has no sslrootcert=system), sslmode=disable otherwise; connect_timeout=5 and
// application_name. QPSQL turns every ';' of the options into a space, so a CA file path with a ';'
// cannot be given.
void configure(QSqlDatabase &db, const RecordServer &server);

} // namespace PostgresConnection
} // namespace EndpointDesk
