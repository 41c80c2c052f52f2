#pragma once

#include <QString>

namespace EndpointDesk {

class HistoryStore;

// What the Endpoints tab says of the record in use: nothing for this computer's file; for a team's
// shared record, which server it is and when its copy was read, or that the server is away and the
// copy in sight is as old as it says.
namespace RecordStatus {

QString describe(const HistoryStore &store);

} // namespace RecordStatus
} // namespace EndpointDesk
