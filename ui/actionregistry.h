// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QAction>
#include <QHash>
#include <QObject>

namespace Sportello::Ui {

// One registry of the program's actions: text, shortcut and tooltip are defined here once, and
// menus, buttons and the keyboard all use the same QAction.
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

    explicit ActionRegistry(QObject *parent = nullptr);
    QAction *action(Id id) const { return m_actions.value(id); }

private:
    QAction *add(Id id, const QString &text, const QKeySequence &shortcut, const QString &tip);
    QHash<Id, QAction *> m_actions;
};

} // namespace Sportello::Ui
