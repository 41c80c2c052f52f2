#pragma once

#include <QList>
#include <QString>

namespace EndpointDesk {

struct Region
{
    QString id; // e.g. "cn-north-4"
    // The English name, e.g. "CN North-Beijing4", translated by displayName(). Where no English name
    // could be confirmed on a Huawei page it is the id (and null for a region this
    // version does not list), so the id is shown rather than a guess; the
    // Chinese translation is likewise the console's name where confirmed, and the id otherwise.
    const char *name = nullptr;
    // True for the regions the API pages or the SDKs name for VPC endpoints.
    bool documentedForVpcEndpoints = false;

    // Translated when asked, not when the catalog is built, so a translator installed later applies.
    QString displayName() const;
    // "Name (id)", or the id alone when the region has no confirmed name.
    QString label() const;
};

// The regions where FunctionGraph runs, as Huawei Cloud's SDKs list them. A region id this version does
// not list may still be used: its hosts are derived from it.
class RegionCatalog
{
public:
    // The regions documented for VPC endpoints come first.
    static const QList<Region> &all();
    static const Region *find(const QString &id);
    static QString defaultRegionId();
    // True for an id shaped like Huawei Cloud's ("cn-north-4", "la-south-2"), listed here or not.
    static bool isWellFormedId(const QString &id);
    // Empty when id can be used; otherwise why not, in words for the person who typed it.
    static QString checkId(const QString &id);
    // The listed region, or an unnamed one for a well-formed id this version does not list.
    static Region resolve(const QString &id);
};

} // namespace EndpointDesk
