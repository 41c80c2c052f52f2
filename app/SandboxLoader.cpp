#include "SandboxLoader.h"

#include "SandboxProvider.h"

#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace EndpointDesk {

QString SandboxLoader::fileName()
{
    return QStringLiteral(ENDPOINTDESK_SANDBOX_PLUGIN_FILE);
}

QStringList SandboxLoader::directories()
{
    const QString chosen = qEnvironmentVariable("ENDPOINTDESK_SANDBOX_DIR");
    if (!chosen.isEmpty())
        return {chosen};
    const QDir program(QCoreApplication::applicationDirPath());
    return {program.path(),
            QDir::cleanPath(program.filePath(QStringLiteral(ENDPOINTDESK_SANDBOX_PLUGIN_RELATIVE_DIR)))};
}

SandboxProvider *SandboxLoader::load(const QStringList &directories, QString *error)
{
    for (const QString &directory : directories) {
        const QFileInfo file(QDir(directory).filePath(fileName()));
        if (!file.exists())
            continue;
        QPluginLoader loader(file.absoluteFilePath());
        QObject *instance = loader.instance();
        if (auto *provider = qobject_cast<SandboxProvider *>(instance))
            return provider;
        if (error)
            *error = tr("The sandbox could not be loaded from %1: %2")
                         .arg(QDir::toNativeSeparators(file.absoluteFilePath()),
                              instance ? tr("it is not this version's sandbox.") : loader.errorString());
        return nullptr;
    }
    if (error) {
        QStringList shown;
        for (const QString &directory : directories)
            shown.append(QDir::toNativeSeparators(directory));
        *error = tr("The sandbox is not installed: %1 was not found in %2. Reinstall Endpoint Desk to try the "
                    "sandbox; your own profiles work without it.")
                     .arg(fileName(), shown.join(QStringLiteral(", ")));
    }
    return nullptr;
}

} // namespace EndpointDesk
