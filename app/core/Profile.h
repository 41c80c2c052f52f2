#pragma once

#include "AuthMethod.h"

#include <QString>

#include <optional>

namespace EndpointDesk {

struct Credentials;

enum class ProxyMode {
    System, // whatever the desktop or environment says
    None,   // always connect directly
    Manual  // host and port below; a proxy password is never stored
};

// One saved connection: where to connect and who signs in, without any secret.
// Secrets belong to SecretStore; the only way one reaches the settings file is the explicit
// storeSecretsUnencrypted opt-in, and even then it is never part of this value.
struct Profile
{
    static constexpr int DefaultConnectTimeoutSeconds = 10;
    static constexpr int DefaultReadTimeoutSeconds = 60;
    static constexpr int MaxTimeoutSeconds = 3600;

    QString name;
    QString regionId;
    QString endpointOverride; // empty: derive hosts from the region
    QString projectId;
    AuthMethod authMethod = AuthMethod::Token;
    QString accountName;
    QString iamUserName;
    QString mfaUserId;
    QString accessKeyId;

    // Prefill the create form.
    QString defaultVpcId;
    QString defaultSubnetId;
    QString defaultFlavor;
    QString defaultAgency;

    int connectTimeoutSeconds = DefaultConnectTimeoutSeconds;
    int readTimeoutSeconds = DefaultReadTimeoutSeconds;

    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;
    int proxyPort = 0;

    QString caFile;

    bool storeSecretsUnencrypted = false;

    // Takes the method and the non-secret names from credentials (the way back from
    // Credentials::fromProfile); the secrets stay out of the profile.
    void applyCredentials(const Credentials &credentials);

    // Stable ids for settings and exports.
    static QString proxyModeId(ProxyMode mode);
    static std::optional<ProxyMode> proxyModeFromId(const QString &id);

    friend bool operator==(const Profile &a, const Profile &b);
    friend bool operator!=(const Profile &a, const Profile &b) { return !(a == b); }
};

} // namespace EndpointDesk
