// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "area.h"

namespace Sportello::Ui {

// Every area of the program, in the order of the navigation (ui/areas.cpp lists them).
QList<Area *> makeAreas(const Workplace &workplace, QObject *parent);

} // namespace Sportello::Ui
