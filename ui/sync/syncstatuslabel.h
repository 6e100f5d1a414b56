// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "sync/syncengine.h"

#include <QLabel>

namespace Sportello::Ui {

// The sync state as the status bar shows it: pending changes, last success, offline since, refused
// changes, as persistent text. It never says "everything sent" while anything is waiting.
class SyncStatusLabel : public QLabel {
    Q_OBJECT
public:
    explicit SyncStatusLabel(QWidget *parent = nullptr);
    void show(const Sync::SyncStatus &status);

    static QString describe(const Sync::SyncStatus &status);
};

} // namespace Sportello::Ui
