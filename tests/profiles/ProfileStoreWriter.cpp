// Helper for tst_ProfileStore: another process editing one profile of a shared settings file.
// Usage: profilestore-writer FILE PROFILE ITERATIONS
#include "ProfileStore.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    EndpointDesk::ProfileStore store(args.at(1));
    const int iterations = args.at(3).toInt();
    for (int i = 1; i <= iterations; ++i) {
        EndpointDesk::Profile profile;
        profile.name = args.at(2);
        profile.regionId = QStringLiteral("cn-north-4");
        profile.defaultVpcId = QStringLiteral("vpc-%1").arg(i);
        profile.readTimeoutSeconds = i;
        QString error;
        if (!store.saveProfile(profile, &error)) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    return 0;
}
