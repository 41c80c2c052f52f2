#pragma once

#include <QList>
#include <QString>

namespace EndpointDesk {

struct Region
{
    QString id;              // e.g. "cn-north-4"
    const char *englishName; // e.g. "CN North-Beijing4"; translated by displayName()
    // True where only the SDKs name the region for VPC endpoints, not the API page.
    bool listedBySdksOnly = false;

    // Translated when asked, not when the catalog is built, so a translator installed later applies.
    QString displayName() const;
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
