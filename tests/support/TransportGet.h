#pragma once

#include "PendingReply.h"
#include "Transport.h"

#include <QSignalSpy>

// Sends a GET through the transport and waits for its one answer; an empty response when none came in time.
inline EndpointDesk::ApiResponse transportGet(EndpointDesk::Transport &transport, const QUrl &url)
{
    EndpointDesk::PendingReply *reply = transport.send({"GET", url, {}, {}});
    QSignalSpy finished(reply, &EndpointDesk::PendingReply::finished);
    if (!finished.wait(15000))
        return {};
    return finished.first().at(0).value<EndpointDesk::ApiResponse>();
}
