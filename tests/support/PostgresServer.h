#pragma once

#include "RecordServer.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A throwaway PostgreSQL server for tests: Debian's initdb and pg_ctl (postgresql package) make a cluster
// in a fresh folder under /tmp, listening on its own Unix socket there and on 127.0.0.1 at a free port.
// The superuser is user() with password(): trusted on the socket, SCRAM over TCP. As root (CI in a chroot)
// the server runs as the postgres system user. The destructor stops it and removes the folder.
//
//   PostgresServer pg;
//   if (!pg.start() || !pg.createDatabase("record"))
//       QFAIL(qPrintable(pg.errorString()));
//   QSqlDatabase db = QSqlDatabase::addDatabase("QPSQL", "record");
//   EndpointDesk::PostgresConnection::configure(db, pg.server("record"));
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    static QString user();
    static QString password();

    // The first start makes the cluster (initdb) and picks the port; later starts (after stop()) reuse
    // the folder and the port. Waits until the server accepts connections. False: see errorString().
    bool start();
    // As start(), and the first start also makes a CA and a certificate for localhost and 127.0.0.1,
    // and turns TLS on; caFile() is that CA.
    bool startWithTls();
    bool stop(); // fast shutdown; waits until the server has exited
    bool restart() { return stop() && start(); }
    bool isRunning() const { return m_running; }

    bool createDatabase(const QString &name);

    // The Unix socket, no TLS.
    EndpointDesk::RecordServer server(const QString &database = QStringLiteral("postgres")) const;
    // 127.0.0.1 with the password, no TLS.
    EndpointDesk::RecordServer tcpServer(const QString &database = QStringLiteral("postgres")) const;
    // localhost with the password, TLS verify-full against caFile() (startWithTls() only).
    EndpointDesk::RecordServer tlsServer(const QString &database = QStringLiteral("postgres")) const;

    int port() const { return m_port; }
    QString socketFolder() const;
    QString caFile() const;
    // What went wrong, with the output of the command that failed and the end of the server's log.
    QString errorString() const { return m_error; }

private:
    bool init(bool tls);
    bool makeCertificates();
    bool run(const QString &program, const QStringList &arguments, bool asServerUser);
    bool fail(const QString &message);
    bool giveToServerUser(const QString &path);
    QString dataFolder() const;
    QString logTail() const;

    QString m_binFolder;
    std::unique_ptr<QTemporaryDir> m_folder;
    int m_port = 0;
    bool m_tls = false;
    bool m_running = false;
    QString m_error;
};
