// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "storage/changelog.h"
#include "storage/queuefigures.h"

#include <QDateTime>
#include <QDialog>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace Sportello::Storage {
class Database;
}

namespace Sportello::Ui {

// Dati dello sportello: "Oggi", the live figures of the branch's queue (people waiting and the
// longest wait per service, served and no-shows per counter, the day's averages), refreshed every
// 30 seconds and whenever the main window says the queue changed; and "Storico", every request
// filtered by dates, service, outcome, operator and citizen, 100 at a time, with the CSV export
// for those whose role allows it. Reading needs view_figures, exporting export_data.
class FiguresDialog : public QDialog {
    Q_OBJECT
public:
    FiguresDialog(const Storage::Database &database, Storage::WriteContext context,
                  QWidget *parent = nullptr);

    // Where "now" comes from (tests stand on a fixed day); reloads both tabs.
    // Rows per page of the history (100 by default); reloads it.

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *serviceTable() const { return m_services; }
    QTableWidget *counterTable() const { return m_counters; }
    QTableWidget *historyTable() const { return m_history; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *pageLabel() const { return m_page; }
    QLabel *messageLabel() const { return m_message; }
    // The day's totals, by object name: waiting, served, noShows, averageWait, longestWait,
    // averageService.
    QLabel *totalLabel(const QString &name) const;

public slots:
    // The live figures again (the history is read when its filters change or a page is turned).
    void refresh();

private:
    // The history shows the last thirty days until someone picks others.
    void showLastMonth();
    QWidget *buildTodayTab();
    QWidget *buildHistoryTab();
    Storage::HistoryFilter filter() const;
    void fillOperators();
    void reloadHistory(); // from the first page, after a filter changed
    void showPage();
    void exportCsv();
    void showMessage(const QString &text, bool problem);
    Storage::QueueFigures figures() const;

    const Storage::Database &m_database;
    Storage::WriteContext m_context;
    QTabWidget *m_tabs = nullptr;
    QTimer *m_timer = nullptr;
    // Oggi
    QTableWidget *m_services = nullptr;
    QTableWidget *m_counters = nullptr;
    QLabel *m_waiting = nullptr;
    QLabel *m_served = nullptr;
    QLabel *m_noShows = nullptr;
    QLabel *m_averageWait = nullptr;
    QLabel *m_longestWait = nullptr;
    QLabel *m_averageService = nullptr;
    QLabel *m_updated = nullptr;
    // Storico
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_outcome = nullptr;
    QComboBox *m_operator = nullptr;
    QLineEdit *m_citizen = nullptr;
    QTableWidget *m_history = nullptr;
    QLabel *m_page = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_message = nullptr;
    int m_pageSize = 100;
    int m_offset = 0;
    int m_total = 0;
};

} // namespace Sportello::Ui
