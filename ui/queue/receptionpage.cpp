// SPDX-License-Identifier: EUPL-1.2
#include "queue/receptionpage.h"

#include "actionregistry.h"
#include "config/appsettings.h"
#include "documents/ticketslip.h"
#include "domain/clock.h"
#include "formwidgets.h"
#include "queue/citizenpicker.h"
#include "queue/ticketprinter.h"
#include "security/permissions.h"
#include "storage/citizenrepository.h"
#include "storage/queuerepository.h"
#include "storage/queuesetup.h"
#include "storage/storageerror.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Sportello::Ui {

using namespace Domain::Queue;

ReceptionPage::ReceptionPage(const Storage::Database &database, const Storage::LocalOffice &office,
                             Config::AppSettings &settings, const ActionRegistry &actions, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_office(office)
    , m_settings(settings)
    , m_actions(actions)
{
    setAccessibleName(tr("Reception"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Reception</h2>"), this);
    title->setAccessibleName(tr("Reception"));
    m_hours = new QLabel(this);
    m_hours->setAccessibleName(tr("Opening hours today"));
    m_hours->setWordWrap(true);

    auto *priorityBox = new QGroupBox(tr("Priority"), this);
    priorityBox->setAccessibleName(tr("Priority"));
    auto *priorityRow = new QHBoxLayout(priorityBox);
    m_priorities = new QButtonGroup(this);
    // Alt+letter picks a priority; the service keys need no modifier, so they never clash.
    const QList<std::pair<Priority, QString>> choices{
        {Priority::None, tr("&None")},
        {Priority::Disability, tr("&Disability")},
        {Priority::Pregnancy, tr("Pre&gnancy")},
        {Priority::Over75, tr("&Over 75")},
        {Priority::Appointment, tr("A&ppointment")},
    };
    for (const auto &[priority, text] : choices) {
        auto *button = new QRadioButton(text, priorityBox);
        button->setAccessibleName(priorityTitle(priority));
        m_priorities->addButton(button, int(priority));
        priorityRow->addWidget(button);
    }
    priorityRow->addStretch();
    m_priorities->button(int(Priority::None))->setChecked(true);
    connect(m_priorities, &QButtonGroup::idClicked, this, &ReceptionPage::refresh);

    auto *citizenRow = new QHBoxLayout;
    m_citizen = new QLabel(this);
    m_citizen->setAccessibleName(tr("Citizen for the next ticket"));
    auto *link = new QPushButton(tr("&Link a citizen… (Ctrl+K)"), this);
    link->setAccessibleName(tr("Link a citizen"));
    link->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    auto *unlink = new QPushButton(tr("&Remove citizen"), this);
    unlink->setAccessibleName(tr("Remove the citizen"));
    citizenRow->addWidget(m_citizen, 1);
    citizenRow->addWidget(link);
    citizenRow->addWidget(unlink);
    connect(link, &QPushButton::clicked, this, &ReceptionPage::linkCitizen);
    connect(unlink, &QPushButton::clicked, this, [this] {
        m_citizenId.clear();
        showCitizen();
    });

    auto *services = new QGroupBox(tr("Issue a ticket: press the service's letter"), this);
    services->setAccessibleName(tr("Services"));
    m_grid = new QGridLayout(services);

    m_last = new QLabel(this);
    m_last->setAccessibleName(tr("Last ticket issued"));
    m_last->setWordWrap(true);
    m_last->setStyleSheet(QStringLiteral("font-size: 15pt;"));
    auto *reprintButton = new QPushButton(tr("Print &again (Ctrl+P)"), this);
    reprintButton->setAccessibleName(tr("Print the last ticket again"));
    reprintButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(reprintButton, &QPushButton::clicked, this, &ReceptionPage::reprint);
    m_state = problemLabel(this, tr("Reception's state"));
    m_problem = problemLabel(this, tr("Reception problem"));

    layout->addWidget(title);
    layout->addWidget(m_hours);
    layout->addWidget(priorityBox);
    layout->addLayout(citizenRow);
    layout->addWidget(services, 1);
    auto *lastRow = new QHBoxLayout;
    lastRow->addWidget(m_last, 1);
    lastRow->addWidget(reprintButton);
    layout->addLayout(lastRow);
    layout->addWidget(m_state);
    layout->addWidget(m_problem);
    showCitizen();
}

void ReceptionPage::setContext(const Storage::WriteContext &context)
{
    m_context = context;
    refresh();
}

QAbstractButton *ReceptionPage::priorityButton(Priority priority) const
{
    return m_priorities->button(int(priority));
}

Priority ReceptionPage::chosenPriority() const
{
    return Priority(qMax(0, m_priorities->checkedId()));
}

void ReceptionPage::refresh()
{
    if (!m_context.actor)
        return;
    const QDateTime now = Clock::nowUtc();
    // What is wrong with the page as it is now: recomputed whole at every refresh, never left over.
    QString state;
    try {
        const Storage::QueueSetup setup(m_database, m_context);
        const QList<Service> services = setup.services();
        showHours(setup.openingHours(), now);
        QStringList key;
        for (const Service &service : services)
            key << service.id + service.prefix + service.name;
        if (key.join(QLatin1Char('|')) != m_layoutKey) {
            m_layoutKey = key.join(QLatin1Char('|'));
            qDeleteAll(m_buttons);
            m_buttons.clear();
            qDeleteAll(m_shortcuts);
            m_shortcuts.clear();
            for (qsizetype i = 0; i < services.size(); ++i) {
                const Service &service = services.at(i);
                auto *button = new QPushButton(this);
                button->setMinimumHeight(64);
                button->setAccessibleName(tr("Ticket for %1 (key %2)").arg(service.name, service.prefix));
                button->setFocusPolicy(Qt::TabFocus);
                m_grid->addWidget(button, int(i / 3), int(i % 3));
                m_buttons.insert(service.prefix, button);
                const QString id = service.id;
                connect(button, &QPushButton::clicked, this, [this, id] { issue(id); });
                auto *shortcut = new QShortcut(QKeySequence(service.prefix), this);
                shortcut->setContext(Qt::WidgetWithChildrenShortcut);
                connect(shortcut, &QShortcut::activated, this, [this, id] { issue(id); });
                m_shortcuts << shortcut;
            }
        }
        const Storage::QueueRepository queue(m_database, m_context);
        for (const Service &service : services) {
            const auto wait = queue.estimate(service.id, chosenPriority(), now);
            const QString waiting = QCoreApplication::translate("Sportello::Ui::ReceptionPage", "%n waiting",
                                                                nullptr, wait.peopleAhead);
            const QString minutes = QCoreApplication::translate("Sportello::Ui::ReceptionPage",
                                                                "about %n min", nullptr, wait.minutes);
            m_buttons.value(service.prefix)
                ->setText(
                    QStringLiteral("[%1]  %2\n%3 · %4").arg(service.prefix, service.name, waiting, minutes));
        }
        if (services.isEmpty())
            state = tr("No services are set up yet: the role %1 adds them under %2.")
                        .arg(m_actions.rolesAllowed(ActionRegistry::Id::QueueSetup),
                             m_actions.menuPath(ActionRegistry::Id::QueueSetup));
    } catch (const Storage::StorageError &error) {
        state = error.message();
    }
    m_state->setText(state);
    m_state->setVisible(!state.isEmpty());
}

// Open or closed now, and why: the page shows it, and issue() goes by it.
void ReceptionPage::showHours(const Domain::OpeningHours &hours, const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    const QLocale locale;
    if (Domain::isOpenAt(hours, local)) {
        m_closedReason.clear();
        m_hours->setText(
            tr("Open until %1.").arg(locale.toString(*Domain::closesAt(hours, local), QLocale::ShortFormat)));
        m_hours->setStyleSheet({});
    } else {
        m_closedReason = Domain::closedReason(hours, local.date());
        if (m_closedReason.isEmpty())
            m_closedReason = tr("outside opening hours");
        const std::optional<QDateTime> next = Domain::nextOpening(hours, local);
        m_hours->setText(
            next ? tr("Closed: %1. Opens again %2.")
                       .arg(m_closedReason, locale.toString(*next, QStringLiteral("dddd d MMMM, HH:mm")))
                 : tr("Closed: %1.").arg(m_closedReason));
        m_hours->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    }
}

void ReceptionPage::issue(const QString &serviceId)
{
    m_problem->clear();
    try {
        showHours(Storage::QueueSetup(m_database, m_context).openingHours(),
                  Clock::nowUtc()); // as of this moment
    } catch (const Storage::StorageError &error) {
        m_problem->setText(error.message());
        return;
    }
    if (!m_closedReason.isEmpty()) {
        m_problem->setText(tr("The office is closed (%1): no ticket was issued.").arg(m_closedReason));
        return;
    }
    try {
        const Ticket ticket = Storage::QueueRepository(m_database, m_context)
                                  .issue(serviceId, chosenPriority(), m_citizenId, Clock::nowUtc());
        m_lastTicket = ticket;
        const QString ahead = QCoreApplication::translate("Sportello::Ui::ReceptionPage", "%n people ahead",
                                                          nullptr, ticket.peopleAhead);
        m_last->setText(tr("Last ticket: <b>%1</b> · %2 · about %3 min")
                            .arg(ticket.code(), ahead)
                            .arg(ticket.estimatedMinutes));
        m_priorities->button(int(Priority::None))->setChecked(true);
        m_citizenId.clear();
        showCitizen();
        if (const QString problem = printTicket(ticket); !problem.isEmpty())
            m_problem->setText(tr("Ticket %1 issued but not printed: %2").arg(ticket.code(), problem));
        refresh();
    } catch (const Storage::StorageError &error) {
        m_problem->setText(error.message());
    } catch (const Security::PermissionDenied &denied) {
        m_problem->setText(denied.message());
    }
}

void ReceptionPage::reprint()
{
    m_problem->clear();
    if (!m_lastTicket)
        return;
    try {
        // As it is now: a slip printed again tells the people still ahead, never those of the issue.
        const Storage::QueueRepository queue(m_database, m_context);
        const std::optional<Ticket> now = queue.find(m_lastTicket->id);
        if (!now || now->state.status != Status::Waiting) {
            m_problem->setText(
                tr("%1 has already been called: its ticket is not printed again.").arg(m_lastTicket->code()));
            return;
        }
        Ticket slip = *now;
        const auto wait = queue.estimateFor(slip, Clock::nowUtc());
        slip.peopleAhead = wait.peopleAhead;
        slip.estimatedMinutes = wait.minutes;
        if (const QString problem = printTicket(slip); !problem.isEmpty())
            m_problem->setText(problem);
    } catch (const Storage::StorageError &error) {
        m_problem->setText(error.message());
    }
}

QString ReceptionPage::printTicket(const Ticket &ticket)
{
    const std::optional<Service> service =
        Storage::QueueSetup(m_database, m_context).service(ticket.serviceId);
    if (!service)
        return tr("the service is unknown here.");
    TicketPrinter::Target target;
    switch (m_settings.ticketOutput()) {
    case Config::AppSettings::TicketOutput::None:
        target.kind = TicketPrinter::Target::None;
        break;
    case Config::AppSettings::TicketOutput::Printer:
        target.kind = TicketPrinter::Target::Printer;
        break;
    case Config::AppSettings::TicketOutput::PdfFolder:
        target.kind = TicketPrinter::Target::PdfFolder;
        break;
    }
    target.printerName = m_settings.ticketPrinter();
    target.folder = m_settings.ticketFolder();
    target.whereToChange = tr("The role %1 changes it under %2.")
                               .arg(m_actions.rolesAllowed(ActionRegistry::Id::PcSettings),
                                    m_actions.menuPath(ActionRegistry::Id::PcSettings));
    return TicketPrinter(target).print(Documents::slipFor(ticket, *service, m_office));
}

void ReceptionPage::linkCitizen()
{
    const Storage::CitizenRepository citizens(m_database, m_context);
    CitizenPicker picker(citizens, this);
    if (picker.exec() == QDialog::Accepted)
        m_citizenId = picker.chosenId();
    showCitizen();
}

void ReceptionPage::showCitizen()
{
    const QString name =
        m_citizenId.isEmpty()
            ? QString()
            : CitizenPicker::nameOf(Storage::CitizenRepository(m_database, m_context), m_citizenId);
    m_citizen->setText(name.isEmpty() ? tr("Citizen: none (optional)") : tr("Citizen: %1").arg(name));
}

} // namespace Sportello::Ui
