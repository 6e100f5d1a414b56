// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QLoggingCategory>

// One logging category per module, named hierarchically so that a whole layer or one module can
// be turned up: QT_LOGGING_RULES="sportello.sync.*.debug=true" or "sportello.ui.queue.debug=true".
// Info and above are on by default. (The server's own categories: server/serverlog.h.)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)     // sportello.config
Q_DECLARE_LOGGING_CATEGORY(lcStorage)    // sportello.storage
Q_DECLARE_LOGGING_CATEGORY(lcQueue)      // sportello.queue
Q_DECLARE_LOGGING_CATEGORY(lcSyncEngine) // sportello.sync.engine
Q_DECLARE_LOGGING_CATEGORY(lcUiCitizens) // sportello.ui.citizens
Q_DECLARE_LOGGING_CATEGORY(lcUiQueue)    // sportello.ui.queue
Q_DECLARE_LOGGING_CATEGORY(lcUiSecurity) // sportello.ui.security
Q_DECLARE_LOGGING_CATEGORY(lcUiSync)     // sportello.ui.sync
