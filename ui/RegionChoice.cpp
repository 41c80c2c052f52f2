#include "RegionChoice.h"

#include "Region.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>

namespace EndpointDesk {

void RegionChoice::setUp(QComboBox *box)
{
    box->clear();
    const QString undocumented = QCoreApplication::translate(
        "EndpointDesk::RegionChoice", "%1 - not documented for VPC endpoints: the cloud will answer");
    bool separated = false;
    for (const Region &region : RegionCatalog::all()) {
        if (!region.documentedForVpcEndpoints && !separated) {
            box->insertSeparator(box->count());
            separated = true;
        }
        box->addItem(region.documentedForVpcEndpoints ? region.label() : undocumented.arg(region.label()), region.id);
    }
    // Any region id may be typed: Huawei Cloud opens regions this version does not list.
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
}

QString RegionChoice::regionId(const QComboBox *box)
{
    const QString text = box->currentText().trimmed();
    const int listed = box->findText(text, Qt::MatchFixedString);
    if (listed >= 0)
        return box->itemData(listed).toString();
    // A listed region's id typed by hand, or one this version does not list.
    return text;
}

void RegionChoice::select(QComboBox *box, const QString &regionId)
{
    const int index = box->findData(regionId);
    if (index >= 0) {
        box->setCurrentIndex(index);
        return;
    }
    box->setCurrentIndex(-1);
    box->setEditText(regionId);
}

} // namespace EndpointDesk
