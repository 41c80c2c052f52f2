#pragma once

#include <QMetaType>
#include <QString>

#include <tuple>

namespace EndpointDesk {

// A PostgreSQL server that holds a team's shared record of endpoints. Without a host the record is the
// local SQLite file, as for someone working alone.
struct RecordServer
{
    static constexpr int DefaultPort = 5432;

    QString host; // a name or address; a path (starting with /) is the folder of the server's Unix socket
    int port = DefaultPort;
    QString database;
    QString user;
    QString password; // from the keychain, never from the settings file
    // TLS with the server's certificate and name checked (sslmode=verify-full); off only for a server
    // on this computer or a trusted network.
    bool tls = true;
    QString caFile; // the CA that signed the server's certificate; empty: the system's

    bool isSet() const { return !host.isEmpty(); }
    bool isUnixSocket() const { return host.startsWith(QLatin1Char('/')); }
    // A Unix socket's folder or a loopback host (localhost, 127.0.0.1, ::1...): nothing crosses a network,
    // so this is the only place a record may be reached without TLS.
    bool isOnThisComputer() const;
    // user@host:port/database, for people to read; never the password.
    QString display() const { return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database); }
    bool operator==(const RecordServer &other) const
    {
        return std::tie(host, port, database, user, password, tls, caFile)
               == std::tie(other.host, other.port, other.database, other.user, other.password, other.tls, other.caFile);
    }
    bool operator!=(const RecordServer &other) const { return !(*this == other); }
};

} // namespace EndpointDesk

Q_DECLARE_METATYPE(EndpointDesk::RecordServer)
