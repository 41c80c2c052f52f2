// Writes a history file for the benchmark: COUNT creates that succeeded, each with its endpoint listed,
// in one transaction; with SETTINGS, also a settings file holding one profile, so that the program opens
// on its form (and its Endpoints tab) rather than on its start panel.
// Usage: bench-fill-history PATH COUNT [SETTINGS]
#include "HistoryStore.h"
#include "Profile.h"
#include "ProfileStore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace EndpointDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3 || args.size() > 4 || args.at(2).toInt() < 0) {
        std::fputs("usage: bench-fill-history PATH COUNT [SETTINGS]\n", stderr);
        return 2;
    }
    const QString path = args.at(1);
    const int count = args.at(2).toInt();
    if (args.size() == 4) {
        ProfileStore profiles(args.at(3));
        Profile profile;
        profile.name = QStringLiteral("Bench");
        profile.regionId = QStringLiteral("cn-north-4");
        profile.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
        profile.authMethod = AuthMethod::Token;
        if (!profiles.saveProfile(profile) || !profiles.setDefaultProfileName(profile.name))
            return 1;
    }
    {
        HistoryStore store(path); // the schema, as the program makes it
        if (!store.isOpen())
            return 1;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
    db.setDatabaseName(path);
    if (!db.open() || !db.transaction())
        return 1;
    QSqlQuery request(db);
    request.prepare(QStringLiteral(
        "INSERT INTO requests (time, profile, region, project, operation, vpc, subnet, flavor, agency, outcome,"
        " http_status, request_id, project_name, vpc_name, subnet_name) VALUES (:time, 'bench', 'cn-north-4',"
        " '0123456789abcdef0123456789abcdef', 'create', :vpc, :subnet, 'default', 'fgs-agency', 'succeeded', 200,"
        " :requestId, 'bench-project', :vpcName, :subnetName)"));
    QSqlQuery endpoint(db);
    endpoint.prepare(QStringLiteral(
        "INSERT INTO endpoints (region, project, vpc, subnet, flavor, agency, ips, address, created_time, profile,"
        " state, project_name, vpc_name, subnet_name) VALUES ('cn-north-4', '0123456789abcdef0123456789abcdef',"
        " :vpc, :subnet, 'default', 'fgs-agency', :ips, :address, :time, 'bench', 'active', 'bench-project',"
        " :vpcName, :subnetName)"));
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-count);
    for (int n = 0; n < count; ++n) {
        const QString time = start.addSecs(n).toString(Qt::ISODateWithMs);
        const QString vpc = QStringLiteral("11111111-2222-3333-4444-%1").arg(n / 100, 12, 10, QLatin1Char('0'));
        const QString subnet = QStringLiteral("66666666-7777-8888-9999-%1").arg(n, 12, 10, QLatin1Char('0'));
        for (QSqlQuery *query : {&request, &endpoint}) {
            query->bindValue(QStringLiteral(":time"), time);
            query->bindValue(QStringLiteral(":vpc"), vpc);
            query->bindValue(QStringLiteral(":subnet"), subnet);
            query->bindValue(QStringLiteral(":vpcName"), QStringLiteral("vpc-%1").arg(n / 100));
            query->bindValue(QStringLiteral(":subnetName"), QStringLiteral("subnet-%1").arg(n));
        }
        request.bindValue(QStringLiteral(":requestId"), QStringLiteral("req-%1").arg(n));
        endpoint.bindValue(QStringLiteral(":ips"),
                           QStringLiteral("[\"192.168.%1.%2\"]").arg(n / 250 % 256).arg(n % 250));
        endpoint.bindValue(QStringLiteral(":address"), QStringLiteral("ep-%1.vpcep.example.com").arg(n));
        if (!request.exec() || !endpoint.exec()) {
            std::fprintf(stderr, "%s\n", qPrintable(request.lastError().text() + endpoint.lastError().text()));
            return 1;
        }
    }
    return db.commit() ? 0 : 1;
}
