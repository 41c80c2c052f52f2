#include "KooCliConfig.h"

#include "ProfileValidator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace EndpointDesk {

namespace {

// KooCLI's keys, as `hcloud configure show` prints them and the file stores them.
namespace Key {
const QString current = QStringLiteral("current");
const QString profiles = QStringLiteral("profiles");
const QString authEncrypt = QStringLiteral("authEncrypt");
const QString name = QStringLiteral("name");
const QString mode = QStringLiteral("mode");
const QString accessKeyId = QStringLiteral("accessKeyId");
const QString secretAccessKey = QStringLiteral("secretAccessKey");
const QString securityToken = QStringLiteral("securityToken");
const QString xAuthToken = QStringLiteral("xAuthToken");
const QString expiresAt = QStringLiteral("expiresAt");
const QString region = QStringLiteral("region");
const QString projectId = QStringLiteral("projectId");
const QString readTimeout = QStringLiteral("readTimeout");
const QString connectTimeout = QStringLiteral("connectTimeout");
const QString skipSecureVerify = QStringLiteral("skipSecureVerify");
} // namespace Key

namespace Mode {
const QString akSk = QStringLiteral("AKSK");
const QString token = QStringLiteral("token");
const QString agency = QStringLiteral("agency");
const QString assumeRole = QStringLiteral("AssumeRole");
const QString ecsAgency = QStringLiteral("ecsAgency");
const QString sso = QStringLiteral("SSO");
} // namespace Mode

// Text of a key; numbers and booleans as KooCLI would print them, anything else empty.
QString text(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

bool isFalse(const QJsonValue &value)
{
    if (value.isBool())
        return !value.toBool();
    return value.isString() && value.toString().trimmed().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0;
}

// KooCLI writes timeouts as numbers; a string of digits is taken too. -1 when absent or unusable.
int seconds(const QJsonObject &object, const QString &key, bool *present)
{
    const QJsonValue value = object.value(key);
    *present = !value.isUndefined() && !value.isNull();
    double number = -1;
    if (value.isDouble())
        number = value.toDouble();
    else if (value.isString())
        number = value.toString().trimmed().toDouble();
    if (!std::isfinite(number) || number != std::floor(number) || number < 1 || number > Profile::MaxTimeoutSeconds)
        return -1;
    return int(number);
}

QString skipReason(const QString &mode)
{
    if (mode == Mode::agency || mode == Mode::assumeRole)
        return QCoreApplication::translate(
            "EndpointDesk",
            "It signs in by taking on an agency of another account, which Endpoint Desk cannot do. Create "
            "an access key or an IAM user in that account and add a profile for it.");
    if (mode == Mode::ecsAgency)
        return QCoreApplication::translate(
            "EndpointDesk", "It takes temporary keys from the ECS server it runs on, which only works on that server.");
    if (mode == Mode::sso)
        return QCoreApplication::translate(
            "EndpointDesk",
            "It signs in through single sign-on in a web browser, which Endpoint Desk does not support.");
    if (mode.isEmpty())
        return QCoreApplication::translate("EndpointDesk", "It names no mode.");
    return QCoreApplication::translate("EndpointDesk", "Its mode \"%1\" is not one KooCLI documents.")
        .arg(mode.left(40));
}

QString kindName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::SecretKey:
        return QCoreApplication::translate("EndpointDesk", "secret key");
    case SecretKind::SecurityToken:
        return QCoreApplication::translate("EndpointDesk", "security token");
    case SecretKind::Token:
        return QCoreApplication::translate("EndpointDesk", "token");
    case SecretKind::Password:
        return QCoreApplication::translate("EndpointDesk", "password");
    case SecretKind::ProxyPassword:
    case SecretKind::RecordPassword:
        break;
    }
    return {};
}

// A name not in taken: name, else "name (2)", "name (3)"...
QString freeName(const QString &name, const QSet<QString> &taken)
{
    if (!taken.contains(name))
        return name;
    for (int n = 2;; ++n) {
        const QString candidate = name + QStringLiteral(" (%1)").arg(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

// Huawei Cloud access key ids: upper-case letters and digits, 20 of them today.
bool looksLikeAccessKeyId(const QString &id)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[A-Z0-9]{16,64}")));
    return pattern.match(id).hasMatch();
}

} // namespace

QString KooCliConfig::defaultPath()
{
    return QDir::home().filePath(QStringLiteral(".hcloud/config.json"));
}

QStringList KooCliConfig::knownModes()
{
    return {Mode::akSk, Mode::token, Mode::agency, Mode::assumeRole, Mode::ecsAgency, Mode::sso};
}

bool KooCliConfig::isUsableMode(const QString &mode)
{
    return mode == Mode::akSk || mode == Mode::token;
}

KooCliConfig::Result KooCliConfig::readFile(const QString &path, const QStringList &existingNames)
{
    Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = QCoreApplication::translate("EndpointDesk", "Could not read %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    if (file.size() > MaxFileBytes) {
        result.problem = QCoreApplication::translate("EndpointDesk", "%1 is too large to be KooCLI's configuration.")
                             .arg(QDir::toNativeSeparators(path));
        return result;
    }
    return parse(file.read(MaxFileBytes), existingNames);
}

KooCliConfig::Result KooCliConfig::parse(const QByteArray &json, const QStringList &existingNames)
{
    Result result;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        result.problem = QCoreApplication::translate(
                             "EndpointDesk", "This is not KooCLI's configuration: the JSON is damaged at byte %1 (%2).")
                             .arg(error.offset)
                             .arg(error.errorString());
        return result;
    }
    const QJsonObject top = document.object();
    if (!document.isObject() || !top.value(Key::profiles).isArray()) {
        result.problem = QCoreApplication::translate("EndpointDesk",
                                                     "This is not KooCLI's configuration: it has no list of profiles.");
        return result;
    }
    result.secretsEncrypted = !isFalse(top.value(Key::authEncrypt));
    result.currentName = text(top, Key::current);

    QSet<QString> taken(existingNames.cbegin(), existingNames.cend());
    const QJsonArray entries = top.value(Key::profiles).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QString sourceName = text(entry, Key::name);
        const QString mode = text(entry, Key::mode);
        const QString shownName = sourceName.isEmpty()
                                      ? QCoreApplication::translate("EndpointDesk", "Profile %1").arg(i + 1)
                                      : sourceName.left(100);
        if (!entries.at(i).isObject()) {
            result.skipped.append(
                {shownName,
                 {},
                 QCoreApplication::translate("EndpointDesk", "It is not a profile: the entry is not a JSON object.")});
            continue;
        }
        if (!isUsableMode(mode)) {
            result.skipped.append({shownName, mode.left(40), skipReason(mode)});
            continue;
        }
        if (const QString problem = ProfileValidator::checkName(sourceName); !problem.isEmpty()) {
            result.skipped.append({shownName, mode, problem});
            continue;
        }
        const QString region = text(entry, Key::region);
        if (region.isEmpty()) {
            result.skipped.append(
                {shownName, mode,
                 QCoreApplication::translate("EndpointDesk",
                                             "It names no region. Set one in KooCLI, or add the profile by hand.")});
            continue;
        }
        if (const QString problem = ProfileValidator::checkRegion(region); !problem.isEmpty()) {
            result.skipped.append({shownName, mode, problem});
            continue;
        }

        KooCliProfile imported;
        imported.sourceName = sourceName;
        imported.mode = mode;
        imported.current = sourceName == result.currentName;
        Profile &profile = imported.profile;
        profile.name = freeName(sourceName, taken);
        if (profile.name != sourceName)
            imported.notes.append(
                QCoreApplication::translate("EndpointDesk", "Saved as \"%1\": a profile named \"%2\" exists already.")
                    .arg(profile.name, sourceName));
        profile.regionId = region;

        const QString projectId = text(entry, Key::projectId);
        if (ProfileValidator::checkProjectId(projectId).isEmpty())
            profile.projectId = projectId;
        else
            imported.notes.append(QCoreApplication::translate(
                "EndpointDesk", "Its project ID is not one, so it was left out: pick the project after "
                                "signing in."));

        struct Timeout
        {
            const QString &key;
            int *target;
            const char *label;
        };
        const Timeout timeouts[] = {
            {Key::connectTimeout, &profile.connectTimeoutSeconds, QT_TRANSLATE_NOOP("EndpointDesk", "connect timeout")},
            {Key::readTimeout, &profile.readTimeoutSeconds, QT_TRANSLATE_NOOP("EndpointDesk", "read timeout")}};
        for (const Timeout &timeout : timeouts) {
            bool present = false;
            if (const int value = seconds(entry, timeout.key, &present); value > 0)
                *timeout.target = value;
            else if (present) // the default stays
                imported.notes.append(QCoreApplication::translate("EndpointDesk",
                                                                  "Its %1 is not a number of seconds from 1 to %2: "
                                                                  "the default of %3 seconds is used.")
                                          .arg(QCoreApplication::translate("EndpointDesk", timeout.label))
                                          .arg(Profile::MaxTimeoutSeconds)
                                          .arg(*timeout.target));
        }
        if (text(entry, Key::skipSecureVerify).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            imported.notes.append(QCoreApplication::translate(
                "EndpointDesk", "KooCLI skips certificate checks for this profile; Endpoint Desk always "
                                "checks them."));

        QList<QPair<SecretKind, QString>> secrets;
        if (mode == Mode::akSk) {
            const QString securityToken = text(entry, Key::securityToken);
            // An access key with a security token is a temporary one.
            profile.authMethod = securityToken.isEmpty() ? AuthMethod::AkSk : AuthMethod::TemporaryAkSk;
            const QString accessKeyId = text(entry, Key::accessKeyId);
            const bool takeAccessKey = result.secretsEncrypted
                                           ? looksLikeAccessKeyId(accessKeyId)
                                           : ProfileValidator::checkAccessKeyId(accessKeyId).isEmpty();
            if (takeAccessKey)
                profile.accessKeyId = accessKeyId;
            else if (!accessKeyId.isEmpty())
                imported.notes.append(QCoreApplication::translate(
                    "EndpointDesk", "Its access key ID could not be read: enter it in Profiles."));
            secrets.append({SecretKind::SecretKey, text(entry, Key::secretAccessKey)});
            if (profile.authMethod == AuthMethod::TemporaryAkSk)
                secrets.append({SecretKind::SecurityToken, securityToken});
        } else {
            profile.authMethod = AuthMethod::Token;
            secrets.append({SecretKind::Token, text(entry, Key::xAuthToken)});
        }

        // A token, and temporary keys with it, end at expiresAt: an expired one is no use to take.
        QDateTime expires = QDateTime::fromString(text(entry, Key::expiresAt), Qt::ISODateWithMs);
        if (!expires.isValid())
            expires = QDateTime::fromString(text(entry, Key::expiresAt), Qt::ISODate);
        const bool expired =
            profile.authMethod != AuthMethod::AkSk && expires.isValid() && expires < QDateTime::currentDateTimeUtc();
        QStringList missingNames;
        for (const auto &[kind, value] : secrets) {
            const bool usable = !result.secretsEncrypted && !expired && !value.isEmpty() && value.trimmed() == value
                                && value.size() <= Credentials::MaxTokenLength;
            if (usable) {
                imported.secrets.append({kind, value});
            } else {
                imported.missingSecrets.append(kind);
                missingNames.append(kindName(kind));
            }
        }
        if (!imported.missingSecrets.isEmpty()) {
            const QString what = missingNames.join(QCoreApplication::translate("EndpointDesk", " and "));
            imported.missingReason =
                expired && !result.secretsEncrypted
                    ? QCoreApplication::translate("EndpointDesk",
                                                  "Enter the %1 in Profiles: what KooCLI's file holds expired on %2.")
                          .arg(what, QLocale().toString(expires.toLocalTime(), QLocale::ShortFormat))
                : result.secretsEncrypted
                    ? QCoreApplication::translate(
                          "EndpointDesk",
                          "Enter the %1 in Profiles: KooCLI keeps its secrets encrypted with a key that only its own "
                          "installation can read.")
                          .arg(what)
                    : QCoreApplication::translate("EndpointDesk",
                                                  "Enter the %1 in Profiles: KooCLI's file does not hold it.")
                          .arg(what);
        }

        // The mapping only produces values the validator takes; a profile that still fails is skipped.
        if (const QList<ProfileProblem> problems = ProfileValidator::validate(profile); !problems.isEmpty()) {
            result.skipped.append({shownName, mode, problems.constFirst().message});
            continue;
        }
        taken.insert(profile.name);
        result.profiles.append(imported);
    }
    return result;
}

} // namespace EndpointDesk
