// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "security/account.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Sportello::Storage {
class AccountRepository;
}

namespace Sportello::Ui {

// Utenti: the Amministratore's list of staff accounts, with New, Edit and Reset password. Accounts
// are never deleted: a deactivated one stays listed, greyed, so that the log keeps its people.
class AccountsDialog : public QDialog {
    Q_OBJECT
public:
    AccountsDialog(Storage::AccountRepository &accounts, QWidget *parent = nullptr);

    QTreeWidget *accountList() const { return m_list; }
    // Puts this account first in view (opened from another list, such as the sync review).
    void select(const QString &accountId) { reload(accountId); }
    // The form of a new account, with `role` chosen.
    void newAccount(Security::Role role = Security::Role::Operatore);

signals:
    void accountsChanged(); // after a successful write

private:
    void reload(const QString &selectId = {});
    const Security::Account *currentAccount() const;
    void updateButtons();
    void editAccount();
    void resetPassword();
    // After a form wrote `written`: the list again, on that account.
    void written(const Security::Account &account);

    Storage::AccountRepository &m_accounts;
    QList<Security::Account> m_shown; // by row
    QTreeWidget *m_list = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_reset = nullptr;
};

} // namespace Sportello::Ui
