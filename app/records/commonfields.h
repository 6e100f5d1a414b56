// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "records/recordkind.h"

#include <QUuid>

namespace Sportello::Records {

// The labels of the fields every kind carries (id, version, owner, times), added to a kind's own.
QHash<QString, QString> withCommonLabels(QHash<QString, QString> labels);

// A fixed, valid UUID for examples: example(n) is the same on every run.
QString exampleId(int n);

} // namespace Sportello::Records
