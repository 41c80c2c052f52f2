#pragma once

#include <QCoreApplication>
#include <QMessageBox>

namespace EndpointDesk {

// The question before unsaved edits of a profile are dropped: Save, Discard or Cancel.
class UnsavedEditsQuestion
{
    Q_DECLARE_TR_FUNCTIONS(EndpointDesk::UnsavedEditsQuestion)

public:
    static QMessageBox::StandardButton ask(QWidget *parent, const QString &profileName);
};

} // namespace EndpointDesk
