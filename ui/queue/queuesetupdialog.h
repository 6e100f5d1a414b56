// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "domain/openinghours.h"
#include "domain/queue.h"
#include "formdialog.h"
#include "storage/queuesetup.h"

#include <QDate>
#include <array>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimeEdit;
class QTreeWidget;

namespace Sportello::Ui {

// Nuovo servizio / Modifica servizio. Writes through QueueSetup when confirmed and stays open,
// saying why beside the fields, when it refuses: nothing typed is lost.
class ServiceFormDialog : public FormDialog {
    Q_OBJECT
public:
    ServiceFormDialog(Storage::QueueSetup &setup, const Domain::Queue::Service &service, QWidget *parent);

    const Domain::Queue::Service &result() const { return m_result; } // as saved, once accepted

private:
    void confirm();

    Storage::QueueSetup &m_setup;
    Domain::Queue::Service m_result;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_letter = nullptr;
    QSpinBox *m_minutes = nullptr;
    QSpinBox *m_position = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_problem = nullptr;
};

// Nuovo sportello / Modifica sportello: its number, an optional name and the services it calls,
// chosen among the active ones (a deactivated service it still names stays listed, marked).
class CounterFormDialog : public FormDialog {
    Q_OBJECT
public:
    CounterFormDialog(Storage::QueueSetup &setup, const Domain::Queue::Counter &counter,
                      const QList<Domain::Queue::Service> &services, QWidget *parent);

    const Domain::Queue::Counter &result() const { return m_result; }

private:
    void confirm();

    Storage::QueueSetup &m_setup;
    Domain::Queue::Counter m_result;
    QSpinBox *m_number = nullptr;
    QLineEdit *m_name = nullptr;
    QListWidget *m_services = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_problem = nullptr;
};

// Coda: the Responsabile's setup of the walk-in queue of this branch, in three tabs: services,
// counters, opening hours and closed days. Needs Permission::ConfigureQueue; QueueSetup refuses
// anyone else, and the refusal is shown. Nothing is ever deleted: services and counters are
// deactivated.
class QueueSetupDialog : public FormDialog {
    Q_OBJECT
public:
    QueueSetupDialog(const Storage::Database &database, Storage::WriteContext context,
                     QWidget *parent = nullptr);

    // The first day of the preview of closed days (today by default; tests fix it).
    void setToday(const QDate &today);

    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *serviceList() const { return m_serviceList; }
    QTreeWidget *counterList() const { return m_counterList; }
    QListWidget *closedDayList() const { return m_closedDayList; }
    QTreeWidget *closedDaysPreview() const { return m_preview; }
    // The hours as the Orari tab shows them now, saved or not.
    Domain::OpeningHours hoursInForm() const;

signals:
    void setupChanged(); // after every successful save

private:
    struct DayRow {
        QCheckBox *closed = nullptr;
        QTimeEdit *open1 = nullptr;
        QTimeEdit *close1 = nullptr;
        QCheckBox *second = nullptr;
        QTimeEdit *open2 = nullptr;
        QTimeEdit *close2 = nullptr;
        QLabel *more = nullptr; // ranges beyond two, set elsewhere: kept, not editable here
        QList<Domain::TimeRange> extra;
    };

    QWidget *makeServicesTab();
    QWidget *makeCountersTab();
    QWidget *makeHoursTab();
    void reloadServices(const QString &selectId = {});
    void reloadCounters(const QString &selectId = {});
    void loadHours();
    void showHours(const Domain::OpeningHours &hours);
    void updateDayRow(int day);
    void updateButtons();
    void updatePreview();
    void newService();
    void editService();
    void addTypicalServices();
    void newCounter();
    void editCounter();
    void addClosedDay();
    void removeClosedDay();
    void showClosedDays(const QDate &select = {});
    void saveHours();
    // Shows `text` under the tab's list (empty hides it); `problem` paints it red.
    static void say(QLabel *label, const QString &text, bool problem = true);

    Storage::QueueSetup m_setup;
    QDate m_today;
    QList<Domain::Queue::Service> m_services; // all, active or not, by position
    QList<Domain::Queue::Counter> m_counters; // all, by number
    QList<QDate> m_closedDays;                // sorted, unique

    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_serviceList = nullptr;
    QLabel *m_serviceMessage = nullptr;
    QPushButton *m_newService = nullptr;
    QPushButton *m_editService = nullptr;
    QPushButton *m_typicalServices = nullptr;
    QTreeWidget *m_counterList = nullptr;
    QLabel *m_counterMessage = nullptr;
    QPushButton *m_newCounter = nullptr;
    QPushButton *m_editCounter = nullptr;
    std::array<DayRow, 7> m_days;
    QCheckBox *m_patron = nullptr;
    QComboBox *m_patronMonth = nullptr;
    QSpinBox *m_patronDay = nullptr;
    QLineEdit *m_patronName = nullptr;
    QListWidget *m_closedDayList = nullptr;
    QDateEdit *m_closedDayEdit = nullptr;
    QPushButton *m_addClosedDay = nullptr;
    QPushButton *m_removeClosedDay = nullptr;
    QTreeWidget *m_preview = nullptr;
    QLabel *m_hoursMessage = nullptr;
    QPushButton *m_saveHours = nullptr;
    QWidget *m_hoursTab = nullptr;
};

} // namespace Sportello::Ui
