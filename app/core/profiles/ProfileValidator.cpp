#include "ProfileValidator.h"

#include "Region.h"
#include "ServiceEndpoints.h"
#include "SpecValidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QUrl>

#include <algorithm>

namespace EndpointDesk {

namespace {

// Names IAM accepts: letters (any script), digits, spaces and - _ . ; no path characters.
constexpr qsizetype MaxNameLength = 64;
// Huawei Cloud access key ids are 20 characters; longer ones are allowed for what the SDKs may add.
constexpr qsizetype MaxAccessKeyIdLength = 128;
constexpr qsizetype MaxHostLength = 253;
constexpr qsizetype MaxProxyUserLength = 256;
// PostgreSQL cuts names (of databases, roles) at 63 bytes.
constexpr qsizetype MaxPostgresNameBytes = 63;
// A Unix socket's path, socket file included, must fit in sun_path (108 bytes on Linux).
constexpr qsizetype MaxSocketFolderBytes = 90;

// A host name of dot-separated labels, or an IPv4 or IPv6 address.
bool isHostNameOrAddress(const QString &host)
{
    static const QRegularExpression hostName(QRegularExpression::anchoredPattern(
        QStringLiteral("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*")));
    return host.size() <= MaxHostLength && (hostName.match(host).hasMatch() || !QHostAddress(host).isNull());
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// What every text field refuses first, naming the field: padding and control characters (CR, LF...).
QString checkText(ProfileField field, const QString &value)
{
    if (value.trimmed() != value)
        return QCoreApplication::translate("EndpointDesk", "%1 cannot start or end with spaces or line breaks.")
            .arg(ProfileValidator::fieldName(field));
    if (hasControlCharacter(value))
        return QCoreApplication::translate("EndpointDesk", "%1 cannot contain control characters or line breaks.")
            .arg(ProfileValidator::fieldName(field));
    return {};
}

QString checkPersonName(ProfileField field, const QString &name)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[\\p{L}\\p{N} _.\\-]{1,64}")));
    if (name.isEmpty())
        return {};
    if (QString problem = checkText(field, name); !problem.isEmpty())
        return problem;
    if (name.size() > MaxNameLength || !pattern.match(name).hasMatch())
        return QCoreApplication::translate("EndpointDesk",
                                           "%1 may have at most 64 letters, digits, spaces and - _ . (no / or \\).")
            .arg(ProfileValidator::fieldName(field));
    return {};
}

} // namespace

QString ProfileValidator::fieldName(ProfileField field)
{
    switch (field) {
    case ProfileField::Name:
        return QCoreApplication::translate("EndpointDesk", "The profile name");
    case ProfileField::Region:
        return QCoreApplication::translate("EndpointDesk", "The region");
    case ProfileField::EndpointOverride:
        return QCoreApplication::translate("EndpointDesk", "The endpoint override");
    case ProfileField::ProjectId:
        return QCoreApplication::translate("EndpointDesk", "The project ID");
    case ProfileField::ConnectTimeout:
        return QCoreApplication::translate("EndpointDesk", "The connect timeout");
    case ProfileField::ReadTimeout:
        return QCoreApplication::translate("EndpointDesk", "The read timeout");
    case ProfileField::ProxyHost:
        return QCoreApplication::translate("EndpointDesk", "The proxy host");
    case ProfileField::ProxyPort:
        return QCoreApplication::translate("EndpointDesk", "The proxy port");
    case ProfileField::ProxyUser:
        return QCoreApplication::translate("EndpointDesk", "The proxy user");
    case ProfileField::AccountName:
        return QCoreApplication::translate("EndpointDesk", "The account name");
    case ProfileField::IamUserName:
        return QCoreApplication::translate("EndpointDesk", "The IAM user name");
    case ProfileField::MfaUserId:
        return QCoreApplication::translate("EndpointDesk", "The MFA user ID");
    case ProfileField::AccessKeyId:
        return QCoreApplication::translate("EndpointDesk", "The access key ID");
    case ProfileField::DefaultVpcId:
        return QCoreApplication::translate("EndpointDesk", "The default VPC ID");
    case ProfileField::DefaultSubnetId:
        return QCoreApplication::translate("EndpointDesk", "The default subnet ID");
    case ProfileField::DefaultFlavor:
        return QCoreApplication::translate("EndpointDesk", "The default flavor");
    case ProfileField::DefaultAgency:
        return QCoreApplication::translate("EndpointDesk", "The default agency");
    case ProfileField::CaFile:
        return QCoreApplication::translate("EndpointDesk", "The CA file");
    case ProfileField::RecordHost:
        return QCoreApplication::translate("EndpointDesk", "The record server's host");
    case ProfileField::RecordPort:
        return QCoreApplication::translate("EndpointDesk", "The record server's port");
    case ProfileField::RecordDatabase:
        return QCoreApplication::translate("EndpointDesk", "The record database");
    case ProfileField::RecordUser:
        return QCoreApplication::translate("EndpointDesk", "The record user");
    case ProfileField::RecordTls:
        return QCoreApplication::translate("EndpointDesk", "The record server's TLS");
    case ProfileField::RecordCaFile:
        return QCoreApplication::translate("EndpointDesk", "The record server's CA file");
    }
    return {};
}

QString ProfileValidator::checkAccountName(const QString &name)
{
    return checkPersonName(ProfileField::AccountName, name);
}

QString ProfileValidator::checkIamUserName(const QString &name)
{
    return checkPersonName(ProfileField::IamUserName, name);
}

QString ProfileValidator::checkMfaUserId(const QString &id)
{
    // An IAM user id: 32 hexadecimal characters, like a project id.
    if (id.isEmpty())
        return {};
    if (QString problem = checkText(ProfileField::MfaUserId, id); !problem.isEmpty())
        return problem;
    if (!SpecValidator::isProjectId(id))
        return QCoreApplication::translate(
            "EndpointDesk", "The MFA user ID is the IAM user's ID: 32 hexadecimal characters (0-9, a-f).");
    return {};
}

QString ProfileValidator::checkAccessKeyId(const QString &id)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9]+")));
    if (id.isEmpty())
        return {};
    if (QString problem = checkText(ProfileField::AccessKeyId, id); !problem.isEmpty())
        return problem;
    if (id.size() > MaxAccessKeyIdLength || !pattern.match(id).hasMatch())
        return QCoreApplication::translate("EndpointDesk",
                                           "The access key ID has only letters and digits (usually 20 of them).");
    return {};
}

QString ProfileValidator::checkDefaultId(const QString &id)
{
    if (id.isEmpty() || SpecValidator::isUuid(id))
        return {};
    return QCoreApplication::translate("EndpointDesk", "An ID looks like 01234567-89ab-cdef-0123-456789abcdef.");
}

QString ProfileValidator::checkProxyUser(const QString &user)
{
    if (user.isEmpty())
        return {};
    if (QString problem = checkText(ProfileField::ProxyUser, user); !problem.isEmpty())
        return problem;
    if (user.size() > MaxProxyUserLength || user.contains(u':'))
        return QCoreApplication::translate("EndpointDesk",
                                           "The proxy user has at most 256 characters and no colon (:).");
    return {};
}

QString ProfileValidator::checkProxyHost(const QString &host)
{
    if (host.isEmpty())
        return {};
    if (QString problem = checkText(ProfileField::ProxyHost, host); !problem.isEmpty())
        return problem;
    if (!isHostNameOrAddress(host))
        return QCoreApplication::translate("EndpointDesk",
                                           "The proxy host is a host name (letters, digits, - and .) or an IP address, "
                                           "without a scheme, port or path.");
    return {};
}

QString ProfileValidator::checkCaFile(const QString &path)
{
    if (path.isEmpty())
        return {};
    if (QString problem = checkText(ProfileField::CaFile, path); !problem.isEmpty())
        return problem;
    NetworkSettings settings;
    settings.caFile = path;
    QString problem;
    settings.loadCaCertificates(&problem);
    return problem;
}

QString ProfileValidator::checkName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("EndpointDesk", "Enter a name for the profile.");
    if (trimmed != name)
        return QCoreApplication::translate("EndpointDesk", "A profile name cannot start or end with spaces.");
    if (name.size() > 100)
        return QCoreApplication::translate("EndpointDesk", "A profile name can be at most 100 characters long.");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return QCoreApplication::translate("EndpointDesk", "A profile name cannot contain control characters.");
    }
    return {};
}

QString ProfileValidator::checkRegion(const QString &regionId)
{
    return RegionCatalog::checkId(regionId);
}

QString ProfileValidator::checkEndpointOverride(const QString &url)
{
    if (url.isEmpty())
        return {};
    if (QString problem = checkText(ProfileField::EndpointOverride, url); !problem.isEmpty())
        return problem;
    return ServiceEndpoints::checkOverride(QUrl(url, QUrl::StrictMode));
}

QString ProfileValidator::checkProjectId(const QString &projectId)
{
    // A profile may leave the project to be picked after signing in.
    if (projectId.isEmpty() || SpecValidator::isProjectId(projectId))
        return {};
    return QCoreApplication::translate("EndpointDesk", "A project ID is 32 hexadecimal characters (0-9, a-f).");
}

QString ProfileValidator::checkTimeout(int seconds)
{
    if (seconds < 1 || seconds > Profile::MaxTimeoutSeconds)
        return QCoreApplication::translate("EndpointDesk", "Enter a number of seconds from 1 to %1.")
            .arg(Profile::MaxTimeoutSeconds);
    return {};
}

QString ProfileValidator::checkRecordHost(const QString &host)
{
    if (host.isEmpty())
        return {};
    if (QString problem = checkText(ProfileField::RecordHost, host); !problem.isEmpty())
        return problem;
    if (host.startsWith(u'/')) {
        // A folder: any name the file system takes, but libpq's connection string and a person reading it
        // both stumble on spaces.
        if (host.contains(QRegularExpression(QStringLiteral("\\s"))) || host.toUtf8().size() > MaxSocketFolderBytes)
            return QCoreApplication::translate("EndpointDesk",
                                               "The Unix socket folder of the record server has no spaces and at most "
                                               "%1 bytes, like /var/run/postgresql.")
                .arg(MaxSocketFolderBytes);
        return {};
    }
    if (!isHostNameOrAddress(host))
        return QCoreApplication::translate("EndpointDesk",
                                           "The record server's host is a host name (letters, digits, - and .), an IP "
                                           "address, or the folder of its Unix socket (starting with /), without a "
                                           "scheme, port or spaces.");
    return {};
}

QString ProfileValidator::checkRecordCaFile(const QString &path)
{
    if (path.isEmpty())
        return {};
    if (QString problem = checkText(ProfileField::RecordCaFile, path); !problem.isEmpty())
        return problem;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return QCoreApplication::translate("EndpointDesk", "The record server's CA file %1 does not exist.").arg(shown);
    // A device or a pipe could block the read or never end: only a regular file is read.
    if (!info.isFile())
        return QCoreApplication::translate("EndpointDesk",
                                           "The record server's CA file %1 is not a file. Choose the certificate file "
                                           "itself.")
            .arg(shown);
    if (info.size() > NetworkSettings::MaxCaFileBytes)
        return QCoreApplication::translate("EndpointDesk",
                                           "The record server's CA file %1 is too large (more than %2 MiB) to be a "
                                           "certificate file.")
            .arg(shown)
            .arg(NetworkSettings::MaxCaFileBytes / (qint64{1024} * 1024));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("EndpointDesk", "The record server's CA file %1 cannot be read: %2.")
            .arg(shown, file.errorString());
    // libpq reads PEM only.
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(file.read(NetworkSettings::MaxCaFileBytes), QSsl::Pem);
    const bool any = std::any_of(certificates.cbegin(), certificates.cend(),
                                 [](const QSslCertificate &certificate) { return !certificate.isNull(); });
    if (!any)
        return QCoreApplication::translate("EndpointDesk",
                                           "The record server's CA file %1 holds no certificate in PEM form "
                                           "(\"-----BEGIN CERTIFICATE-----\").")
            .arg(shown);
    return {};
}

QList<ProfileProblem> ProfileValidator::checkRecordServer(const RecordServer &server)
{
    QList<ProfileProblem> problems;
    auto add = [&problems](ProfileField field, const QString &message) {
        if (!message.isEmpty())
            problems.append({field, message});
    };
    if (!server.isSet())
        return problems; // the local file: the rest is kept for later, and not looked at
    add(ProfileField::RecordHost, checkRecordHost(server.host));
    if (server.port < 1 || server.port > 65535)
        add(ProfileField::RecordPort,
            QCoreApplication::translate("EndpointDesk", "Enter the record server's port, from 1 to 65535."));
    // A PostgreSQL name: anything but padding and control characters, at most 63 bytes.
    auto checkName = [](ProfileField field, const QString &name, const QString &missing) {
        if (name.isEmpty())
            return missing;
        if (QString problem = checkText(field, name); !problem.isEmpty())
            return problem;
        if (name.toUtf8().size() > MaxPostgresNameBytes)
            return QCoreApplication::translate("EndpointDesk", "%1 can be at most %2 bytes long.")
                .arg(fieldName(field))
                .arg(MaxPostgresNameBytes);
        return QString();
    };
    add(ProfileField::RecordDatabase,
        checkName(ProfileField::RecordDatabase, server.database,
                  QCoreApplication::translate("EndpointDesk", "Enter the record database's name.")));
    add(ProfileField::RecordUser, checkName(ProfileField::RecordUser, server.user,
                                            QCoreApplication::translate("EndpointDesk", "Enter the record user.")));
    add(ProfileField::RecordCaFile, checkRecordCaFile(server.caFile));
    if (!server.tls && !server.isOnThisComputer())
        add(ProfileField::RecordTls,
            QCoreApplication::translate("EndpointDesk",
                                        "Turn on TLS for the record server: without it the password and every "
                                        "endpoint cross the network readable, and anyone on the way could pose as "
                                        "the server. Only a server on this computer (localhost, 127.0.0.1, ::1 or a "
                                        "Unix socket folder) may be reached without TLS."));
    return problems;
}

QList<ProfileProblem> ProfileValidator::validate(const Profile &profile)
{
    QList<ProfileProblem> problems;
    auto add = [&problems](ProfileField field, const QString &message) {
        if (!message.isEmpty())
            problems.append({field, message});
    };
    add(ProfileField::Name, checkName(profile.name));
    add(ProfileField::Region, checkRegion(profile.regionId));
    add(ProfileField::EndpointOverride, checkEndpointOverride(profile.endpointOverride));
    add(ProfileField::ProjectId, checkProjectId(profile.projectId));
    add(ProfileField::ConnectTimeout, checkTimeout(profile.connectTimeoutSeconds));
    add(ProfileField::ReadTimeout, checkTimeout(profile.readTimeoutSeconds));
    add(ProfileField::AccountName, checkAccountName(profile.accountName));
    add(ProfileField::IamUserName, checkIamUserName(profile.iamUserName));
    add(ProfileField::MfaUserId, checkMfaUserId(profile.mfaUserId));
    add(ProfileField::AccessKeyId, checkAccessKeyId(profile.accessKeyId));
    add(ProfileField::DefaultVpcId, checkDefaultId(profile.defaultVpcId));
    add(ProfileField::DefaultSubnetId, checkDefaultId(profile.defaultSubnetId));
    add(ProfileField::DefaultFlavor, SpecValidator::checkFlavor(profile.defaultFlavor));
    add(ProfileField::DefaultAgency, SpecValidator::checkAgency(profile.defaultAgency));
    add(ProfileField::ProxyHost, checkProxyHost(profile.proxyHost));
    add(ProfileField::ProxyUser, checkProxyUser(profile.proxyUser));
    add(ProfileField::CaFile, checkCaFile(profile.caFile));
    problems.append(checkRecordServer(profile.recordServer));
    if (profile.proxyMode == ProxyMode::Manual) {
        if (profile.proxyHost.isEmpty())
            add(ProfileField::ProxyHost,
                QCoreApplication::translate("EndpointDesk", "Enter the proxy's host name or address."));
        if (profile.proxyPort < 1 || profile.proxyPort > 65535)
            add(ProfileField::ProxyPort,
                QCoreApplication::translate("EndpointDesk", "Enter the proxy's port, from 1 to 65535."));
    }
    return problems;
}

} // namespace EndpointDesk
