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
    const Sync::SyncStatus &status() const { return m_status; }

    static QString describe(const Sync::SyncStatus &status);
    // What the state means for the person and what to do, in the words of the connection form;
    // `connectPath` is where this PC is connected ("Sincronizzazione › Collega al servizio centrale").
    static QString advice(const Sync::SyncStatus &status, const QString &connectPath);

private:
    Sync::SyncStatus m_status;
};

} // namespace Sportello::Ui
