#include "FuzzSupport.h"
#include "ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace EndpointDesk;

ENDPOINTDESK_FUZZ_INITIALIZE

// The settings file as found at start: any bytes, written to a file that QSettings then reads. A
// damaged file is moved aside beside it, so the folder is emptied after each input. Saving syncs the
// file to disk, so the folder is in memory (/dev/shm) where there is one: a hundred times more inputs.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString shm = QStringLiteral("/dev/shm");
    static QTemporaryDir folder(QDir(shm).exists() ? shm + QStringLiteral("/endpointdesk-fuzz-XXXXXX")
                                                   : QDir::tempPath() + QStringLiteral("/endpointdesk-fuzz-XXXXXX"));
    const QString path = folder.filePath(QStringLiteral("EndpointDesk.conf"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            __builtin_trap();
        file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    }
    {
        ProfileStore store(path);
        (void)store.notices();
        for (const Profile &profile : store.profiles())
            (void)profile.name;
        (void)store.startupProfileName();
    }
    QDir dir(folder.path());
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden))
        dir.remove(name);
    return 0;
}
