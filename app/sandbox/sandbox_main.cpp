#include "SandboxDemo.h"
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

using namespace EndpointDesk;

namespace {

bool readCount(const QCommandLineParser &parser, const QString &name, int minimum, int maximum, int *value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int number = parser.value(name).toInt(&ok);
    if (!ok || number < minimum || number > maximum) {
        QTextStream(stderr)
            << QStringLiteral("--%1 must be a whole number from %2 to %3\n").arg(name).arg(minimum).arg(maximum);
        return false;
    }
    *value = number;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("endpoint-desk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENDPOINTDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Emulates the Huawei Cloud calls Endpoint Desk makes (IAM, VPC, FunctionGraph) on 127.0.0.1."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("port"), QStringLiteral("Port to listen on (0: any free port)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption(
        {QStringLiteral("vpcs"), QStringLiteral("VPCs to seed in the demo project (default 3)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("subnets-per-vpc"),
                      QStringLiteral("Subnets to seed in each VPC, at most %1 (default 2).")
                          .arg(SandboxSeedOptions::maxSubnetsPerVpc),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("fault"),
                      QStringLiteral("Misbehave on purpose: delay:MS, status:CODE, malformed, garbage, "
                                     "wrong-types, truncated, huge[:BYTES], "
                                     "drop, redirect:URL or throttle."),
                      QStringLiteral("SPEC")});
    parser.addOption({QStringLiteral("fault-count"),
                      QStringLiteral("How many requests the fault applies to (-1: all, the default)."),
                      QStringLiteral("N"), QStringLiteral("-1")});
    parser.addOption({QStringLiteral("fault-path"),
                      QStringLiteral("Apply the fault only to requests whose path contains TEXT."),
                      QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("https"),
         QStringLiteral("Serve HTTPS with a self-signed certificate for 127.0.0.1 and localhost, made now.")});
    parser.addOption({QStringLiteral("certificate-out"),
                      QStringLiteral("With --https, write the certificate (PEM) to PATH, for a profile's CA file "
                                     "(default: endpoint-desk-sandbox-PORT.pem in the temporary folder)."),
                      QStringLiteral("PATH")});
    parser.process(app);

    int port = 0;
    SandboxSeedOptions options;
    if (!readCount(parser, QStringLiteral("port"), 0, 65535, &port)
        || !readCount(parser, QStringLiteral("vpcs"), 0, 100000, &options.vpcCount)
        || !readCount(parser, QStringLiteral("subnets-per-vpc"), 0, SandboxSeedOptions::maxSubnetsPerVpc,
                      &options.subnetsPerVpc)) {
        return 2;
    }

    SandboxServer server(options);
    if (parser.isSet(QStringLiteral("fault"))) {
        QString error;
        std::optional<SandboxFault> fault = SandboxFault::parse(parser.value(QStringLiteral("fault")), &error);
        int count = -1;
        if (!fault) {
            QTextStream(stderr) << QStringLiteral("--fault: %1\n").arg(error);
            return 2;
        }
        if (!readCount(parser, QStringLiteral("fault-count"), -1, 1000000, &count) || count == 0) {
            if (count == 0)
                QTextStream(stderr) << QStringLiteral("--fault-count must not be 0\n");
            return 2;
        }
        fault->count = count;
        fault->pathContains = parser.value(QStringLiteral("fault-path"));
        server.setFault(*fault);
    }
    const bool https = parser.isSet(QStringLiteral("https"));
    if (!https && parser.isSet(QStringLiteral("certificate-out"))) {
        QTextStream(stderr) << QStringLiteral("--certificate-out needs --https\n");
        return 2;
    }
    QString error;
    if (https && !server.enableHttps(&error)) {
        QTextStream(stderr) << error << QLatin1Char('\n');
        return 1;
    }
    if (!server.start(quint16(port))) {
        QTextStream(stderr) << QStringLiteral("Cannot listen on 127.0.0.1:%1\n").arg(port);
        return 1;
    }
    QString certificatePath;
    if (https) {
        certificatePath =
            parser.isSet(QStringLiteral("certificate-out"))
                ? parser.value(QStringLiteral("certificate-out"))
                : QDir::temp().filePath(QStringLiteral("endpoint-desk-sandbox-%1.pem").arg(server.port()));
        if (!server.certificate().writePem(certificatePath, &error)) {
            QTextStream(stderr) << error << QLatin1Char('\n');
            return 1;
        }
    }

    QTextStream out(stdout);
    out << QStringLiteral("Endpoint Desk sandbox listening on %1\n").arg(server.baseUrl().toString())
        << (https ? QStringLiteral("  CA file         %1 (this run's certificate: name it in the profile)\n")
                        .arg(QDir::toNativeSeparators(QFileInfo(certificatePath).absoluteFilePath()))
                  : QString())
        << QStringLiteral("  region          %1\n").arg(SandboxDemo::regionId())
        << QStringLiteral("  project id      %1\n").arg(SandboxDemo::projectId())
        << QStringLiteral("  token           %1\n").arg(SandboxDemo::token())
        << QStringLiteral("  account / user  %1 / %2, password %3\n")
               .arg(SandboxDemo::accountName(), SandboxDemo::userName(), SandboxDemo::password())
        << QStringLiteral("  MFA user        %1 (id %2), password %3, code %4\n")
               .arg(SandboxDemo::mfaUserName(), SandboxDemo::mfaUserId(), SandboxDemo::mfaPassword(),
                    SandboxDemo::mfaPasscode())
        << QStringLiteral("  access key      %1\n").arg(SandboxDemo::accessKey())
        << QStringLiteral("  secret key      %1\n").arg(SandboxDemo::secretKey())
        << QStringLiteral("  temporary AK/SK %1 / %2\n")
               .arg(SandboxDemo::temporaryAccessKey(), SandboxDemo::temporarySecretKey())
        << QStringLiteral("  security token  %1\n").arg(SandboxDemo::securityToken())
        << QStringLiteral("  agency          %1\n").arg(SandboxDemo::agencyName())
        << QStringLiteral("  first VPC       %1\n").arg(server.cloud().firstVpcId())
        << QStringLiteral("  first subnet    %1\n").arg(server.cloud().firstSubnetId())
        << QStringLiteral("Press Ctrl+C to stop.\n");
    out.flush();

    return app.exec();
}
