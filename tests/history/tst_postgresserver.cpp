#include "PostgresConnection.h"
#include "PostgresServer.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using EndpointDesk::RecordServer;

// The throwaway PostgreSQL server the shared-record tests run against, reached the way Endpoint Desk
// reaches one: QPSQL configured by PostgresConnection.
class TestPostgresServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unixSocket();
    void tcpWithPassword();
    void wrongPasswordFails();
    void tlsVerifyFull();
    void createExistingDatabaseSaysWhy();
    void stoppedServerRefusesAndStartsAgain();
    void twoServersAtOnce();

private:
    PostgresServer m_pg;
};

namespace {

// The first column of the first row of sql, run on a fresh connection; a null QVariant and *error when
// the connection or the query fails.
QVariant queryOne(const RecordServer &server, const QString &sql, QString *error = nullptr)
{
    static int serial = 0;
    const QString name = QStringLiteral("tst_postgresserver-%1").arg(++serial);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        EndpointDesk::PostgresConnection::configure(db, server);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
            else if (error)
                *error = query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

const QString UsingTls = QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()");

} // namespace

void TestPostgresServer::initTestCase()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
             "Qt's QPSQL driver is missing: install libqt6sql6-psql (scripts/debian-packages.txt)");
    QVERIFY2(m_pg.start(), qPrintable(m_pg.errorString()));
    QVERIFY2(m_pg.createDatabase(QStringLiteral("record")), qPrintable(m_pg.errorString()));
}

void TestPostgresServer::unixSocket()
{
    const RecordServer server = m_pg.server(QStringLiteral("record"));
    QVERIFY(server.isUnixSocket());
    QString error;
    QCOMPARE(queryOne(server, QStringLiteral("SELECT current_database()"), &error).toString(),
             QStringLiteral("record"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // No address: the connection came through the socket.
    QVERIFY(queryOne(server, QStringLiteral("SELECT inet_server_addr()")).isNull());
    QCOMPARE(queryOne(server, QStringLiteral("SELECT current_setting('application_name')")).toString(),
             QStringLiteral("Endpoint Desk"));
}

void TestPostgresServer::tcpWithPassword()
{
    const RecordServer server = m_pg.tcpServer(QStringLiteral("record"));
    QVERIFY(!server.isUnixSocket());
    QString error;
    QCOMPARE(queryOne(server, QStringLiteral("SELECT host(inet_server_addr())"), &error).toString(),
             QStringLiteral("127.0.0.1"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(queryOne(server, UsingTls).toBool(), false);
}

void TestPostgresServer::wrongPasswordFails()
{
    RecordServer server = m_pg.tcpServer(QStringLiteral("record"));
    server.password = QStringLiteral("not the password");
    QString error;
    QVERIFY(queryOne(server, QStringLiteral("SELECT 1"), &error).isNull());
    QVERIFY2(error.contains(QLatin1String("password authentication failed")), qPrintable(error));
}

void TestPostgresServer::tlsVerifyFull()
{
    PostgresServer pg;
    QVERIFY2(pg.startWithTls(), qPrintable(pg.errorString()));
    const RecordServer server = pg.tlsServer();
    QCOMPARE(server.host, QStringLiteral("localhost"));
    QVERIFY(server.tls);
    QString error;
    QCOMPARE(queryOne(server, UsingTls, &error).toBool(), true);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // A CA file whose path has a space, a quote and a backslash reaches libpq intact.
    QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/it's a CA\\folder-XXXXXX"));
    QVERIFY(folder.isValid());
    RecordServer oddPath = server;
    oddPath.caFile = folder.filePath(QStringLiteral("ca file.crt"));
    QVERIFY(QFile::copy(pg.caFile(), oddPath.caFile));
    QCOMPARE(queryOne(oddPath, UsingTls, &error).toBool(), true);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Other CAs did not sign the server's certificate.
    RecordServer otherCa = server;
    otherCa.caFile = QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
    QVERIFY(QFile::exists(otherCa.caFile));
    QVERIFY(queryOne(otherCa, UsingTls, &error).isNull());
    QVERIFY2(error.contains(QLatin1String("certificate verify failed")), qPrintable(error));
    PostgresServer other;
    QVERIFY2(other.startWithTls(), qPrintable(other.errorString()));
    otherCa.caFile = other.caFile();
    QVERIFY(queryOne(otherCa, UsingTls).isNull());
    QVERIFY(!queryOne(other.tlsServer(), UsingTls).isNull());

    // TLS is required: a server without it is refused.
    RecordServer plain = m_pg.tlsServer();
    plain.caFile = pg.caFile();
    QVERIFY(queryOne(plain, QStringLiteral("SELECT 1"), &error).isNull());
    QVERIFY2(error.contains(QLatin1String("SSL")), qPrintable(error));
}

void TestPostgresServer::createExistingDatabaseSaysWhy()
{
    QVERIFY(!m_pg.createDatabase(QStringLiteral("record")));
    QVERIFY2(m_pg.errorString().contains(QLatin1String("already exists")), qPrintable(m_pg.errorString()));
}

void TestPostgresServer::stoppedServerRefusesAndStartsAgain()
{
    const RecordServer server = m_pg.tcpServer(QStringLiteral("record"));
    QVERIFY(m_pg.isRunning());
    QVERIFY2(m_pg.stop(), qPrintable(m_pg.errorString()));
    QVERIFY(!m_pg.isRunning());
    QString error;
    QVERIFY(queryOne(server, QStringLiteral("SELECT 1"), &error).isNull());
    QVERIFY2(error.contains(QLatin1String("Connection refused")), qPrintable(error));
    QVERIFY(queryOne(m_pg.server(QStringLiteral("record")), QStringLiteral("SELECT 1")).isNull());

    QVERIFY2(m_pg.start(), qPrintable(m_pg.errorString()));
    QCOMPARE(m_pg.tcpServer(QStringLiteral("record")), server); // same port, same data
    QCOMPARE(queryOne(server, QStringLiteral("SELECT current_database()")).toString(), QStringLiteral("record"));
    QVERIFY2(m_pg.restart(), qPrintable(m_pg.errorString()));
    QCOMPARE(queryOne(server, QStringLiteral("SELECT 1")).toInt(), 1);
}

void TestPostgresServer::twoServersAtOnce()
{
    PostgresServer second;
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    QVERIFY(second.port() != m_pg.port());
    QVERIFY(second.socketFolder() != m_pg.socketFolder());
    QVERIFY2(second.createDatabase(QStringLiteral("second")), qPrintable(second.errorString()));
    const QString databases = QStringLiteral("SELECT string_agg(datname, ',' ORDER BY datname) FROM pg_database");
    QCOMPARE(queryOne(second.tcpServer(), databases).toString(), QStringLiteral("postgres,second,template0,template1"));
    QCOMPARE(queryOne(m_pg.server(), databases).toString(), QStringLiteral("postgres,record,template0,template1"));

    // Stopping one leaves the other up; the destructor stops the server and removes its folder.
    const QString folder = second.socketFolder();
    QVERIFY(second.stop());
    QCOMPARE(queryOne(m_pg.tcpServer(), QStringLiteral("SELECT 1")).toInt(), 1);
    QVERIFY(second.start());
    auto third = std::make_unique<PostgresServer>();
    QVERIFY2(third->start(), qPrintable(third->errorString()));
    const RecordServer thirdServer = third->tcpServer();
    QCOMPARE(queryOne(thirdServer, QStringLiteral("SELECT 1")).toInt(), 1);
    const QString thirdFolder = third->socketFolder();
    QVERIFY(QFile::exists(thirdFolder));
    third.reset();
    QVERIFY(!QFile::exists(thirdFolder));
    QVERIFY(queryOne(thirdServer, QStringLiteral("SELECT 1")).isNull());
    QVERIFY(QFile::exists(folder));
}

QTEST_GUILESS_MAIN(TestPostgresServer)
#include "tst_postgresserver.moc"
