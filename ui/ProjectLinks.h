#pragma once

#include <QString>
#include <QUrl>

namespace EndpointDesk::ProjectLinks {

// The project's addresses, from CMake's project(HOMEPAGE_URL), as the metainfo names them.
inline QUrl homepage()
{
    return QUrl(QStringLiteral(ENDPOINTDESK_HOMEPAGE));
}

// The README, which GitHub shows on the homepage.
inline QUrl documentation()
{
    return QUrl(QStringLiteral(ENDPOINTDESK_HOMEPAGE "#readme"));
}

inline QUrl issueTracker()
{
    return QUrl(QStringLiteral(ENDPOINTDESK_HOMEPAGE "/issues"));
}

} // namespace EndpointDesk::ProjectLinks
