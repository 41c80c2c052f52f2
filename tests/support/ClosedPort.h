#pragma once

#include <QTcpServer>
#include <QUrl>

// An address on this computer where nothing listens, so that connecting is refused; invalid if none was found.
inline QUrl closedLoopbackUrl()
{
    QTcpServer probe; // takes a free port, and gives it up on leaving
    if (!probe.listen(QHostAddress::LocalHost))
        return {};
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
}
