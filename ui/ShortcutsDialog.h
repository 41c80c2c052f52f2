#pragma once

#include <QDialog>

namespace EndpointDesk {

// Lists the keyboard shortcuts of a window, read from its actions so the list cannot drift from
// what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window);

    // One row an action: its words (without the mnemonic) and its keys, as shown on this system.
    static QList<QPair<QString, QString>> shortcutsOf(const QWidget *window);
};

} // namespace EndpointDesk
