// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "area.h"

#include <QPointer>
#include <QTimer>

namespace Sportello::Ui {

class Announcer;
class CallDisplayWindow;
class CounterPage;
class FiguresDialog;
class ReceptionPage;

// The walk-in queue (docs/queue.md): reception and counter pages, the call display, the figures
// and the setup, and the records of the queue.
class QueueArea : public Area {
    Q_OBJECT
public:
    explicit QueueArea(Workplace workplace, QObject *parent = nullptr);
    ReceptionPage *reception() const { return m_reception; }
    CounterPage *counter() const { return m_counter; }
    QString unfinishedWork() const override;
    Announcer *announcer() const { return m_announcer; }
    CallDisplayWindow *callDisplay() const;

    QList<Page> pages() const override;
    void setContext(const Storage::WriteContext &context) override;
    void pageShown(QWidget *page) override;
    void settingsChanged() override;

private:
    void setUp(QWidget *parent);
    void showFigures();
    void showCallDisplay();
    // Every view of the queue shows it as it is now.
    void refreshViews();

    ReceptionPage *m_reception = nullptr;
    CounterPage *m_counter = nullptr;
    Announcer *m_announcer = nullptr;
    QPointer<CallDisplayWindow> m_display;
    QPointer<FiguresDialog> m_figures;
    // Changes often come in a row (pulled pages, the answer to a push, a save and its audit entry):
    // one refresh for them all.
    QTimer m_refresh;
    // Time alone changes what the queue pages say (open until…, the waits): read again now and then.
    QTimer m_tick;
};

} // namespace Sportello::Ui
