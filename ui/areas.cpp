// SPDX-License-Identifier: EUPL-1.2
#include "areas.h"

#include "citizens/citizensarea.h"
#include "queue/announcer.h"
#include "queue/queuearea.h"
#include "security/administrationarea.h"

namespace Sportello::Ui {

QList<Area *> makeAreas(const Workplace &workplace, QObject *parent)
{
    auto *queue = new QueueArea(workplace, parent);
    return {
        new CitizensArea(workplace, parent),
        queue,
        new AdministrationArea(
            workplace, [queue] { return queue->announcer()->speechAvailable(); }, parent),
    };
}

} // namespace Sportello::Ui
