#pragma once

#include "RequestPreview.h"

#include <QDialog>

class QTableWidget;

namespace EndpointDesk {

// The create request as a table to read (method, URL, headers with secrets as ****, body fields),
// with why it is unsigned if it is. Copy as cURL puts the same request on the clipboard.
class RequestPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RequestPreviewDialog(const RequestPreview &preview, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace EndpointDesk
