#include "ResourceCompleter.h"

#include "ResourceFilterModel.h"

#include <QListView>

namespace EndpointDesk {

ResourceCompleter::ResourceCompleter(ResourceFilterModel *model, QObject *parent)
    : QCompleter(model, parent)
{
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCompletionRole(NoMatchRole);
    setCaseSensitivity(Qt::CaseInsensitive);
    setModelSorting(QCompleter::UnsortedModel);
    setMaxVisibleItems(12);
    // Thousands of rows: equal row heights let the view skip measuring each one.
    auto *view = new QListView;
    view->setUniformItemSizes(true);
    view->setLayoutMode(QListView::Batched);
    view->setBatchSize(200);
    view->setTextElideMode(Qt::ElideMiddle);
    setPopup(view);
}

QString ResourceCompleter::pathFromIndex(const QModelIndex &index) const
{
    return index.data(Qt::EditRole).toString();
}

} // namespace EndpointDesk
