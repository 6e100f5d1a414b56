// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "formdialog.h"
#include "security/account.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Sportello::Storage {
class AccountRepository;
}

namespace Sportello::Ui {

// The small forms of the Accounts dialog. Each one writes through the repository when confirmed
// and stays open, saying why beside the fields, when the input or the repository refuses; so a
// refusal costs the administrator nothing already typed.
class AccountFormBase : public FormDialog {
    Q_OBJECT
public:
    // The account as written, once the dialog was accepted.
    const Security::Account &result() const { return m_result; }

protected:
    AccountFormBase(Storage::AccountRepository &accounts, QWidget *parent);
    // The form's rows, the problem line under them, and the confirm/cancel buttons.
    QFormLayout *form() const { return m_form; }
    void addButtons(const QString &confirmText);
    QComboBox *addRoleField(const QString &label, const QString &accessibleName, Security::Role role);
    // A new password typed twice.
    void addPasswordFields(const QString &label, const QString &accessibleName);
    // Empty, or why the two password fields cannot be used for `username`.
    QString passwordProblem(const QString &username) const;
    QString password() const;
    // Shows why the password was refused and clears the confirmation, to type both again.
    void refusePassword(const QString &problem);
    // Shows `problem` (empty hides it) and puts the cursor on `field` when given.
    void showProblem(const QString &problem, QWidget *field = nullptr);
    // Runs a repository write: on success keeps its result and closes; on a refusal says why.
    template <typename Write> void write(Write &&write);
    virtual void confirm() = 0;

    Storage::AccountRepository &m_accounts;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;

private:
    QFormLayout *m_form = nullptr;
    QLabel *m_problem = nullptr;
    Security::Account m_result;
};

// Nuovo utente: name, username, role and an initial password the person changes at first sign-in.
class NewAccountDialog : public AccountFormBase {
    Q_OBJECT
public:
    NewAccountDialog(Storage::AccountRepository &accounts, Security::Role role, QWidget *parent);

private:
    void confirm() override;

    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_username = nullptr;
    QComboBox *m_role = nullptr;
};

// Modifica: name, role and whether the account may sign in, written from the version shown.
class EditAccountDialog : public AccountFormBase {
    Q_OBJECT
public:
    EditAccountDialog(Storage::AccountRepository &accounts, const Security::Account &account,
                      QWidget *parent);

private:
    void confirm() override;

    Security::Account m_account;
    QLineEdit *m_displayName = nullptr;
    QComboBox *m_role = nullptr;
    QCheckBox *m_active = nullptr;
};

// Reimposta password: a new one, to be changed by the person at the next sign-in.
class ResetPasswordDialog : public AccountFormBase {
    Q_OBJECT
public:
    ResetPasswordDialog(Storage::AccountRepository &accounts, const Security::Account &account,
                        QWidget *parent);

private:
    void confirm() override;

    Security::Account m_account;
};

// Cambia password: the person signed in, who knows the current one. `forced`: at the first sign-in
// after an administrator set it; the program goes no further until it is changed.
class ChangeOwnPasswordDialog : public AccountFormBase {
    Q_OBJECT
public:
    ChangeOwnPasswordDialog(Storage::AccountRepository &accounts, const Security::Account &account,
                            bool forced, QWidget *parent);

private:
    void confirm() override;

    Security::Account m_account;
    QLineEdit *m_current = nullptr;
};

} // namespace Sportello::Ui
