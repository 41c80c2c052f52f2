#include "PostgresConnection.h"

#include <QSqlDatabase>
#include <QStringList>

namespace EndpointDesk {
namespace PostgresConnection {

namespace {

constexpr int ConnectTimeoutSeconds = 5;

// key='value' as libpq reads it: QPSQL quotes host, database, user and password itself but passes the
// connect options as they are, joined by spaces.
QString option(const QString &key, QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return key + QLatin1String("='") + value + QLatin1Char('\'');
}

QString connectOptions(const RecordServer &server)
{
    QStringList options;
    if (server.tls) {
        options << option(QStringLiteral("sslmode"), QStringLiteral("verify-full"));
        if (!server.caFile.isEmpty())
            options << option(QStringLiteral("sslrootcert"), server.caFile);
    } else {
        options << option(QStringLiteral("sslmode"), QStringLiteral("disable"));
    }
    options << option(QStringLiteral("connect_timeout"), QString::number(ConnectTimeoutSeconds))
            << option(QStringLiteral("application_name"), QStringLiteral("Endpoint Desk"));
    return options.join(QLatin1Char(';'));
}

} // namespace

void configure(QSqlDatabase &db, const RecordServer &server)
{
    db.setHostName(server.host);
    db.setPort(server.port);
    db.setDatabaseName(server.database);
    db.setUserName(server.user);
    db.setPassword(server.password);
    db.setConnectOptions(connectOptions(server));
}

} // namespace PostgresConnection
} // namespace EndpointDesk
