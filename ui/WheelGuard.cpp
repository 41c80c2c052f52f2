#include "WheelGuard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QWidget>

namespace EndpointDesk {

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
}

void WheelGuard::install(QWidget *root)
{
    auto *wheelGuard = new WheelGuard(root);
    const auto combos = root->findChildren<QComboBox *>();
    for (QComboBox *combo : combos)
        wheelGuard->guard(combo);
    const auto spinBoxes = root->findChildren<QAbstractSpinBox *>();
    for (QAbstractSpinBox *spinBox : spinBoxes)
        wheelGuard->guard(spinBox);
}

void WheelGuard::guard(QWidget *box)
{
    box->setFocusPolicy(Qt::StrongFocus);
    box->installEventFilter(this);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *box = qobject_cast<QWidget *>(watched);
        if (box && !box->hasFocus()) {
            // Ignored and filtered out: QApplication passes the event on to the parent, so the
            // scroll area around the form scrolls.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace EndpointDesk
