// SPDX-License-Identifier: EUPL-1.2
#include "domain/logcategories.h"

Q_LOGGING_CATEGORY(lcConfig, "sportello.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "sportello.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcQueue, "sportello.queue", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSyncEngine, "sportello.sync.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUiCitizens, "sportello.ui.citizens", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUiQueue, "sportello.ui.queue", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUiSecurity, "sportello.ui.security", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUiSync, "sportello.ui.sync", QtInfoMsg)
