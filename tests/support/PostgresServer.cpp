#include "PostgresServer.h"

#include "PostgresConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

namespace {

constexpr int PortAttempts = 5;
constexpr int CommandTimeoutMs = 120000;
const char ServerUser[] = "postgres"; // made by Debian's postgresql package

bool runningAsRoot()
{
    return geteuid() == 0;
}

// The bin folder of the highest PostgreSQL version installed the Debian way (not on PATH).
QString findBinFolder()
{
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toDouble() > b.toDouble(); });
    for (const QString &version : versions) {
        const QString bin = root.filePath(version + QLatin1String("/bin"));
        if (QFileInfo(bin + QLatin1String("/initdb")).isExecutable()
            && QFileInfo(bin + QLatin1String("/pg_ctl")).isExecutable())
            return bin;
    }
    return {};
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool appendTo(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::Append) && file.write(text) == text.size();
}

QString quotedIdentifier(QString name)
{
    name.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + name + QLatin1Char('"');
}

} // namespace

PostgresServer::PostgresServer()
    : m_binFolder(findBinFolder())
{
}

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::user()
{
    return QStringLiteral("desk");
}

QString PostgresServer::password()
{
    return QStringLiteral("desk's test password");
}

bool PostgresServer::start()
{
    if (!m_folder)
        return init(false);
    if (m_running)
        return true;
    const QStringList arguments{
        QStringLiteral("-D"), dataFolder(),         QStringLiteral("-l"), m_folder->filePath(QStringLiteral("log")),
        QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")};
    m_running = run(m_binFolder + QLatin1String("/pg_ctl"), arguments, true);
    return m_running;
}

bool PostgresServer::startWithTls()
{
    return m_folder ? start() : init(true);
}

bool PostgresServer::stop()
{
    if (!m_running)
        return true;
    const QStringList arguments{QStringLiteral("-D"),   dataFolder(),          QStringLiteral("-m"),
                                QStringLiteral("fast"), QStringLiteral("-w"),  QStringLiteral("-t"),
                                QStringLiteral("60"),   QStringLiteral("stop")};
    m_running = !run(m_binFolder + QLatin1String("/pg_ctl"), arguments, true);
    return !m_running;
}

bool PostgresServer::init(bool tls)
{
    m_error.clear();
    if (m_binFolder.isEmpty())
        return fail(
            QStringLiteral("PostgreSQL's initdb and pg_ctl were not found under /usr/lib/postgresql/<version>/bin: "
                           "install the postgresql package (scripts/debian-packages.txt)"));
    // Under /tmp whatever TMPDIR says: the server's user must reach it, and the socket's path must stay
    // short (at most 107 bytes).
    m_folder = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/endpointdesk-pg-XXXXXX"));
    if (!m_folder->isValid())
        return fail(QStringLiteral("Cannot make a folder under /tmp: ") + m_folder->errorString());
    if (!giveToServerUser(m_folder->path()))
        return false;

    const QString pwfile = m_folder->filePath(QStringLiteral("pwfile"));
    if (!appendTo(pwfile, password().toUtf8() + '\n') || !giveToServerUser(pwfile))
        return fail(QStringLiteral("Cannot write ") + pwfile);
    const bool made =
        run(m_binFolder + QLatin1String("/initdb"),
            {QStringLiteral("-D"), dataFolder(), QStringLiteral("-U"), user(), QStringLiteral("--pwfile=") + pwfile,
             QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"),
             QStringLiteral("--no-locale"), QStringLiteral("--encoding=UTF8"), QStringLiteral("--no-sync")},
            true);
    QFile::remove(pwfile);
    if (!made)
        return false;
    if (tls && !makeCertificates())
        return false;
    m_tls = tls;

    const QString conf = dataFolder() + QLatin1String("/postgresql.conf");
    QByteArray settings = "\n# Endpoint Desk tests\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '"
                          + m_folder->path().toUtf8() + "'\nfsync = off\n";
    if (tls)
        settings += "ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n";
    if (!appendTo(conf, settings))
        return fail(QStringLiteral("Cannot write ") + conf);

    // A free port now may be taken by the time the server binds it: try another.
    for (int attempt = 1; attempt <= PortAttempts; ++attempt) {
        m_port = freePort();
        if (m_port == 0)
            return fail(QStringLiteral("No free TCP port on 127.0.0.1"));
        if (!appendTo(conf, QByteArray("port = ") + QByteArray::number(m_port) + '\n'))
            return fail(QStringLiteral("Cannot write ") + conf);
        if (start())
            return true;
        if (!logTail().contains(QLatin1String("Address already in use")))
            return false;
    }
    return false;
}

bool PostgresServer::makeCertificates()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return fail(QStringLiteral("openssl was not found: install the openssl package (scripts/debian-packages.txt)"));
    const QString caKey = m_folder->filePath(QStringLiteral("ca.key"));
    const QString serverCert = dataFolder() + QLatin1String("/server.crt");
    const QString serverKey = dataFolder() + QLatin1String("/server.key");
    const QStringList newKey{QStringLiteral("-newkey"),  QStringLiteral("ec"),
                             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                             QStringLiteral("-nodes"),   QStringLiteral("-days"),
                             QStringLiteral("2")};
    const bool made =
        run(openssl,
            QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + newKey
                + QStringList{QStringLiteral("-keyout"), caKey, QStringLiteral("-out"), caFile(),
                              QStringLiteral("-subj"), QStringLiteral("/CN=Endpoint Desk test CA")},
            false)
        && run(openssl,
               QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + newKey
                   + QStringList{QStringLiteral("-keyout"), serverKey, QStringLiteral("-out"), serverCert,
                                 QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                                 QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"), QStringLiteral("-addext"),
                                 QStringLiteral("basicConstraints=critical,CA:FALSE"), QStringLiteral("-CA"), caFile(),
                                 QStringLiteral("-CAkey"), caKey},
               false);
    QFile::remove(caKey);
    if (!made)
        return false;
    // The server refuses a key that others can read, or that is not its own.
    if (::chmod(QFile::encodeName(serverKey).constData(), 0600) != 0)
        return fail(QStringLiteral("Cannot chmod ") + serverKey);
    return giveToServerUser(serverKey) && giveToServerUser(serverCert);
}

bool PostgresServer::createDatabase(const QString &name)
{
    const QString connection = QStringLiteral("PostgresServer-%1").arg(quintptr(this));
    bool created = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        EndpointDesk::PostgresConnection::configure(db, server());
        if (!db.open()) {
            fail(QStringLiteral("Cannot connect to create database %1: %2").arg(name, db.lastError().text()));
        } else {
            QSqlQuery query(db);
            created = query.exec(QStringLiteral("CREATE DATABASE ") + quotedIdentifier(name));
            if (!created)
                fail(QStringLiteral("Cannot create database %1: %2").arg(name, query.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return created;
}

EndpointDesk::RecordServer PostgresServer::server(const QString &database) const
{
    EndpointDesk::RecordServer record;
    record.host = socketFolder();
    record.port = m_port;
    record.database = database;
    record.user = user();
    record.password = password();
    record.tls = false;
    return record;
}

EndpointDesk::RecordServer PostgresServer::tcpServer(const QString &database) const
{
    EndpointDesk::RecordServer record = server(database);
    record.host = QStringLiteral("127.0.0.1");
    return record;
}

EndpointDesk::RecordServer PostgresServer::tlsServer(const QString &database) const
{
    EndpointDesk::RecordServer record = server(database);
    record.host = QStringLiteral("localhost");
    record.tls = true;
    record.caFile = caFile();
    return record;
}

QString PostgresServer::socketFolder() const
{
    return m_folder ? m_folder->path() : QString();
}

QString PostgresServer::caFile() const
{
    return m_folder ? m_folder->filePath(QStringLiteral("ca.crt")) : QString();
}

QString PostgresServer::dataFolder() const
{
    return m_folder->filePath(QStringLiteral("data"));
}

// initdb and postgres refuse to run as root: as root, they run as the postgres system user.
bool PostgresServer::run(const QString &program, const QStringList &arguments, bool asServerUser)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_folder->path()); // one the server's user can enter
    if (asServerUser && runningAsRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QLatin1String(ServerUser), QStringLiteral("--"), program}
                          + arguments);
    else
        process.start(program, arguments);
    const bool finished = process.waitForFinished(CommandTimeoutMs);
    if (!finished)
        process.kill();
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    QString message =
        QStringLiteral("%1 %2 failed: %3\n%4")
            .arg(QFileInfo(program).fileName(), arguments.join(QLatin1Char(' ')),
                 process.error() == QProcess::UnknownError ? QStringLiteral("exit code %1").arg(process.exitCode())
                                                           : process.errorString(),
                 QString::fromLocal8Bit(process.readAll()));
    const QString log = logTail();
    if (!log.isEmpty())
        message += QLatin1String("\nServer log:\n") + log;
    return fail(message);
}

bool PostgresServer::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool PostgresServer::giveToServerUser(const QString &path)
{
    if (!runningAsRoot())
        return true;
    const passwd *account = ::getpwnam(ServerUser);
    if (!account)
        return fail(QStringLiteral("Running as root, but there is no postgres user to run the server: install the "
                                   "postgresql package"));
    if (::chown(QFile::encodeName(path).constData(), account->pw_uid, account->pw_gid) != 0)
        return fail(QStringLiteral("Cannot give %1 to the postgres user").arg(path));
    return true;
}

QString PostgresServer::logTail() const
{
    QFile log(m_folder->filePath(QStringLiteral("log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    if (log.size() > 4000)
        log.seek(log.size() - 4000);
    return QString::fromLocal8Bit(log.readAll());
}
