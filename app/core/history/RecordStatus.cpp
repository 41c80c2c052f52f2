#include "RecordStatus.h"

#include "HistoryStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace EndpointDesk {

QString RecordStatus::describe(const HistoryStore &store)
{
    if (!store.isShared())
        return {};
    const QDateTime readAt = store.lastReadAt();
    const QString when = readAt.isValid() ? QLocale().toString(readAt.toLocalTime().time(), QLocale::LongFormat)
                                          : QCoreApplication::translate("EndpointDesk", "not yet");
    if (store.isConnecting())
        return QCoreApplication::translate("EndpointDesk", "Connecting to the shared record on %1…")
            .arg(store.server().display());
    if (store.isAvailable())
        return QCoreApplication::translate("EndpointDesk",
                                           "Shared record on %1, updated at %2: colleagues' creates and deletes "
                                           "appear as they happen.")
            .arg(store.server().display(), when);
    return QCoreApplication::translate("EndpointDesk",
                                       "The shared record on %1 cannot be reached: what is shown was read at %2 and "
                                       "may be out of date. Creating and deleting wait until it is back.")
        .arg(store.server().display(), when);
}

} // namespace EndpointDesk
