#include "Logging.h"

Q_LOGGING_CATEGORY(lcCore, "endpointdesk.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "endpointdesk.core.net", QtInfoMsg)
