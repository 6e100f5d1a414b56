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
