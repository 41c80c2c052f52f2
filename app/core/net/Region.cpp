#include "Region.h"

#include <QCoreApplication>

namespace EndpointDesk {

QString Region::displayName() const
{
    return QCoreApplication::translate("EndpointDesk", englishName);
}

const QList<Region> &RegionCatalog::all()
{
    static const QList<Region> regions = {
        {QStringLiteral("cn-north-4"), QT_TRANSLATE_NOOP("EndpointDesk", "CN North-Beijing4"), false},
        {QStringLiteral("cn-east-3"), QT_TRANSLATE_NOOP("EndpointDesk", "CN East-Shanghai1"), false},
        {QStringLiteral("cn-east-2"), QT_TRANSLATE_NOOP("EndpointDesk", "CN East-Shanghai2"), true},
        {QStringLiteral("cn-southwest-2"), QT_TRANSLATE_NOOP("EndpointDesk", "CN Southwest-Guiyang1"), true},
    };
    return regions;
}

const Region *RegionCatalog::find(const QString &id)
{
    for (const Region &region : all()) {
        if (region.id == id)
            return &region;
    }
    return nullptr;
}

QString RegionCatalog::defaultRegionId()
{
    return all().constFirst().id;
}

} // namespace EndpointDesk
