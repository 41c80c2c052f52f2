#pragma once

#include "SecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QStandardPaths>
#include <QStringList>
#include <QTest>

#include <functional>
#include <optional>

namespace EndpointDesk::TestSupport {

// Runs one asynchronous SecretStore call and waits (processing events) for its callback.
inline std::optional<SecretResult> await(const std::function<void(QObject *, SecretStore::Callback)> &start,
                                         int timeoutMs = 30000)
{
    QObject context;
    std::optional<SecretResult> result;
    start(&context, [&result](const SecretResult &r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs);
    return result;
}

// The folders where a secret must never land as plain text: configuration, data and HOME.
// The test command runs with a throwaway HOME and XDG folders, so scanning HOME is cheap.
inline QStringList foldersToScan(const QStringList &extra = {})
{
    QStringList roots = extra;
    for (auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation,
                          QStandardPaths::GenericDataLocation, QStandardPaths::AppDataLocation}) {
        roots += QStandardPaths::standardLocations(location);
    }
    roots.append(QDir::homePath());
    roots.removeDuplicates();
    return roots;
}

// Regular files under roots whose bytes contain needle (as UTF-8 or UTF-16).
inline QStringList filesContaining(const QStringList &roots, const QString &needle)
{
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
    QStringList hits;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!it.fileInfo().isFile() || !file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            if (bytes.contains(utf8) || bytes.contains(utf16))
                hits.append(path);
        }
    }
    hits.removeDuplicates();
    return hits;
}

// Captures every Qt message of the process, for checking that no log line carries a secret.
class MessageLog
{
public:
    static void install()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        previous() = qInstallMessageHandler(&MessageLog::handle);
    }
    static QStringList lines()
    {
        QMutexLocker lock(&mutex());
        return storage();
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        {
            QMutexLocker lock(&mutex());
            storage().append(message);
        }
        if (previous())
            previous()(type, context, message);
    }
    static QtMessageHandler &previous()
    {
        static QtMessageHandler handler = nullptr;
        return handler;
    }
    static QStringList &storage()
    {
        static QStringList lines;
        return lines;
    }
    static QMutex &mutex()
    {
        static QMutex m;
        return m;
    }
};

} // namespace EndpointDesk::TestSupport
