#include "Logging.h"

Q_LOGGING_CATEGORY(lcCore, "endpointdesk.core", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNet, "endpointdesk.core.net", QtWarningMsg)
