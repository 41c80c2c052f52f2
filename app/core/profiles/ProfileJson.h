#pragma once

#include "Profile.h"
#include "ProfileImportResult.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <functional>

namespace EndpointDesk {

// Profiles as a versioned JSON document, for moving them between computers. Never contains a
// secret (the record server's password included), nor the storeSecretsUnencrypted opt-in (it must be
// chosen on each computer). The record server's keys are written only for a profile that names one.
class ProfileJson
{
public:
    static constexpr int FormatVersion = 1;
    static QString formatName();

    static QByteArray exportProfiles(const QList<Profile> &profiles);
    // Reads a document, checking each profile field by field; good profiles are kept, bad ones
    // reported and skipped. Names already in existingNames (or earlier in the document) get a
    // " (2)"-style suffix instead of replacing anything. Linear in the number of profiles; progress, when
    // given, is called now and then with how many entries were read of how many.
    using Progress = std::function<void(int done, int total)>;
    static ProfileImportResult importProfiles(const QByteArray &json, const QStringList &existingNames,
                                              const Progress &progress = {});
};

} // namespace EndpointDesk
