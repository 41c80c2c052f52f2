#pragma once

#include <QLoggingCategory>

// One category per area; enable with QT_LOGGING_RULES="endpointdesk.*.debug=true".
// Nothing logged may contain a secret: log request lines and statuses, never headers or bodies.
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
