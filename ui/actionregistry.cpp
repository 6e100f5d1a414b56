// SPDX-License-Identifier: EUPL-1.2
#include "actionregistry.h"

namespace Sportello::Ui {

ActionRegistry::ActionRegistry(QObject *parent)
    : QObject(parent)
{
    using P = Security::Permission;
    // File: the session.
    add(Id::LockScreen, tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L),
        tr("Lock this PC: the screen shows nothing until you type your password"), Menu::File, std::nullopt);
    add(Id::SwitchUser, tr("S&witch user"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
        tr("Sign out and let a colleague sign in at this PC"), Menu::File, std::nullopt);
    add(Id::ChangePassword, tr("Change &password…"), QKeySequence(),
        tr("Choose a new password for your account"), Menu::File, std::nullopt);
    add(Id::Quit, tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), tr("Close Sportello"), Menu::File,
        std::nullopt, 1);
    // Go: the pages of the areas (the navigation lists the same).
    add(Id::ShowCitizens, tr("&Citizens"), QKeySequence(Qt::CTRL | Qt::Key_1),
        tr("Show the citizens registry"), Menu::Go, P::ViewCitizens);
    add(Id::ShowReception, tr("&Reception"), QKeySequence(Qt::CTRL | Qt::Key_2),
        tr("Issue tickets to the people who come in"), Menu::Go, P::IssueTickets);
    add(Id::ShowCounter, tr("C&ounter"), QKeySequence(Qt::CTRL | Qt::Key_3),
        tr("Call, serve and close the requests at this counter"), Menu::Go, P::RunCounter);
    // Queue.
    add(Id::QueueFigures, tr("&Figures and history…"), QKeySequence(Qt::CTRL | Qt::Key_4),
        tr("Who is waiting, waits, served and absent today; the history of requests and its export"),
        Menu::Queue, P::ViewFigures);
    add(Id::CallDisplay, tr("Call &display"), QKeySequence(),
        tr("Open the waiting room screen that shows the tickets called"), Menu::Queue, std::nullopt);
    add(Id::QueueSetup, tr("Queue &setup…"), QKeySequence(),
        tr("Services, counters, opening hours and closed days of this office"), Menu::Queue,
        P::ConfigureQueue, 1);
    // Citizens.
    add(Id::FindCitizen, tr("&Find citizen"), QKeySequence(Qt::CTRL | Qt::Key_F),
        tr("Search by codice fiscale, surname, name or phone"), Menu::Citizens, P::ViewCitizens);
    add(Id::NewCitizen, tr("&New citizen…"), QKeySequence(Qt::CTRL | Qt::Key_N), tr("Register a new citizen"),
        Menu::Citizens, P::EditCitizens);
    add(Id::EditCitizen, tr("&Edit citizen…"), QKeySequence(Qt::CTRL | Qt::Key_E),
        tr("Open the selected citizen for editing"), Menu::Citizens, P::EditCitizens);
    // Synchronisation.
    add(Id::SyncNow, tr("&Synchronise now"), QKeySequence(Qt::Key_F5),
        tr("Send the waiting changes and receive the others' now"), Menu::Synchronisation, std::nullopt);
    add(Id::ReviewSync, tr("&Refused changes and conflicts…"), QKeySequence(),
        tr("What the central service refused and the versions that lost, to check"), Menu::Synchronisation,
        P::ReviewSync);
    add(Id::ConnectToServer, tr("&Connect to the central service…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
        tr("Connect this PC to the comune's central service with a one-time code"), Menu::Synchronisation,
        P::EnrolDevice, 1);
    // Administration.
    add(Id::ManageAccounts, tr("&Accounts…"), QKeySequence(),
        tr("Create staff accounts, change roles, deactivate, reset passwords"), Menu::Administration,
        P::ManageAccounts);
    add(Id::ViewAuditLog, tr("Audit &log…"), QKeySequence(),
        tr("Who did what, when and on which PC; and whether the log is intact"), Menu::Administration,
        P::ViewAuditLog);
    add(Id::PcSettings, tr("&Settings of this PC…"), QKeySequence(), tr("When this PC locks itself"),
        Menu::Administration, P::ManageSettings);
    // Help.
    add(Id::About, tr("&About Sportello"), QKeySequence(Qt::Key_F1), tr("Version and licence"), Menu::Help,
        std::nullopt);
    // The counter's keys: in no menu, they act on the counter page only (CounterPage gives them that
    // scope and enables each as the called ticket allows).
    add(Id::CallNext, tr("&Call next"), QKeySequence(Qt::Key_F2),
        tr("Call the next person for this counter's services: priority first, then order of arrival"),
        Menu::None, P::RunCounter);
    add(Id::RecallTicket, tr("Call &again"), QKeySequence(Qt::Key_F3), tr("Call the same ticket again"),
        Menu::None, P::RunCounter);
    add(Id::MarkNoShow, tr("&Absent"), QKeySequence(Qt::Key_F4), tr("The person called did not come"),
        Menu::None, P::RunCounter);
    add(Id::HoldTicket, tr("&Hold"), QKeySequence(Qt::Key_F6),
        tr("Put the person on hold (for example to fetch a document) and call someone else"), Menu::None,
        P::RunCounter);
    add(Id::TransferTicket, tr("&Transfer…"), QKeySequence(Qt::Key_F7),
        tr("Send the person to another service's queue, keeping their place"), Menu::None, P::RunCounter);
    add(Id::ServeWithoutTicket, tr("Serve &without ticket…"), QKeySequence(Qt::Key_F9),
        tr("Record a request of someone who has no ticket"), Menu::None, P::RunCounter);
    add(Id::ResumeTicket, tr("&Resume"), QKeySequence(Qt::CTRL | Qt::Key_R),
        tr("Take up the person on hold selected in the list"), Menu::None, P::RunCounter);
    add(Id::CloseRequest, tr("C&lose request"), QKeySequence(Qt::CTRL | Qt::Key_Return),
        tr("Record how the request ended, with the notes and the citizen"), Menu::None, P::RunCounter);
}

QAction *ActionRegistry::add(Id id, const QString &text, const QKeySequence &shortcut, const QString &tip,
                             Menu menu, std::optional<Security::Permission> permission, int group)
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    // The shortcut in the tooltip too: buttons show it, and clerks learn it there.
    action->setToolTip(shortcut.isEmpty()
                           ? tip
                           : QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    m_entries.insert(id, {action, menu, group, permission});
    m_order.append(id);
    return action;
}

QList<ActionRegistry::Menu> ActionRegistry::menus()
{
    return {Menu::File,           Menu::Go,  Menu::Queue, Menu::Citizens, Menu::Synchronisation,
            Menu::Administration, Menu::Help};
}

QString ActionRegistry::menuTitle(Menu menu)
{
    switch (menu) {
    case Menu::File:
        return tr("&File");
    case Menu::Go:
        return tr("&Go");
    case Menu::Queue:
        return tr("&Queue");
    case Menu::Citizens:
        return tr("C&itizens");
    case Menu::Synchronisation:
        return tr("&Synchronisation");
    case Menu::Administration:
        return tr("&Administration");
    case Menu::Help:
        return tr("&Help");
    case Menu::None:
        break;
    }
    return {};
}

QList<QList<ActionRegistry::Id>> ActionRegistry::menuGroups(Menu menu) const
{
    QList<QList<Id>> groups;
    int group = -1;
    for (const Id id : m_order) {
        const Entry &entry = m_entries[id];
        if (entry.menu != menu)
            continue;
        if (entry.group != group) {
            groups.append(QList<Id>());
            group = entry.group;
        }
        groups.last().append(id);
    }
    return groups;
}

QString ActionRegistry::menuPath(Id id) const
{
    const Entry entry = m_entries.value(id);
    const auto plain = [](QString text) {
        text.remove(QLatin1Char('&'));
        if (text.endsWith(QChar(0x2026)))
            text.chop(1);
        return text;
    };
    return entry.menu == Menu::None
               ? plain(entry.action->text())
               : plain(menuTitle(entry.menu)) + QStringLiteral(" › ") + plain(entry.action->text());
}

QString ActionRegistry::rolesAllowed(Id id) const
{
    const std::optional<Security::Permission> permission = m_entries.value(id).permission;
    QStringList titles;
    for (const Security::Role role : Security::allRoles()) {
        if (!permission || Security::allows(role, *permission))
            titles << Security::roleTitle(role);
    }
    if (titles.size() < 2)
        return titles.join(QString());
    const QString last = titles.takeLast();
    return tr("%1 or %2").arg(titles.join(QStringLiteral(", ")), last);
}

QString ActionRegistry::refusal(Id id) const
{
    QString what = m_entries.value(id).action->text();
    what.remove(QLatin1Char('&'));
    if (what.endsWith(QChar(0x2026)))
        what.chop(1);
    return m_role ? tr("\"%1\" is not among what the role %2 may do: it takes the role %3.")
                        .arg(what, Security::roleTitle(*m_role), rolesAllowed(id))
                  : tr("\"%1\" takes signing in first.").arg(what);
}

void ActionRegistry::applyRole(std::optional<Security::Role> role, bool working)
{
    m_role = role;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.menu == Menu::None)
            continue; // a page's own keys: the page decides
        const bool allowed = !entry.permission || (role && Security::allows(*role, *entry.permission));
        entry.action->setVisible(allowed);
        entry.action->setEnabled(working && allowed);
    }
}

} // namespace Sportello::Ui
