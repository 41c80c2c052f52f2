// What applying a profile with a CA file costs the UI thread, with and without the system's CA
// certificates read ahead on a pool thread. Prints figures; fails only when the settings do not work.
#include "NetworkSettings.h"
#include "SandboxCertificate.h"
#include "Transport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QThreadPool>

#include <algorithm>

using namespace EndpointDesk;

namespace {

double elapsedMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString caFile = dir.filePath(QStringLiteral("ca.pem"));
    const SandboxCertificate certificate = SandboxCertificate::generate();
    if (!dir.isValid() || !certificate.writePem(caFile)) {
        qCritical("cannot write a CA file");
        return 1;
    }

    // What the UI thread would pay if nothing had read the system's list before.
    QList<QSslCertificate> system;
    const double systemRead = elapsedMs([&] { system = QSslConfiguration::systemCaCertificates(); });

    const double started = elapsedMs([] { Transport::preloadSystemCaCertificates(); });
    const double preload = elapsedMs([] { QThreadPool::globalInstance()->waitForDone(); });

    Transport transport;
    NetworkSettings settings;
    settings.caFile = caFile;
    QString problem;
    const double apply = elapsedMs([&] { problem = transport.setNetworkSettings(settings); });

    qInfo().noquote() << QStringLiteral("system CA certificates: %1, read in %2 ms (what the UI thread would wait)")
                             .arg(system.size())
                             .arg(systemRead, 0, 'f', 2);
    qInfo().noquote() << QStringLiteral(
                             "read ahead on a pool thread: %1 ms to start it on the UI thread, done %2 ms later")
                             .arg(started, 0, 'f', 2)
                             .arg(preload, 0, 'f', 2);
    qInfo().noquote() << QStringLiteral(
                             "applying a profile with a CA file after the read-ahead: %1 ms (target < 16 ms)")
                             .arg(apply, 0, 'f', 2);

    const QList<QSslCertificate> trusted = transport.sslConfiguration().caCertificates();
    const bool keepsSystem =
        std::all_of(system.cbegin(), system.cend(), [&](const QSslCertificate &c) { return trusted.contains(c); });
    if (!problem.isEmpty() || !trusted.contains(certificate.certificate()) || !keepsSystem) {
        qCritical() << "the CA file was not applied:" << problem;
        return 1;
    }
    return 0;
}
