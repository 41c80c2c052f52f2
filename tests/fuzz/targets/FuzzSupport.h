#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

// Shared by every libFuzzer target: Qt classes such as QSettings and the translators want a
// QCoreApplication, made once before the first input and kept for the whole run.
namespace EndpointDesk::Fuzz {

inline void startApplication(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
}

// The input as Qt bytes, without copying.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

} // namespace EndpointDesk::Fuzz

#define ENDPOINTDESK_FUZZ_INITIALIZE                                                                                   \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                                                       \
    {                                                                                                                  \
        EndpointDesk::Fuzz::startApplication(argc, argv);                                                              \
        return 0;                                                                                                      \
    }
