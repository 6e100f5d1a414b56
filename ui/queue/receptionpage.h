// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "domain/openinghours.h"
#include "domain/queue.h"
#include "storage/changelog.h"
#include "storage/officerepository.h"

#include <QHash>
#include <QWidget>
#include <functional>
#include <optional>

class QAbstractButton;
class QButtonGroup;
class QGridLayout;
class QLabel;
class QPushButton;
class QShortcut;

namespace Sportello::Config {
class AppSettings;
}
namespace Sportello::Storage {
class Database;
}

namespace Sportello::Ui {
class ActionRegistry;

// Reception: one key per service issues a ticket (the service's letter, shown on its button),
// with an optional priority and an optional citizen, and prints it with the people ahead and the
// estimated wait. Outside opening hours nothing is issued and the page says why.
class ReceptionPage : public QWidget {
    Q_OBJECT
public:
    ReceptionPage(const Storage::Database &database, const Storage::LocalOffice &office,
                  Config::AppSettings &settings, const ActionRegistry &actions, QWidget *parent = nullptr);

    void setContext(const Storage::WriteContext &context);
    QPushButton *serviceButton(const QString &prefix) const { return m_buttons.value(prefix); }
    QLabel *lastTicketLabel() const { return m_last; }
    QLabel *hoursLabel() const { return m_hours; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *actionProblemLabel() const { return m_problem; }
    QAbstractButton *priorityButton(Domain::Queue::Priority priority) const;
    std::optional<Domain::Queue::Ticket> lastTicket() const { return m_lastTicket; }

public slots:
    // Services, waiting counts and estimates, opening hours: as they are now.
    void refresh();
    void issue(const QString &serviceId);
    void reprint();
    void linkCitizen();

private:
    void showHours(const Domain::OpeningHours &hours, const QDateTime &now);
    QString printTicket(const Domain::Queue::Ticket &ticket);
    Domain::Queue::Priority chosenPriority() const;
    void showCitizen();

    const Storage::Database &m_database;
    Storage::LocalOffice m_office;
    Config::AppSettings &m_settings;
    const ActionRegistry &m_actions;
    Storage::WriteContext m_context;
    QLabel *m_hours = nullptr;
    QLabel *m_citizen = nullptr;
    QLabel *m_last = nullptr;
    QLabel *m_state = nullptr;   // what is wrong with the page now (refresh)
    QLabel *m_problem = nullptr; // what went wrong with the last action
    QButtonGroup *m_priorities = nullptr;
    QGridLayout *m_grid = nullptr;
    QHash<QString, QPushButton *> m_buttons; // by prefix
    QList<QShortcut *> m_shortcuts;
    QString m_layoutKey; // the services the buttons were built for
    QString m_citizenId;
    QString m_closedReason; // empty while open
    std::optional<Domain::Queue::Ticket> m_lastTicket;
};

} // namespace Sportello::Ui
