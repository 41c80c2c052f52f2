#pragma once

#include "EndpointResult.h"

#include <QWidget>

#include <memory>

namespace EndpointDesk {

namespace Ui {
class ResultsPanel;
}

// Shows what the last call produced: the endpoint's IPs and domain name, or an error with its
// code, message, hint and request id, and the raw response on demand.
class ResultsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsPanel(QWidget *parent = nullptr);
    ~ResultsPanel() override;

    void showWorking(const QString &what);
    void showCreated(const EndpointResult &result);
    // A result that failed or was cancelled.
    void showFailure(const EndpointResult &result);
    void showMessage(const QString &message);

    QStringList endpointIps() const;
    QString domainName() const;

private:
    void setHeadline(const QString &text, const QColor &colour = {});
    void setRaw(const EndpointResult &result);
    void copyIps() const;

    std::unique_ptr<Ui::ResultsPanel> m_ui;
};

} // namespace EndpointDesk
