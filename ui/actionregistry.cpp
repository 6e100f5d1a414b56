// SPDX-License-Identifier: EUPL-1.2
#include "actionregistry.h"

namespace Sportello::Ui {

ActionRegistry::ActionRegistry(QObject *parent)
    : QObject(parent)
{
    add(Id::ShowCitizens, tr("&Citizens"), QKeySequence(Qt::CTRL | Qt::Key_1),
        tr("Show the citizens registry"));
    add(Id::NewCitizen, tr("&New citizen…"), QKeySequence(Qt::CTRL | Qt::Key_N),
        tr("Register a new citizen"));
    add(Id::FindCitizen, tr("&Find citizen"), QKeySequence(Qt::CTRL | Qt::Key_F),
        tr("Search by codice fiscale, surname, name or phone"));
    add(Id::EditCitizen, tr("&Edit citizen…"), QKeySequence(Qt::CTRL | Qt::Key_E),
        tr("Open the selected citizen for editing"));
    add(Id::ShowReception, tr("&Reception"), QKeySequence(Qt::CTRL | Qt::Key_2),
        tr("Issue tickets to the people who come in"));
    add(Id::ShowCounter, tr("C&ounter"), QKeySequence(Qt::CTRL | Qt::Key_3),
        tr("Call, serve and close the requests at this counter"));
    // The counter's keys act on its page only (CounterPage gives them that scope).
    add(Id::CallNext, tr("&Call next"), QKeySequence(Qt::Key_F2),
        tr("Call the next person for this counter's services: priority first, then order of arrival"));
    add(Id::RecallTicket, tr("Call &again"), QKeySequence(Qt::Key_F3), tr("Call the same ticket again"));
    add(Id::MarkNoShow, tr("&Absent"), QKeySequence(Qt::Key_F4), tr("The person called did not come"));
    add(Id::HoldTicket, tr("&Hold"), QKeySequence(Qt::Key_F6),
        tr("Put the person on hold (for example to fetch a document) and call someone else"));
    add(Id::TransferTicket, tr("&Transfer…"), QKeySequence(Qt::Key_F7),
        tr("Send the person to another service's queue, keeping their place"));
    add(Id::ServeWithoutTicket, tr("Serve &without ticket…"), QKeySequence(Qt::Key_F9),
        tr("Record a request of someone who has no ticket"));
    add(Id::ResumeTicket, tr("&Resume"), QKeySequence(Qt::CTRL | Qt::Key_R),
        tr("Take up the person on hold selected in the list"));
    add(Id::CloseRequest, tr("C&lose request"), QKeySequence(Qt::CTRL | Qt::Key_Return),
        tr("Record how the request ended, with the notes and the citizen"));
    add(Id::QueueSetup, tr("Queue &setup…"), QKeySequence(),
        tr("Services, counters, opening hours and closed days of this office"));
    add(Id::QueueFigures, tr("&Figures and history…"), QKeySequence(Qt::CTRL | Qt::Key_4),
        tr("Who is waiting, waits, served and absent today; the history of requests and its export"));
    add(Id::CallDisplay, tr("Call &display"), QKeySequence(),
        tr("Open the waiting room screen that shows the tickets called"));
    add(Id::SyncNow, tr("&Synchronise now"), QKeySequence(Qt::Key_F5),
        tr("Send the waiting changes and receive the others' now"));
    add(Id::ConnectToServer, tr("&Connect to the central service…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
        tr("Connect this PC to the comune's central service with a one-time code"));
    add(Id::ReviewSync, tr("&Refused changes and conflicts…"), QKeySequence(),
        tr("What the central service refused and the versions that lost, to check"));
    add(Id::LockScreen, tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L),
        tr("Lock this PC: the screen shows nothing until you type your password"));
    add(Id::SwitchUser, tr("S&witch user"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
        tr("Sign out and let a colleague sign in at this PC"));
    add(Id::ChangePassword, tr("Change &password…"), QKeySequence(),
        tr("Choose a new password for your account"));
    add(Id::ManageAccounts, tr("&Accounts…"), QKeySequence(),
        tr("Create staff accounts, change roles, deactivate, reset passwords"));
    add(Id::ViewAuditLog, tr("Audit &log…"), QKeySequence(),
        tr("Who did what, when and on which PC; and whether the log is intact"));
    add(Id::PcSettings, tr("&Settings of this PC…"), QKeySequence(), tr("When this PC locks itself"));
    add(Id::About, tr("&About Sportello"), QKeySequence(Qt::Key_F1), tr("Version and licence"));
    add(Id::Quit, tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), tr("Close Sportello"));
}

QAction *ActionRegistry::add(Id id, const QString &text, const QKeySequence &shortcut, const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    // The shortcut in the tooltip too: buttons show it, and clerks learn it there.
    action->setToolTip(shortcut.isEmpty()
                           ? tip
                           : QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    m_actions.insert(id, action);
    return action;
}

} // namespace Sportello::Ui
