#pragma once

#include <QString>
#include <QWidget>

namespace EndpointDesk::TestSupport {

// Finds a widget the way a screen reader names it: by its accessible name.
template<typename T>
T *findByAccessibleName(const QWidget *root, const QString &accessibleName)
{
    const auto candidates = root->findChildren<T *>();
    for (T *widget : candidates) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}

} // namespace EndpointDesk::TestSupport
