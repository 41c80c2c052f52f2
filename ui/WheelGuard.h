#pragma once

#include <QObject>

class QWidget;

namespace EndpointDesk {

// Keeps the mouse wheel from changing a combo box or spin box that does not have keyboard focus:
// scrolling a form with the pointer over one scrolls the form instead. The boxes take focus on a click
// or Tab (Qt::StrongFocus), never from the wheel; once focused, the wheel changes them as usual.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    // Guards every QComboBox and QAbstractSpinBox under root, which owns the guard.
    static void install(QWidget *root);
    // Guards one box, for one made after install().
    void guard(QWidget *box);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent);
};

} // namespace EndpointDesk
