#pragma once

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QString>
#include <QTest>
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

// Types text into the editable combo box (a picker) of that name as a person would, replacing what it
// shows, and closes the filter popup. False when there is no such combo box.
inline bool typeIntoPicker(const QWidget *root, const QString &accessibleName, const QString &text)
{
    auto *combo = findByAccessibleName<QComboBox>(root, accessibleName);
    if (!combo || !combo->lineEdit())
        return false;
    combo->setFocus();
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), text);
    if (QWidget *popup = QApplication::activePopupWidget())
        QTest::keyClick(popup, Qt::Key_Escape);
    return true;
}

} // namespace EndpointDesk::TestSupport
