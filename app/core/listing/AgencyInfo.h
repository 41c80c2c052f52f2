#pragma once

#include <QString>

namespace EndpointDesk {

// One agency FunctionGraph may use, as GET /v2/{project_id}/fgs/service-trusted-agencies lists it.
struct AgencyInfo
{
    QString name;
    QString expireTime; // empty when it never expires (the cloud sends the string "null")

    bool expires() const { return !expireTime.isEmpty(); }
};

} // namespace EndpointDesk
