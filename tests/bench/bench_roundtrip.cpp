// A create's round trip through the client (EndpointClient over CloudConnection and Transport, token
// authentication) against a bare QNetworkAccessManager POST of the same bytes to the same sandbox,
// alternating A B A B, each on a subnet of its own. Prints a table row for bench/run.sh; fails only when
// a create does not succeed, never because the machine is slow. Argument: the pairs (default 30).

#include "CloudConnection.h"
#include "EndpointClient.h"
#include "RequestBuilder.h"
#include "SandboxDemo.h"
#include "SandboxServer.h"
#include "ServiceEndpoints.h"
#include "TokenAuthenticator.h"
#include "Transport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace EndpointDesk;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return (values.at((values.size() - 1) / 2) + values.at(values.size() / 2)) / 2;
}

EndpointSpec specFor(const SandboxSubnet &subnet)
{
    EndpointSpec spec;
    spec.region = SandboxDemo::regionId();
    spec.projectId = SandboxDemo::projectId();
    spec.vpcId = subnet.vpcId;
    spec.subnetId = subnet.id;
    return spec;
}

// Milliseconds from create() to its outcome; negative when it did not succeed.
double throughClient(EndpointClient &client, const EndpointSpec &spec)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&client, &EndpointClient::createFinished, &loop,
                     [&](const EndpointSpec &, const EndpointResult &result) {
                         ok = result.succeeded();
                         loop.quit();
                     });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    if (!client.create(spec))
        return -1;
    loop.exec();
    QObject::disconnect(&client, &EndpointClient::createFinished, &loop, nullptr);
    return ok ? clock.nsecsElapsed() / 1e6 : -1;
}

double throughManager(QNetworkAccessManager &manager, const ApiRequest &request)
{
    QNetworkRequest raw(request.url);
    for (const auto &[name, value] : request.headers)
        raw.setRawHeader(name, value);
    raw.setRawHeader(QByteArrayLiteral("X-Auth-Token"), SandboxDemo::token().toLatin1());
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = manager.post(raw, request.body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    const double ms = clock.nsecsElapsed() / 1e6;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status >= 200 && status < 300 ? ms : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int pairs = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 30;
    // The sandbox on its own thread, as a server elsewhere would be.
    QThread serverThread;
    serverThread.start();
    // Sixteen subnets a VPC at most.
    auto *server = new SandboxServer(SandboxSeedOptions{(2 * pairs + 2) / SandboxSeedOptions::maxSubnetsPerVpc + 1,
                                                        SandboxSeedOptions::maxSubnetsPerVpc});
    server->moveToThread(&serverThread);
    bool started = false;
    QMetaObject::invokeMethod(
        server, [&] { started = server->start(); }, Qt::BlockingQueuedConnection);
    if (!started) {
        std::fputs("the sandbox did not start\n", stderr);
        return 1;
    }
    const QList<SandboxSubnet> subnets = server->cloud().subnets(SandboxDemo::projectId());
    const ServiceEndpoints endpoints(SandboxDemo::regionId(), server->baseUrl());

    Transport transport;
    CloudConnection connection(&transport);
    connection.setEndpoints(endpoints);
    connection.setAuthenticator(std::make_shared<TokenAuthenticator>(SandboxDemo::token()));
    EndpointClient client(&connection);
    QNetworkAccessManager manager;
    const RequestBuilder builder(endpoints);

    QList<double> viaClient;
    QList<double> viaManager;
    bool ok = subnets.size() >= 2 * pairs + 2;
    // The first of each opens its connection: not counted.
    for (int i = 0; ok && i <= pairs; ++i) {
        const double a = throughClient(client, specFor(subnets.at(2 * i)));
        const double b = throughManager(manager, builder.createEndpoint(specFor(subnets.at(2 * i + 1))));
        ok = a >= 0 && b >= 0;
        if (!ok)
            std::fprintf(stderr, "pair %d: client %.1f, manager %.1f\n", i, a, b);
        if (i > 0) {
            viaClient.append(a);
            viaManager.append(b);
        }
    }
    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    if (!ok || viaClient.isEmpty()) {
        std::fputs("a create did not succeed\n", stderr);
        return 1;
    }
    const double a = median(viaClient);
    const double b = median(viaManager);
    std::printf("| a create's round trip through the client (floor: a raw QNetworkAccessManager POST) | %.2f ms | "
                "%.2f ms | %.2f× | ≤ 1.2× |\n",
                a, b, a / b);
    return 0;
}
