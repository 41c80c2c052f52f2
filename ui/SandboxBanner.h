#pragma once

#include <QFrame>

namespace EndpointDesk {

// The strip across the top of a sandbox session, so nobody takes it for the cloud, with the way back
// to one's own profiles.
class SandboxBanner : public QFrame
{
    Q_OBJECT

public:
    explicit SandboxBanner(QWidget *parent = nullptr);

Q_SIGNALS:
    void leaveRequested();
};

} // namespace EndpointDesk
