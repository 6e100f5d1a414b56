// SPDX-License-Identifier: EUPL-1.2
#include "queue/counterpage.h"

#include "actionregistry.h"
#include "config/appsettings.h"
#include "domain/clock.h"
#include "queue/citizenpicker.h"
#include "security/permissions.h"
#include "storage/citizenrepository.h"
#include "storage/queuerepository.h"
#include "storage/queuesetup.h"
#include "storage/storageerror.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sportello::Ui {

using namespace Domain::Queue;
using Id = ActionRegistry::Id;

CounterPage::CounterPage(const Storage::Database &database, Config::AppSettings &settings,
                         ActionRegistry &actions, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_settings(settings)
    , m_actions(actions)
{
    setAccessibleName(tr("Counter"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("<h2>Counter</h2>"), this);
    m_counterChoice = new QComboBox(this);
    m_counterChoice->setAccessibleName(tr("This PC's counter"));
    auto *choiceLabel = new QLabel(tr("Counter of this &PC:"), this);
    choiceLabel->setBuddy(m_counterChoice);
    m_waiting = new QLabel(this);
    m_waiting->setAccessibleName(tr("People waiting for this counter"));
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_waiting);
    top->addSpacing(24);
    top->addWidget(choiceLabel);
    top->addWidget(m_counterChoice);
    connect(m_counterChoice, &QComboBox::activated, this, [this] {
        m_settings.setCounterId(m_counterChoice->currentData().toString());
        refresh();
    });

    m_current = new QLabel(this);
    m_current->setAccessibleName(tr("Person being served"));
    m_current->setWordWrap(true);
    m_current->setMinimumHeight(90);
    m_current->setStyleSheet(QStringLiteral("font-size: 20pt; padding: 8px; border: 1px solid #8a8a8a;"));
    m_message = new QLabel(this);
    m_message->setAccessibleName(tr("Counter message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #7a4a00; font-weight: bold;"));

    // The registry's actions, scoped to this page: F2 elsewhere in the program does nothing.
    auto *buttons = new QHBoxLayout;
    for (const Id id : {Id::CallNext, Id::RecallTicket, Id::MarkNoShow, Id::HoldTicket, Id::TransferTicket,
                        Id::ServeWithoutTicket}) {
        QAction *action = m_actions.action(id);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setText(QStringLiteral("%1 (%2)").arg(action->text(),
                                                      action->shortcut().toString(QKeySequence::NativeText)));
        button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        buttons->addWidget(button);
    }
    buttons->addStretch();
    connect(m_actions.action(Id::CallNext), &QAction::triggered, this, &CounterPage::callNext);
    connect(m_actions.action(Id::RecallTicket), &QAction::triggered, this, &CounterPage::recall);
    connect(m_actions.action(Id::MarkNoShow), &QAction::triggered, this, &CounterPage::noShow);
    connect(m_actions.action(Id::HoldTicket), &QAction::triggered, this, &CounterPage::hold);
    connect(m_actions.action(Id::TransferTicket), &QAction::triggered, this, &CounterPage::transfer);
    connect(m_actions.action(Id::ServeWithoutTicket), &QAction::triggered, this,
            &CounterPage::serveWithoutTicket);

    auto *closeBox = new QGroupBox(tr("How the request ended"), this);
    closeBox->setAccessibleName(tr("How the request ended"));
    auto *form = new QFormLayout(closeBox);
    m_outcome = new QComboBox(closeBox);
    m_outcome->setAccessibleName(tr("Outcome"));
    for (const Outcome outcome : allOutcomes())
        m_outcome->addItem(outcomeTitle(outcome), int(outcome));
    m_notes = new QPlainTextEdit(closeBox);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    auto *citizenRow = new QHBoxLayout;
    m_citizen = new QLabel(closeBox);
    m_citizen->setAccessibleName(tr("Citizen of the request"));
    auto *link = new QPushButton(tr("Link a citi&zen…"), closeBox);
    link->setAccessibleName(tr("Link a citizen to the request"));
    citizenRow->addWidget(m_citizen, 1);
    citizenRow->addWidget(link);
    connect(link, &QPushButton::clicked, this, &CounterPage::linkCitizen);
    QAction *close = m_actions.action(Id::CloseRequest);
    close->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(close);
    auto *closeButton = new QToolButton(closeBox);
    closeButton->setDefaultAction(close);
    closeButton->setText(
        QStringLiteral("%1 (%2)").arg(close->text(), close->shortcut().toString(QKeySequence::NativeText)));
    closeButton->setAccessibleName(close->text().remove(QLatin1Char('&')));
    connect(close, &QAction::triggered, this, &CounterPage::closeRequest);
    auto *outcomeLabel = new QLabel(tr("&Outcome:"), closeBox);
    outcomeLabel->setBuddy(m_outcome);
    auto *notesLabel = new QLabel(tr("&Notes:"), closeBox);
    notesLabel->setBuddy(m_notes);
    form->addRow(outcomeLabel, m_outcome);
    form->addRow(notesLabel, m_notes);
    form->addRow(tr("Citizen:"), citizenRow);
    form->addRow(QString(), closeButton);

    auto *holdBox = new QGroupBox(tr("On hold at this counter"), this);
    holdBox->setAccessibleName(tr("On hold at this counter"));
    auto *holdLayout = new QHBoxLayout(holdBox);
    m_onHold = new QListWidget(holdBox);
    m_onHold->setAccessibleName(tr("Tickets on hold"));
    m_onHold->setMaximumHeight(80);
    QAction *resumeAction = m_actions.action(Id::ResumeTicket);
    resumeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(resumeAction);
    auto *resumeButton = new QToolButton(holdBox);
    resumeButton->setDefaultAction(resumeAction);
    resumeButton->setAccessibleName(resumeAction->text().remove(QLatin1Char('&')));
    connect(resumeAction, &QAction::triggered, this, &CounterPage::resume);
    connect(m_onHold, &QListWidget::itemActivated, this, &CounterPage::resume);
    holdLayout->addWidget(m_onHold, 1);
    holdLayout->addWidget(resumeButton);

    layout->addLayout(top);
    layout->addWidget(m_current);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(closeBox);
    layout->addWidget(holdBox);
    layout->addStretch();
}

void CounterPage::setContext(const Storage::WriteContext &context)
{
    m_context = context;
    m_call.settled();
    m_message->clear();
    refresh();
}

QString CounterPage::counterId() const
{
    return m_counterChoice->currentData().toString();
}

void CounterPage::act(const std::function<void()> &action)
{
    m_message->clear();
    try {
        action();
    } catch (const Storage::StorageError &error) {
        m_message->setText(error.message());
    } catch (const Security::PermissionDenied &denied) {
        m_message->setText(denied.message());
    }
    refresh();
}

void CounterPage::refresh()
{
    if (!m_context.actor)
        return;
    try {
        const Storage::QueueSetup setup(m_database, m_context);
        const QList<Counter> counters = setup.counters();
        QHash<QString, QString> letterOf;
        for (const Service &service : setup.services(false))
            letterOf.insert(service.id, service.prefix);
        QStringList choices; // text and id of each counter
        for (const Counter &counter : counters) {
            QStringList letters;
            for (const QString &serviceId : counter.serviceIds)
                letters << letterOf.value(serviceId);
            choices << tr("Counter %1 (%2)").arg(counter.number).arg(letters.join(QStringLiteral(", ")))
                    << counter.id;
        }
        // Rebuilt only when the setup changed: a refresh comes with every sync round.
        QStringList shown;
        for (int i = 0; i < m_counterChoice->count(); ++i)
            shown << m_counterChoice->itemText(i) << m_counterChoice->itemData(i).toString();
        if (shown != choices) {
            m_counterChoice->clear();
            for (qsizetype i = 0; i < counters.size(); ++i)
                m_counterChoice->addItem(choices.at(2 * i), counters.at(i).id);
        }
        m_counterChoice->setCurrentIndex(qMax(0, m_counterChoice->findData(m_settings.counterId())));
        if (counters.isEmpty()) {
            m_current->setText(
                tr("No counters are set up yet: the role %1 adds them under %2.")
                    .arg(m_actions.rolesAllowed(Id::QueueSetup), m_actions.menuPath(Id::QueueSetup)));
            return;
        }
        const Counter &counter = counters.at(qMax(0, m_counterChoice->currentIndex()));
        Storage::QueueRepository queue(m_database, m_context);
        m_ticket = queue.current(counterId());
        // A plain variable as the count: lupdate 6.4 hangs on some expressions there.
        const int waiting = int(queue.waiting(Clock::today(), counter.serviceIds).size());
        m_waiting->setText(
            QCoreApplication::translate("Sportello::Ui::CounterPage", "%n waiting", nullptr, waiting));
        // Our call lost to another counter's (the central service decided, or its call came first):
        // say so; the next person is called instead.
        if (const auto lost = m_call.check(m_database, m_context, counterId(), m_ticket, Clock::nowUtc())) {
            const QString who =
                lost->winnerNumber ? tr("counter %1").arg(*lost->winnerNumber) : tr("another counter");
            if (lost->next) {
                m_ticket = lost->next;
                m_message->setText(tr("%1 had already been called by %2: %3 is called instead.")
                                       .arg(lost->ticket.code(), who, lost->next->code()));
            } else if (!lost->problem.isEmpty()) {
                m_message->setText(
                    tr("%1 had already been called by %2; the next person could not be called: %3")
                        .arg(lost->ticket.code(), who, lost->problem));
            } else {
                m_message->setText(tr("%1 had already been called by %2; nobody else is waiting.")
                                       .arg(lost->ticket.code(), who));
            }
        }
        m_onHold->clear();
        for (const Ticket &held : queue.onHold(counterId())) {
            auto *item = new QListWidgetItem(held.code(), m_onHold);
            item->setData(Qt::UserRole, held.id);
        }
    } catch (const Storage::StorageError &error) {
        m_message->setText(error.message());
    }
    showCurrent();
}

void CounterPage::showCurrent()
{
    const bool serving = m_ticket.has_value();
    for (const Id id :
         {Id::RecallTicket, Id::MarkNoShow, Id::HoldTicket, Id::TransferTicket, Id::CloseRequest})
        m_actions.action(id)->setEnabled(serving);
    m_actions.action(Id::CallNext)->setEnabled(!serving);
    m_actions.action(Id::ServeWithoutTicket)->setEnabled(!serving);
    m_actions.action(Id::ResumeTicket)->setEnabled(!serving && m_onHold->count() > 0);
    if (!serving) {
        m_current->setText(tr("Nobody at the counter. Press F2 to call the next person."));
        m_citizen->setText(tr("none"));
        return;
    }
    const Ticket &t = *m_ticket;
    const std::optional<Service> service =
        Storage::QueueSetup(m_database, m_context).service(t.state.serviceId);
    const int waited = t.state.calledAt.isValid() ? int(t.issuedAt.secsTo(t.state.calledAt) / 60) : 0;
    QString text = tr("<b>%1</b> · %2").arg(t.code(), service ? service->name : QString());
    if (t.priority != Priority::None)
        text += QStringLiteral(" · ") + priorityTitle(t.priority);
    text += QStringLiteral("<br><small>") +
            (t.walkIn ? tr("Without a ticket")
                      : QCoreApplication::translate("Sportello::Ui::CounterPage", "Waited %n min", nullptr,
                                                    waited)) +
            QStringLiteral("</small>");
    m_current->setText(text);
    const QString citizenId = m_citizenId.isEmpty() ? t.state.citizenId : m_citizenId;
    const QString name = CitizenPicker::nameOf(Storage::CitizenRepository(m_database, m_context), citizenId);
    m_citizen->setText(name.isEmpty() ? tr("none") : name);
}

void CounterPage::callNext()
{
    act([this] {
        Storage::QueueRepository queue(m_database, m_context);
        const std::optional<Ticket> called = queue.callNext(counterId(), Clock::nowUtc());
        if (!called) {
            m_message->setText(tr("Nobody is waiting for this counter's services."));
            return;
        }
        m_call.made(called->id);
        m_citizenId.clear();
        m_notes->clear();
        m_outcome->setCurrentIndex(0);
        m_outcome->setFocus(); // next: the outcome, the notes, Ctrl+Return
    });
}

void CounterPage::recall()
{
    if (m_ticket)
        act([this] {
            Storage::QueueRepository(m_database, m_context)
                .recall(m_ticket->id, counterId(), Clock::nowUtc());
            m_message->setText(tr("%1 called again.").arg(m_ticket->code()));
        });
}

void CounterPage::noShow()
{
    if (m_ticket)
        act([this] {
            Storage::QueueRepository(m_database, m_context)
                .noShow(m_ticket->id, counterId(), Clock::nowUtc());
            m_call.settled();
            m_message->setText(tr("%1 marked absent.").arg(m_ticket->code()));
        });
}

void CounterPage::hold()
{
    if (m_ticket)
        act([this] {
            Storage::QueueRepository(m_database, m_context).hold(m_ticket->id, counterId(), Clock::nowUtc());
            m_call.settled();
            m_message->setText(
                tr("%1 put on hold: take it up again from the list below (Ctrl+R).").arg(m_ticket->code()));
        });
}

void CounterPage::transfer()
{
    if (!m_ticket)
        return;
    const QString serviceId =
        chooseService(tr("Transfer %1 to").arg(m_ticket->code()), m_ticket->state.serviceId);
    if (serviceId.isEmpty())
        return;
    act([this, serviceId] {
        Storage::QueueRepository(m_database, m_context)
            .transfer(m_ticket->id, counterId(), serviceId, Clock::nowUtc());
        m_call.settled();
        const std::optional<Service> to = Storage::QueueSetup(m_database, m_context).service(serviceId);
        m_message->setText(tr("%1 sent to %2, keeping its place in the queue.")
                               .arg(m_ticket->code(), to ? to->name : QString()));
    });
}

void CounterPage::resume()
{
    QListWidgetItem *item = m_onHold->currentItem() ? m_onHold->currentItem() : m_onHold->item(0);
    if (!item || m_ticket)
        return;
    const QString ticketId = item->data(Qt::UserRole).toString();
    act([this, ticketId] {
        const Ticket resumed =
            Storage::QueueRepository(m_database, m_context).resume(ticketId, counterId(), Clock::nowUtc());
        m_message->setText(tr("%1 taken up again.").arg(resumed.code()));
    });
}

void CounterPage::serveWithoutTicket()
{
    if (m_ticket)
        return;
    const QString serviceId = chooseService(tr("Serve without a ticket, for"), {});
    if (serviceId.isEmpty())
        return;
    act([this, serviceId] {
        Storage::QueueRepository(m_database, m_context)
            .serveWithoutTicket(counterId(), serviceId, Clock::nowUtc());
        m_citizenId.clear();
        m_notes->clear();
        m_outcome->setFocus();
    });
}

void CounterPage::closeRequest()
{
    if (!m_ticket)
        return;
    const Outcome outcome = Outcome(m_outcome->currentData().toInt());
    act([this, outcome] {
        const QString citizen = m_citizenId.isEmpty() ? m_ticket->state.citizenId : m_citizenId;
        Storage::QueueRepository(m_database, m_context)
            .close(m_ticket->id, counterId(), outcome, m_notes->toPlainText(), citizen, Clock::nowUtc());
        m_call.settled();
        m_citizenId.clear();
        m_notes->clear();
        m_message->setText(tr("%1 closed: %2.").arg(m_ticket->code(), outcomeTitle(outcome).toLower()));
    });
}

void CounterPage::linkCitizen()
{
    const Storage::CitizenRepository citizens(m_database, m_context);
    CitizenPicker picker(citizens, this);
    if (picker.exec() == QDialog::Accepted)
        m_citizenId = picker.chosenId();
    showCurrent();
}

QString CounterPage::chooseService(const QString &title, const QString &except)
{
    QStringList names;
    QStringList ids;
    for (const Service &service : Storage::QueueSetup(m_database, m_context).services()) {
        if (service.id == except)
            continue;
        names << QStringLiteral("%1 — %2").arg(service.prefix, service.name);
        ids << service.id;
    }
    if (ids.isEmpty())
        return {};
    bool ok = false;
    const QString picked = QInputDialog::getItem(this, title, tr("Service:"), names, 0, false, &ok);
    return ok ? ids.value(names.indexOf(picked)) : QString();
}

} // namespace Sportello::Ui
