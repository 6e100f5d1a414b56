// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "security/permissions.h"

#include <QAction>
#include <QHash>
#include <QList>
#include <QObject>
#include <optional>

namespace Sportello::Ui {

// One registry of the program's actions: text, shortcut, tooltip, the menu it sits in and the
// permission it needs are defined here once; menus, buttons, the navigation and the keyboard all
// use the same QAction, and a role sees exactly the actions it may use. What an action does is
// connected by the area it belongs to (ui/area.h), or by the shell for its own.
class ActionRegistry : public QObject {
    Q_OBJECT
public:
    enum class Id {
        ShowCitizens,
        NewCitizen,
        FindCitizen,
        EditCitizen,
        ShowReception,
        ShowCounter,
        CallNext,
        RecallTicket,
        MarkNoShow,
        HoldTicket,
        TransferTicket,
        ServeWithoutTicket,
        ResumeTicket,
        CloseRequest,
        QueueSetup,
        QueueFigures,
        CallDisplay,
        SyncNow,
        ConnectToServer,
        ReviewSync,
        LockScreen,
        SwitchUser,
        ChangePassword,
        ManageAccounts,
        ViewAuditLog,
        PcSettings,
        About,
        Quit
    };
    Q_ENUM(Id)

    // The menu bar, left to right.
    enum class Menu { File, Go, Queue, Citizens, Synchronisation, Administration, Help, None };

    explicit ActionRegistry(QObject *parent = nullptr);
    QAction *action(Id id) const { return m_entries.value(id).action; }

    static QList<Menu> menus();
    static QString menuTitle(Menu menu); // with its accelerator: "&Administration"
    // Where a person finds an action, as a message names it: "Administration › Settings of this
    // PC" (no accelerators, no ellipsis). Messages take it from here, so it is never wrong.
    QString menuPath(Id id) const;
    // The roles that may use an action, for a message: "Amministratore", "Operatore or Responsabile".
    QString rolesAllowed(Id id) const;
    // What to say when the key of an action the role may not use is pressed: why, and who may.
    QString refusal(Id id) const;
    // The actions of `menu` in their order; an empty Id list between groups is a separator.
    QList<QList<Id>> menuGroups(Menu menu) const;
    // Shows the actions the role may use (none, nobody signed in, but those that need no
    // permission) and enables them only while someone works (signed in and not locked).
    void applyRole(std::optional<Security::Role> role, bool working);

private:
    struct Entry {
        QAction *action = nullptr;
        Menu menu = Menu::None;
        int group = 0; // separators fall between groups
        std::optional<Security::Permission> permission;
    };
    QAction *add(Id id, const QString &text, const QKeySequence &shortcut, const QString &tip, Menu menu,
                 std::optional<Security::Permission> permission, int group = 0);
    QHash<Id, Entry> m_entries;
    QList<Id> m_order;
    std::optional<Security::Role> m_role;
};

} // namespace Sportello::Ui
