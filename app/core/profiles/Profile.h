#pragma once

#include "AuthMethod.h"
#include "Credentials.h"
#include "EndpointSpec.h"
#include "NetworkSettings.h"
#include "RecordServer.h"

#include <QString>

#include <optional>

namespace EndpointDesk {

// One saved connection: where to connect and who signs in, without any secret.
// Secrets belong to SecretStore; the only way one reaches the settings file is the explicit
// storeSecretsUnencrypted opt-in, and even then it is never part of this value.
struct Profile
{
    static constexpr int DefaultConnectTimeoutSeconds = NetworkSettings::DefaultConnectTimeoutSeconds;
    static constexpr int DefaultReadTimeoutSeconds = NetworkSettings::DefaultReadTimeoutSeconds;
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
    QString proxyUser; // empty: the proxy asks for no sign-in; its password is a secret (SecretKind::ProxyPassword)

    QString caFile;

    // Where the team's shared record is; no host: the local file. Its password is a secret
    // (SecretKind::RecordPassword) and stays empty here.
    RecordServer recordServer;

    bool storeSecretsUnencrypted = false;

    // Takes the method and the non-secret names from credentials (the way back from
    // credentials()); the secrets stay out of the profile.
    void applyCredentials(const Credentials &credentials);
    // The method and the non-secret names the profile keeps: accountName, iamUserName -> userName,
    // mfaUserId, accessKeyId -> accessKey. applyCredentials() is the way back.
    Credentials credentials() const;
    // What the form starts with: the region and project id, and the default VPC, subnet, flavor and agency.
    EndpointSpec formDefaults() const;

    // Stable ids for settings and exports.
    static QString proxyModeId(ProxyMode mode);
    static std::optional<ProxyMode> proxyModeFromId(const QString &id);

    friend bool operator==(const Profile &a, const Profile &b);
    friend bool operator!=(const Profile &a, const Profile &b) { return !(a == b); }

    // The proxy, CA file and timeouts the transport uses for this profile.
    NetworkSettings networkSettings() const;
};

} // namespace EndpointDesk
