#pragma once

#include "Credentials.h"
#include "EndpointResult.h"
#include "EndpointSpec.h"

#include <QMainWindow>
#include <QUrl>

#include <memory>

namespace EndpointDesk {

class CloudConnection;
class EndpointClient;
class Transport;

namespace Ui {
class MainWindow;
}

// What the window starts with: a profile's connection and the form's defaults.
struct StartupConnection
{
    QString profileName;
    QString regionId;
    QUrl endpointOverride;
    Credentials credentials;
    EndpointSpec defaults;
};

// The main window: the connection bar, the endpoint form and the results panel, wired to the
// core's client. Keeps no logic of its own beyond moving values between widgets and core.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void applyConnection(const StartupConnection &connection);

    // Starts a create from the form's values; false when validation stopped it.
    bool createEndpoint();
    void cancelRequest();

private:
    void rebindConnection();
    void setBusy(bool busy);
    void onCreateFinished(const EndpointSpec &spec, const EndpointResult &result);
    QString curlForCurrentForm(QString *problem) const;
    void showPreview();
    void copyAsCurl();
    void showAbout();
    void signIn();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Transport *m_transport;
    CloudConnection *m_connection;
    EndpointClient *m_client;
};

} // namespace EndpointDesk
