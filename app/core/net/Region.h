#pragma once

#include <QList>
#include <QString>

namespace EndpointDesk {

struct Region
{
    QString id;          // e.g. "cn-north-4"
    QString displayName; // e.g. "CN North-Beijing4"
    // True where only the SDKs name the region for VPC endpoints, not the API page.
    bool listedBySdksOnly = false;
};

// The regions where FunctionGraph VPC endpoints can be created.
class RegionCatalog
{
public:
    static const QList<Region> &all();
    static const Region *find(const QString &id);
    static QString defaultRegionId();
};

} // namespace EndpointDesk
