#pragma once

#include "KooCliImport.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace EndpointDesk {

// What came of importing KooCLI's profiles: one row a profile, imported, imported without its secret
// (and what to enter, and why) or skipped (and why).
class KooCliImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit KooCliImportDialog(const KooCliImport::Report &report, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString headline() const;

private:
    QLabel *m_headline;
    QTableWidget *m_table;
};

} // namespace EndpointDesk
