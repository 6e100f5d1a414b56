// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QLoggingCategory>

// The server's logging categories, under sportello.server (the program's: domain/logcategories.h).
Q_DECLARE_LOGGING_CATEGORY(lcServer)         // sportello.server: start, stop, limits
Q_DECLARE_LOGGING_CATEGORY(lcServerHttp)     // sportello.server.http: one line per request, connections
Q_DECLARE_LOGGING_CATEGORY(lcServerDatabase) // sportello.server.database: migrations, reconnections
