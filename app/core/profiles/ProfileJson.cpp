#include "ProfileJson.h"

#include "ProfileValidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <functional>
#include <limits>

namespace EndpointDesk {

namespace {

// JSON keys of one profile, declared once.
namespace Key {
const QString name = QStringLiteral("name");
const QString region = QStringLiteral("region");
const QString endpointOverride = QStringLiteral("endpointOverride");
const QString projectId = QStringLiteral("projectId");
const QString authMethod = QStringLiteral("authMethod");
const QString accountName = QStringLiteral("accountName");
const QString iamUserName = QStringLiteral("iamUserName");
const QString mfaUserId = QStringLiteral("mfaUserId");
const QString accessKeyId = QStringLiteral("accessKeyId");
const QString defaultVpcId = QStringLiteral("defaultVpcId");
const QString defaultSubnetId = QStringLiteral("defaultSubnetId");
const QString defaultFlavor = QStringLiteral("defaultFlavor");
const QString defaultAgency = QStringLiteral("defaultAgency");
const QString connectTimeout = QStringLiteral("connectTimeoutSeconds");
const QString readTimeout = QStringLiteral("readTimeoutSeconds");
const QString proxyMode = QStringLiteral("proxyMode");
const QString proxyHost = QStringLiteral("proxyHost");
const QString proxyPort = QStringLiteral("proxyPort");
const QString proxyUser = QStringLiteral("proxyUser");
const QString caFile = QStringLiteral("caFile");
const QString recordHost = QStringLiteral("recordHost");
const QString recordPort = QStringLiteral("recordPort");
const QString recordDatabase = QStringLiteral("recordDatabase");
const QString recordUser = QStringLiteral("recordUser");
const QString recordTls = QStringLiteral("recordTls");
const QString recordCaFile = QStringLiteral("recordCaFile");
} // namespace Key

// How many entries are read between two progress reports.
constexpr int ProgressInterval = 250;

const QString formatKey = QStringLiteral("format");
const QString versionKey = QStringLiteral("version");
const QString profilesKey = QStringLiteral("profiles");

// Keys someone might add by hand; never imported, so a secret cannot arrive this way.
const QStringList secretKeys = {QStringLiteral("password"),      QStringLiteral("secretKey"),
                                QStringLiteral("securityToken"), QStringLiteral("token"),
                                QStringLiteral("proxyPassword"), QStringLiteral("recordPassword")};

QString jsonKeyFor(ProfileField field)
{
    switch (field) {
    case ProfileField::Name:
        return Key::name;
    case ProfileField::Region:
        return Key::region;
    case ProfileField::EndpointOverride:
        return Key::endpointOverride;
    case ProfileField::ProjectId:
        return Key::projectId;
    case ProfileField::ConnectTimeout:
        return Key::connectTimeout;
    case ProfileField::ReadTimeout:
        return Key::readTimeout;
    case ProfileField::ProxyHost:
        return Key::proxyHost;
    case ProfileField::ProxyPort:
        return Key::proxyPort;
    case ProfileField::ProxyUser:
        return Key::proxyUser;
    case ProfileField::AccountName:
        return Key::accountName;
    case ProfileField::IamUserName:
        return Key::iamUserName;
    case ProfileField::MfaUserId:
        return Key::mfaUserId;
    case ProfileField::AccessKeyId:
        return Key::accessKeyId;
    case ProfileField::DefaultVpcId:
        return Key::defaultVpcId;
    case ProfileField::DefaultSubnetId:
        return Key::defaultSubnetId;
    case ProfileField::DefaultFlavor:
        return Key::defaultFlavor;
    case ProfileField::DefaultAgency:
        return Key::defaultAgency;
    case ProfileField::CaFile:
        return Key::caFile;
    case ProfileField::RecordHost:
        return Key::recordHost;
    case ProfileField::RecordPort:
        return Key::recordPort;
    case ProfileField::RecordDatabase:
        return Key::recordDatabase;
    case ProfileField::RecordUser:
        return Key::recordUser;
    case ProfileField::RecordTls:
        return Key::recordTls;
    case ProfileField::RecordCaFile:
        return Key::recordCaFile;
    }
    return {};
}

} // namespace

QString ProfileJson::formatName()
{
    return QStringLiteral("endpointdesk-profiles");
}

QByteArray ProfileJson::exportProfiles(const QList<Profile> &profiles)
{
    QJsonArray list;
    for (const Profile &p : profiles) {
        QJsonObject o;
        o.insert(Key::name, p.name);
        o.insert(Key::region, p.regionId);
        o.insert(Key::endpointOverride, p.endpointOverride);
        o.insert(Key::projectId, p.projectId);
        o.insert(Key::authMethod, AuthMethods::id(p.authMethod));
        o.insert(Key::accountName, p.accountName);
        o.insert(Key::iamUserName, p.iamUserName);
        o.insert(Key::mfaUserId, p.mfaUserId);
        o.insert(Key::accessKeyId, p.accessKeyId);
        o.insert(Key::defaultVpcId, p.defaultVpcId);
        o.insert(Key::defaultSubnetId, p.defaultSubnetId);
        o.insert(Key::defaultFlavor, p.defaultFlavor);
        o.insert(Key::defaultAgency, p.defaultAgency);
        o.insert(Key::connectTimeout, p.connectTimeoutSeconds);
        o.insert(Key::readTimeout, p.readTimeoutSeconds);
        o.insert(Key::proxyMode, Profile::proxyModeId(p.proxyMode));
        o.insert(Key::proxyHost, p.proxyHost);
        o.insert(Key::proxyPort, p.proxyPort);
        o.insert(Key::proxyUser, p.proxyUser);
        o.insert(Key::caFile, p.caFile);
        // Only a profile that names a server says so: the others read as before in older versions.
        // Never the password.
        if (p.recordServer.isSet()) {
            o.insert(Key::recordHost, p.recordServer.host);
            o.insert(Key::recordPort, p.recordServer.port);
            o.insert(Key::recordDatabase, p.recordServer.database);
            o.insert(Key::recordUser, p.recordServer.user);
            o.insert(Key::recordTls, p.recordServer.tls);
            o.insert(Key::recordCaFile, p.recordServer.caFile);
        }
        list.append(o);
    }
    QJsonObject document;
    document.insert(formatKey, formatName());
    document.insert(versionKey, FormatVersion);
    document.insert(profilesKey, list);
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

ProfileImportResult ProfileJson::importProfiles(const QByteArray &json, const QStringList &existingNames,
                                                const Progress &progress)
{
    using Severity = ProfileImportProblem::Severity;
    ProfileImportResult result;
    auto documentError = [&result](const QString &message) {
        result.problems.append({Severity::Error, -1, {}, {}, message});
        return result;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return documentError(
            QCoreApplication::translate("EndpointDesk", "The file is not valid JSON (%1 at character %2).")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    if (!document.isObject())
        return documentError(
            QCoreApplication::translate("EndpointDesk", "The file is not an Endpoint Desk profile export."));
    const QJsonObject root = document.object();
    if (root.value(formatKey).toString() != formatName())
        return documentError(
            QCoreApplication::translate("EndpointDesk", "The file is not an Endpoint Desk profile export."));
    const QJsonValue version = root.value(versionKey);
    if (!version.isDouble() || version.toInt() < 1)
        return documentError(
            QCoreApplication::translate("EndpointDesk", "The export's version is missing or not a number."));
    if (version.toInt() > FormatVersion)
        result.problems.append(
            {Severity::Warning,
             -1,
             {},
             versionKey,
             QCoreApplication::translate("EndpointDesk",
                                         "The file was written by a newer version of Endpoint Desk; only what this "
                                         "version understands is imported.")});
    if (!root.value(profilesKey).isArray())
        return documentError(QCoreApplication::translate("EndpointDesk", "The file has no list of profiles."));
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.key() != formatKey && it.key() != versionKey && it.key() != profilesKey)
            result.problems.append({Severity::Warning,
                                    -1,
                                    {},
                                    it.key(),
                                    QCoreApplication::translate("EndpointDesk", "Unknown field, ignored.")});
    }

    // A set, not a list: a large import must not compare every name with every other.
    QSet<QString> taken(existingNames.cbegin(), existingNames.cend());
    const QJsonArray list = root.value(profilesKey).toArray();
    const int total = int(list.size());
    for (int index = 0; index < total; ++index) {
        if (progress && index % ProgressInterval == 0)
            progress(index, total);
        if (!list.at(index).isObject()) {
            result.problems.append(
                {Severity::Error,
                 index,
                 {},
                 {},
                 QCoreApplication::translate("EndpointDesk", "This entry is not a profile object.")});
            continue;
        }
        const QJsonObject o = list.at(index).toObject();
        const QString rawName = o.value(Key::name).toString();
        bool bad = false;
        QSet<QString> fieldsWithProblems;
        auto problem = [&](Severity severity, const QString &field, const QString &message) {
            result.problems.append({severity, index, rawName, field, message});
            fieldsWithProblems.insert(field);
            if (severity == Severity::Error)
                bad = true;
        };

        Profile p;
        // Each known key: its reader returns false on a wrong type.
        auto readString = [&](const QString &key, QString &target) {
            const QJsonValue v = o.value(key);
            if (v.isUndefined() || v.isNull())
                return;
            if (!v.isString()) {
                problem(Severity::Error, key, QCoreApplication::translate("EndpointDesk", "Expected text."));
                return;
            }
            target = v.toString();
        };
        auto readInt = [&](const QString &key, int &target) {
            const QJsonValue v = o.value(key);
            if (v.isUndefined() || v.isNull())
                return;
            const double d = v.toDouble();
            if (!v.isDouble() || !std::isfinite(d) || d != std::trunc(d)) {
                problem(Severity::Error, key, QCoreApplication::translate("EndpointDesk", "Expected a whole number."));
                return;
            }
            // Converting a double beyond int's range is undefined behaviour: check before converting.
            if (d < double(std::numeric_limits<int>::min()) || d > double(std::numeric_limits<int>::max())) {
                problem(Severity::Error, key,
                        QCoreApplication::translate("EndpointDesk", "The number is out of range."));
                return;
            }
            target = static_cast<int>(d);
        };
        auto readBool = [&](const QString &key, bool &target) {
            const QJsonValue v = o.value(key);
            if (v.isUndefined() || v.isNull())
                return;
            if (!v.isBool()) {
                problem(Severity::Error, key, QCoreApplication::translate("EndpointDesk", "Expected true or false."));
                return;
            }
            target = v.toBool();
        };
        QString authId;
        QString proxyId;
        const QHash<QString, std::function<void()>> readers = {
            {Key::name, [&] { readString(Key::name, p.name); }},
            {Key::region, [&] { readString(Key::region, p.regionId); }},
            {Key::endpointOverride, [&] { readString(Key::endpointOverride, p.endpointOverride); }},
            {Key::projectId, [&] { readString(Key::projectId, p.projectId); }},
            {Key::authMethod, [&] { readString(Key::authMethod, authId); }},
            {Key::accountName, [&] { readString(Key::accountName, p.accountName); }},
            {Key::iamUserName, [&] { readString(Key::iamUserName, p.iamUserName); }},
            {Key::mfaUserId, [&] { readString(Key::mfaUserId, p.mfaUserId); }},
            {Key::accessKeyId, [&] { readString(Key::accessKeyId, p.accessKeyId); }},
            {Key::defaultVpcId, [&] { readString(Key::defaultVpcId, p.defaultVpcId); }},
            {Key::defaultSubnetId, [&] { readString(Key::defaultSubnetId, p.defaultSubnetId); }},
            {Key::defaultFlavor, [&] { readString(Key::defaultFlavor, p.defaultFlavor); }},
            {Key::defaultAgency, [&] { readString(Key::defaultAgency, p.defaultAgency); }},
            {Key::connectTimeout, [&] { readInt(Key::connectTimeout, p.connectTimeoutSeconds); }},
            {Key::readTimeout, [&] { readInt(Key::readTimeout, p.readTimeoutSeconds); }},
            {Key::proxyMode, [&] { readString(Key::proxyMode, proxyId); }},
            {Key::proxyHost, [&] { readString(Key::proxyHost, p.proxyHost); }},
            {Key::proxyPort, [&] { readInt(Key::proxyPort, p.proxyPort); }},
            {Key::proxyUser, [&] { readString(Key::proxyUser, p.proxyUser); }},
            {Key::caFile, [&] { readString(Key::caFile, p.caFile); }},
            {Key::recordHost, [&] { readString(Key::recordHost, p.recordServer.host); }},
            {Key::recordPort, [&] { readInt(Key::recordPort, p.recordServer.port); }},
            {Key::recordDatabase, [&] { readString(Key::recordDatabase, p.recordServer.database); }},
            {Key::recordUser, [&] { readString(Key::recordUser, p.recordServer.user); }},
            {Key::recordTls, [&] { readBool(Key::recordTls, p.recordServer.tls); }},
            {Key::recordCaFile, [&] { readString(Key::recordCaFile, p.recordServer.caFile); }},
        };
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const auto reader = readers.constFind(it.key());
            if (reader != readers.constEnd())
                (*reader)();
            else if (secretKeys.contains(it.key()))
                problem(Severity::Warning, it.key(),
                        QCoreApplication::translate("EndpointDesk",
                                                    "Secrets are never imported; enter it after importing."));
            else
                problem(Severity::Warning, it.key(),
                        QCoreApplication::translate("EndpointDesk", "Unknown field, ignored."));
        }
        if (!authId.isEmpty()) {
            if (const std::optional<AuthMethod> method = AuthMethods::fromId(authId))
                p.authMethod = *method;
            else
                problem(
                    Severity::Error, Key::authMethod,
                    QCoreApplication::translate("EndpointDesk", "\"%1\" is not a known sign-in method.").arg(authId));
        }
        if (!proxyId.isEmpty()) {
            if (const std::optional<ProxyMode> mode = Profile::proxyModeFromId(proxyId))
                p.proxyMode = *mode;
            else
                problem(
                    Severity::Error, Key::proxyMode,
                    QCoreApplication::translate("EndpointDesk", "\"%1\" is not a proxy mode (system, none, manual).")
                        .arg(proxyId));
        }
        // Wrong types were reported already; validate only the fields that were read.
        const QList<ProfileProblem> invalid = ProfileValidator::validate(p);
        for (const ProfileProblem &v : invalid) {
            const QString key = jsonKeyFor(v.field);
            if (!fieldsWithProblems.contains(key))
                problem(Severity::Error, key, v.message);
        }
        if (bad)
            continue;

        const QString original = p.name;
        for (int n = 2; taken.contains(p.name); ++n)
            p.name = QStringLiteral("%1 (%2)").arg(original).arg(n);
        if (p.name != original)
            problem(Severity::Warning, Key::name,
                    QCoreApplication::translate(
                        "EndpointDesk", "A profile named \"%1\" already exists; this one is imported as \"%2\".")
                        .arg(original, p.name));
        taken.insert(p.name);
        result.profiles.append(p);
    }
    if (progress)
        progress(total, total);
    return result;
}

} // namespace EndpointDesk
