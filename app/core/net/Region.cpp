#include "Region.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace EndpointDesk {

QString Region::displayName() const
{
    return name ? QCoreApplication::translate("EndpointDesk", name) : id;
}

QString Region::label() const
{
    const QString name = displayName();
    return name == id ? id : QCoreApplication::translate("EndpointDesk", "%1 (%2)").arg(name, id);
}

// The list and the names follow Huawei Cloud's Go and Python SDKs (functiongraph/v2/region) and the
// console's region names. The Create page names cn-north-4 and cn-east-3 for VPC endpoints; the Delete
// page and the SDKs' docstrings add cn-east-2 and cn-southwest-2.
const QList<Region> &RegionCatalog::all()
{
    static const QList<Region> regions = {
        {QStringLiteral("cn-north-4"), QT_TRANSLATE_NOOP("EndpointDesk", "CN North-Beijing4"), true},
        {QStringLiteral("cn-east-3"), QT_TRANSLATE_NOOP("EndpointDesk", "CN East-Shanghai1"), true},
        {QStringLiteral("cn-east-2"), QT_TRANSLATE_NOOP("EndpointDesk", "CN East-Shanghai2"), true},
        {QStringLiteral("cn-southwest-2"), QT_TRANSLATE_NOOP("EndpointDesk", "CN Southwest-Guiyang1"), true},
        {QStringLiteral("cn-north-1"), QT_TRANSLATE_NOOP("EndpointDesk", "CN North-Beijing1")},
        {QStringLiteral("cn-north-9"), QT_TRANSLATE_NOOP("EndpointDesk", "cn-north-9")},
        {QStringLiteral("cn-north-11"), QT_TRANSLATE_NOOP("EndpointDesk", "cn-north-11")},
        {QStringLiteral("cn-east-4"), QT_TRANSLATE_NOOP("EndpointDesk", "CN East2")},
        {QStringLiteral("cn-south-1"), QT_TRANSLATE_NOOP("EndpointDesk", "CN South-Guangzhou")},
        {QStringLiteral("cn-south-4"), QT_TRANSLATE_NOOP("EndpointDesk", "cn-south-4")},
        {QStringLiteral("cn-southwest-3"), QT_TRANSLATE_NOOP("EndpointDesk", "cn-southwest-3")},
        {QStringLiteral("ap-southeast-1"), QT_TRANSLATE_NOOP("EndpointDesk", "CN-Hong Kong")},
        {QStringLiteral("ap-southeast-2"), QT_TRANSLATE_NOOP("EndpointDesk", "AP-Bangkok")},
        {QStringLiteral("ap-southeast-3"), QT_TRANSLATE_NOOP("EndpointDesk", "AP-Singapore")},
        {QStringLiteral("ap-southeast-4"), QT_TRANSLATE_NOOP("EndpointDesk", "AP-Jakarta")},
        {QStringLiteral("ap-southeast-5"), QT_TRANSLATE_NOOP("EndpointDesk", "AP-Manila")},
        {QStringLiteral("my-kualalumpur-1"), QT_TRANSLATE_NOOP("EndpointDesk", "my-kualalumpur-1")},
        {QStringLiteral("af-south-1"), QT_TRANSLATE_NOOP("EndpointDesk", "AF-Johannesburg")},
        {QStringLiteral("me-east-1"), QT_TRANSLATE_NOOP("EndpointDesk", "ME-Riyadh")},
        {QStringLiteral("ae-ad-1"), QT_TRANSLATE_NOOP("EndpointDesk", "ae-ad-1")},
        {QStringLiteral("tr-west-1"), QT_TRANSLATE_NOOP("EndpointDesk", "TR-Istanbul")},
        {QStringLiteral("eu-west-101"), QT_TRANSLATE_NOOP("EndpointDesk", "EU-Dublin")},
        {QStringLiteral("ru-moscow-1"), QT_TRANSLATE_NOOP("EndpointDesk", "ru-moscow-1")},
        {QStringLiteral("sa-brazil-1"), QT_TRANSLATE_NOOP("EndpointDesk", "LA-Sao Paulo1")},
        {QStringLiteral("la-south-2"), QT_TRANSLATE_NOOP("EndpointDesk", "LA-Santiago")},
        {QStringLiteral("na-mexico-1"), QT_TRANSLATE_NOOP("EndpointDesk", "LA-Mexico City1")},
        {QStringLiteral("la-north-2"), QT_TRANSLATE_NOOP("EndpointDesk", "LA-Mexico City2")},
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

bool RegionCatalog::isWellFormedId(const QString &id)
{
    static const QRegularExpression shape(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z]{2}(-[a-z]+)+-[0-9]+")));
    return id.size() <= 64 && shape.match(id).hasMatch();
}

QString RegionCatalog::checkId(const QString &id)
{
    if (id.isEmpty())
        return QCoreApplication::translate("EndpointDesk", "Choose a region.");
    if (!isWellFormedId(id))
        return QCoreApplication::translate("EndpointDesk",
                                           "\"%1\" is not a region id: it looks like \"cn-north-4\", in lower case.")
            .arg(id.left(64));
    return {};
}

Region RegionCatalog::resolve(const QString &id)
{
    if (const Region *listed = find(id))
        return *listed;
    return Region{id};
}

} // namespace EndpointDesk
