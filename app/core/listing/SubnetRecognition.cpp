#include "SubnetRecognition.h"

#include <QCoreApplication>

namespace EndpointDesk {

namespace {

QString shown(const ResourceItem &item)
{
    return item.name.isEmpty() ? item.id : item.name;
}

} // namespace

SubnetRecognition::Result SubnetRecognition::recognise(const QString &typed, const ResourceItems &subnets)
{
    const QString text = typed.trimmed();
    Result result;
    if (text.isEmpty())
        return result;
    const ResourceItem *byNeutronId = nullptr;
    QList<const ResourceItem *> byName;
    for (const ResourceItem &item : subnets) {
        if (item.kind != ResourceKind::Subnet)
            continue;
        if (item.id == text)
            return result; // already what the call takes
        if (!byNeutronId && !item.neutronSubnetId.isEmpty() && item.neutronSubnetId == text)
            byNeutronId = &item;
        if (item.name == text)
            byName.append(&item);
    }
    if (byNeutronId) {
        result.match = Match::NeutronId;
        result.subnetId = byNeutronId->id;
        result.note = QCoreApplication::translate("EndpointDesk",
                                                  "That was the IPv4 subnet ID of subnet %1; its subnet ID %2 is used "
                                                  "instead, as the cloud requires.")
                          .arg(shown(*byNeutronId), byNeutronId->id);
        return result;
    }
    if (byName.size() == 1) {
        result.match = Match::Name;
        result.subnetId = byName.constFirst()->id;
        result.note = QCoreApplication::translate("EndpointDesk", "Subnet %1 is the one with subnet ID %2.")
                          .arg(text, result.subnetId);
    } else if (byName.size() > 1) {
        result.match = Match::Ambiguous;
        result.note = QCoreApplication::translate("EndpointDesk", "%n subnets are named %1: pick one from the list.",
                                                  nullptr, int(byName.size()))
                          .arg(text);
    }
    return result;
}

} // namespace EndpointDesk
