#pragma once

#include "Profile.h"

#include <QList>
#include <QString>

namespace EndpointDesk {

enum class ProfileField {
    Name,
    Region,
    EndpointOverride,
    ProjectId,
    ConnectTimeout,
    ReadTimeout,
    ProxyHost,
    ProxyPort,
    ProxyUser,
    AccountName,
    IamUserName,
    MfaUserId,
    AccessKeyId,
    DefaultVpcId,
    DefaultSubnetId,
    DefaultFlavor,
    DefaultAgency,
    CaFile,
    RecordHost,
    RecordPort,
    RecordDatabase,
    RecordUser,
    RecordTls,
    RecordCaFile
};

struct ProfileProblem
{
    ProfileField field;
    QString message;
};

// Checks a profile before it is saved, when it is imported and when it is loaded: every problem at
// once, per field, so the dialog can put each message next to its field. Values are checked exactly as
// stored: the form trims what a person types, so padding (a leading space, a trailing newline) only
// comes from a file, and is refused there. No field may hold a control character.
class ProfileValidator
{
public:
    static QList<ProfileProblem> validate(const Profile &profile);
    // The field as the profile manager labels it, for messages.
    static QString fieldName(ProfileField field);
    static QString checkAccountName(const QString &name);
    static QString checkIamUserName(const QString &name);
    static QString checkMfaUserId(const QString &id);
    static QString checkAccessKeyId(const QString &id);
    static QString checkDefaultId(const QString &id);
    static QString checkProxyHost(const QString &host);
    // Sent in the proxy's Basic sign-in, where a colon would end the user name.
    static QString checkProxyUser(const QString &user);
    // A readable regular file holding at least one certificate (PEM or DER); empty is fine.
    static QString checkCaFile(const QString &path);
    // Empty when the name may be used; otherwise why not.
    static QString checkName(const QString &name);
    static QString checkRegion(const QString &regionId);
    static QString checkEndpointOverride(const QString &url);
    static QString checkProjectId(const QString &projectId);
    static QString checkTimeout(int seconds);
    // The shared record's server. Without a host (the local file) nothing else is looked at; with one the
    // database and user are required, and TLS may be off only for a server on this computer.
    static QList<ProfileProblem> checkRecordServer(const RecordServer &server);
    // A host name, an IP address or a Unix socket's folder (starting with /); never a space.
    static QString checkRecordHost(const QString &host);
    // A readable regular file of at most NetworkSettings::MaxCaFileBytes holding a PEM certificate; empty is fine.
    static QString checkRecordCaFile(const QString &path);
};

} // namespace EndpointDesk
