#pragma once

#include "Profile.h"
#include "SecretKind.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace EndpointDesk {

// One KooCLI profile that Endpoint Desk can use, mapped to a profile of ours.
struct KooCliProfile
{
    QString sourceName; // as KooCLI's file names it
    QString mode;       // KooCLI's mode (AKSK, token)
    bool current = false;
    Profile profile; // valid, and named so that nothing is overwritten
    // Secrets the file holds in plain text, for the keychain; never shown, never written elsewhere.
    QList<QPair<SecretKind, QString>> secrets;
    // Secrets the person must enter before signing in, and why they were not taken.
    QList<SecretKind> missingSecrets;
    QString missingReason;
    QStringList notes; // values left out or replaced, for the person
};

// A KooCLI profile left out, with the reason.
struct KooCliSkipped
{
    QString name;
    QString mode;
    QString reason;
};

// Reads KooCLI's configuration file (~/.hcloud/config.json): a "current" profile name and a
// "profiles" list whose entries carry name, mode, accessKeyId, secretAccessKey, securityToken,
// xAuthToken, expiresAt, region, projectId, domainId, readTimeout, connectTimeout and more.
// The file is only read, never written.
//
// Secrets: KooCLI 5.2.7 and later encrypt them by default with a key only that installation holds.
// They are taken only when the file says so ("authEncrypt": "false"); otherwise the profile comes
// without them and the person is asked for them.
class KooCliConfig
{
public:
    // Larger than any KooCLI configuration: it holds a few profiles.
    static constexpr qint64 MaxFileBytes = qint64{4} * 1024 * 1024;

    struct Result
    {
        QString problem; // the file could not be read or is not KooCLI's configuration: nothing taken
        bool secretsEncrypted = true;
        QString currentName;
        QList<KooCliProfile> profiles;
        QList<KooCliSkipped> skipped;
    };

    // ~/.hcloud/config.json
    static QString defaultPath();
    // existingNames: the profiles already saved; a clashing name gets a " (2)"-style suffix.
    static Result parse(const QByteArray &json, const QStringList &existingNames);
    static Result readFile(const QString &path, const QStringList &existingNames);

    // The mode names KooCLI documents, and the ones of them Endpoint Desk can sign in with.
    static QStringList knownModes();
    static bool isUsableMode(const QString &mode);
};

} // namespace EndpointDesk
