#pragma once

#include <QWidget>

#include <memory>

namespace EndpointDesk {

namespace Ui {
class StartPanel;
}

// What a first start shows in place of the form while no profile is saved: try the sandbox, create
// a profile, or import profiles.
class StartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StartPanel(QWidget *parent = nullptr);
    ~StartPanel() override;

    // The first choice takes the focus, so Return tries the sandbox.
    void focusFirstChoice();

Q_SIGNALS:
    void sandboxRequested();
    void createProfileRequested();
    void importProfilesRequested();

private:
    std::unique_ptr<Ui::StartPanel> m_ui;
};

} // namespace EndpointDesk
