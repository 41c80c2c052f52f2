#pragma once

#include <QDialog>

namespace EndpointDesk {

// The create request as a cURL command, secrets shown as ****, with why it is unsigned if it is.
class RequestPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    RequestPreviewDialog(const QString &curl, const QString &problem, QWidget *parent = nullptr);
};

} // namespace EndpointDesk
