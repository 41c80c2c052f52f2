#pragma once

#include <QStringList>

namespace EndpointDesk {

// What an agency given as xrole (or the caller) must be allowed to do for a VPC endpoint.
class AgencyPermissions
{
public:
    static QStringList required();
    // A sentence and the list, for a tooltip or an info label beside the agency picker.
    static QString explanation();
};

} // namespace EndpointDesk
