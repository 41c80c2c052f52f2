#include "SandboxClock.h"

namespace EndpointDesk {

QDateTime SandboxClock::now() const
{
    return m_source ? m_source().toUTC() : QDateTime::currentDateTimeUtc();
}

void SandboxClock::setSource(std::function<QDateTime()> source)
{
    m_source = std::move(source);
}

} // namespace EndpointDesk
