#pragma once

#include <QLatin1String>

namespace EndpointDesk {

// Every key of the settings file, declared once. Profile keys are relative to the profile's group
// (ProfileStore::groupFor). Renaming a key means a new schema version and a migration step.
struct SettingsKeys
{
    // Top level.
    static constexpr QLatin1String SchemaVersion{"schemaVersion"};
    static constexpr QLatin1String DefaultProfile{"defaultProfile"};
    static constexpr QLatin1String LastUsedProfile{"lastUsedProfile"};
    // The main window's size and place (QWidget::saveGeometry), restored at the next start.
    static constexpr QLatin1String WindowGeometry{"window/geometry"};
    static constexpr QLatin1String ProfilesGroup{"profiles"};
    // The language chosen in Preferences ("en", "zh_CN"); absent for the system's.
    static constexpr QLatin1String Language{"ui/language"};

    // Inside a profile's group.
    static constexpr QLatin1String Name{"name"};
    static constexpr QLatin1String Region{"region"};
    static constexpr QLatin1String EndpointOverride{"endpointOverride"};
    static constexpr QLatin1String ProjectId{"projectId"};
    static constexpr QLatin1String AuthMethod{"authMethod"};
    static constexpr QLatin1String AccountName{"accountName"};
    static constexpr QLatin1String IamUserName{"iamUserName"};
    static constexpr QLatin1String MfaUserId{"mfaUserId"};
    static constexpr QLatin1String AccessKeyId{"accessKeyId"};
    static constexpr QLatin1String DefaultVpcId{"defaults/vpcId"};
    static constexpr QLatin1String DefaultSubnetId{"defaults/subnetId"};
    static constexpr QLatin1String DefaultFlavor{"defaults/flavor"};
    static constexpr QLatin1String DefaultAgency{"defaults/agency"};
    static constexpr QLatin1String ConnectTimeout{"timeouts/connectSeconds"};
    static constexpr QLatin1String ReadTimeout{"timeouts/readSeconds"};
    static constexpr QLatin1String ProxyMode{"proxy/mode"};
    static constexpr QLatin1String ProxyHost{"proxy/host"};
    static constexpr QLatin1String ProxyPort{"proxy/port"};
    static constexpr QLatin1String ProxyUser{"proxy/user"}; // its password goes to the keychain
    static constexpr QLatin1String CaFile{"caFile"};
    // The shared record's server (RecordServer); no host: the local file. Its password goes to the keychain.
    static constexpr QLatin1String RecordHost{"record/host"};
    static constexpr QLatin1String RecordPort{"record/port"};
    static constexpr QLatin1String RecordDatabase{"record/database"};
    static constexpr QLatin1String RecordUser{"record/user"};
    static constexpr QLatin1String RecordTls{"record/tls"};
    static constexpr QLatin1String RecordCaFile{"record/caFile"};
    static constexpr QLatin1String StoreSecretsUnencrypted{"storeSecretsUnencrypted"};
    // Subgroup holding secrets only when the profile opted in; named so nobody mistakes it.
    static constexpr QLatin1String UnencryptedSecretsGroup{"UNENCRYPTED-secrets"};

    // Schema version 1 (before endpointOverride and textual auth method ids).
    static constexpr QLatin1String V1Endpoint{"endpoint"};
};

} // namespace EndpointDesk
