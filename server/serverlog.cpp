// SPDX-License-Identifier: EUPL-1.2
#include "serverlog.h"

Q_LOGGING_CATEGORY(lcServer, "sportello.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerHttp, "sportello.server.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerDatabase, "sportello.server.database", QtInfoMsg)
