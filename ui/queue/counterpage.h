// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "domain/queue.h"
#include "storage/changelog.h"
#include "storage/countercall.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace Sportello::Config {
class AppSettings;
}
namespace Sportello::Storage {
class Database;
}

namespace Sportello::Ui {

class ActionRegistry;

// The counter: call the next person (F2), call again, absent, hold, transfer, serve without a
// ticket, and close the request with its outcome, notes and citizen (Ctrl+Return). The keys act
// while the page has the focus. When another counter was first to a ticket this one called (the
// central service decides), the page says so and calls the next person.
class CounterPage : public QWidget {
    Q_OBJECT
public:
    CounterPage(const Storage::Database &database, Config::AppSettings &settings, ActionRegistry &actions,
                QWidget *parent = nullptr);

    void setContext(const Storage::WriteContext &context);
    QLabel *currentLabel() const { return m_current; }
    QLabel *messageLabel() const { return m_message; }
    const std::optional<Domain::Queue::Ticket> &servedTicket() const { return m_ticket; }
    QComboBox *outcomeChoice() const { return m_outcome; }
    QPlainTextEdit *notesField() const { return m_notes; }
    QString counterId() const;

public slots:
    void refresh();
    void callNext();
    void recall();
    void noShow();
    void hold();
    void transfer();
    void resume();
    void serveWithoutTicket();
    void closeRequest();
    void linkCitizen();

private:
    // Runs one counter action; shows its refusal instead of throwing.
    void act(const std::function<void()> &action);
    void showCurrent();
    QString chooseService(const QString &title, const QString &except);

    const Storage::Database &m_database;
    Config::AppSettings &m_settings;
    ActionRegistry &m_actions;
    Storage::WriteContext m_context;
    std::optional<Domain::Queue::Ticket> m_ticket; // called here now
    Storage::CounterCall m_call; // the last ticket this page called, until the queue settles it
    QString m_citizenId;         // for the close
    QComboBox *m_counterChoice = nullptr;
    QLabel *m_waiting = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_citizen = nullptr;
    QComboBox *m_outcome = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QListWidget *m_onHold = nullptr;
};

} // namespace Sportello::Ui
