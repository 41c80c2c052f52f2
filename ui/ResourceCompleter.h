#pragma once

#include <QCompleter>

namespace EndpointDesk {

class ResourceFilterModel;

// Shows a ResourceFilterModel's rows as they are: the filter model has already matched name, id and
// CIDR, so the completer only provides the popup and its keyboard handling. Nothing is pre-selected,
// so arrow down goes to the first match and Enter picks what is highlighted.
class ResourceCompleter : public QCompleter
{
    Q_OBJECT

public:
    explicit ResourceCompleter(ResourceFilterModel *model, QObject *parent = nullptr);

    QString pathFromIndex(const QModelIndex &index) const override;

    // A role no model answers: the completer's own matching then finds nothing to pre-select.
    static constexpr int NoMatchRole = Qt::UserRole + 0x7f0;
};

} // namespace EndpointDesk
