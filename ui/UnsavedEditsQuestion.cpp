#include "UnsavedEditsQuestion.h"

namespace EndpointDesk {

QMessageBox::StandardButton UnsavedEditsQuestion::ask(QWidget *parent, const QString &profileName)
{
    return QMessageBox::question(parent, tr("Unsaved changes"),
                                 tr("Save the changes to profile %1 first?").arg(profileName),
                                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
}

} // namespace EndpointDesk
