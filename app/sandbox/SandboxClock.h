#pragma once

#include <QDateTime>

#include <functional>

namespace EndpointDesk {

// The sandbox's idea of now (UTC). Tests replace the source to move time: token expiry, clock skew, lockout.
class SandboxClock
{
public:
    QDateTime now() const;
    void setSource(std::function<QDateTime()> source);

private:
    std::function<QDateTime()> m_source;
};

} // namespace EndpointDesk
