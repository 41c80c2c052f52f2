#pragma once

#include <QDialog>

#include <memory>

namespace EndpointDesk {

namespace Ui {
class AboutDialog;
}

// Which Endpoint Desk this is: its version, the Qt it runs on, its licence and where to find the
// project and report a problem.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace EndpointDesk
