#pragma once

#include <QString>

namespace EndpointDesk {

// Where a secret ended up, or was found.
enum class SecretStorage {
    None,                   // nowhere (not found, or removed)
    Keychain,               // the operating system's keychain
    SessionOnly,            // memory of this run only: no keychain answered
    SettingsFileUnencrypted // the settings file, because the profile opted in
};

// The outcome of one SecretStore operation.
struct SecretResult
{
    bool ok = false;    // the operation did what was asked
    bool found = false; // reads: a value was found
    QString value;      // reads: the secret; never log or show it
    SecretStorage storage = SecretStorage::None;
    QString message; // for the person, when there is something to say; never contains the secret
};

} // namespace EndpointDesk
