// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)
