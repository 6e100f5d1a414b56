// SPDX-License-Identifier: EUPL-1.2
#include "accountforms.h"

#include "formwidgets.h"
#include "security/passwords.h"
#include "security/permissions.h"
#include "storage/accountrepository.h"
#include "taborder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Sportello::Ui {
AccountFormBase::AccountFormBase(Storage::AccountRepository &accounts, QWidget *parent)
    : FormDialog(parent)
    , m_accounts(accounts)
{
    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    setMinimumWidth(480);
}

void AccountFormBase::addButtons(const QString &confirmText)
{
    m_problem = problemLabel(this, tr("Problem"));
    m_problem->hide();
    m_form->addRow(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(confirmText);
    ok->setAccessibleName(QString(confirmText).remove(QLatin1Char('&')));
    ok->setDefault(true); // Return anywhere in the form confirms
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_form->addRow(buttons);
    followLayoutOrder(this); // the buttons come last in every form
    markSaved();
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountFormBase::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QComboBox *AccountFormBase::addRoleField(const QString &label, const QString &accessibleName,
                                         Security::Role role)
{
    auto *combo = new QComboBox(this);
    combo->setAccessibleName(accessibleName);
    for (const Security::Role each : Security::allRoles())
        combo->addItem(Security::roleTitle(each), Security::roleName(each));
    combo->setCurrentIndex(combo->findData(Security::roleName(role)));
    m_form->addRow(label, combo);
    return combo;
}

void AccountFormBase::addPasswordFields(const QString &label, const QString &accessibleName)
{
    m_password = lineEdit(this, accessibleName, 200);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(
        tr("At least %1 characters, not the username").arg(Security::Passwords::minimumLength));
    m_repeat = lineEdit(this, tr("Confirm the password"), 200);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_form->addRow(label, m_password);
    m_form->addRow(tr("&Confirm the password:"), m_repeat);
}

QString AccountFormBase::passwordProblem(const QString &username) const
{
    return Security::Passwords::typedTwiceProblem(m_password->text(), m_repeat->text(), username);
}

void AccountFormBase::refusePassword(const QString &problem)
{
    m_repeat->clear(); // both are typed again, unseen
    showProblem(problem, m_password);
}

QString AccountFormBase::password() const
{
    return m_password->text();
}

void AccountFormBase::showProblem(const QString &problem, QWidget *field)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (field) {
        field->setFocus();
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->selectAll();
    }
}

template <typename Write> void AccountFormBase::write(Write &&write)
{
    try {
        m_result = write();
    } catch (const Security::PermissionDenied &denied) {
        showProblem(denied.message());
        return;
    } catch (const Storage::StorageError &error) { // AccountRepository::Refused included
        showProblem(error.message());
        return;
    } catch (const std::runtime_error &error) { // no memory for the password hash
        showProblem(QString::fromLocal8Bit(error.what()));
        return;
    }
    accept();
}

NewAccountDialog::NewAccountDialog(Storage::AccountRepository &accounts, Security::Role role, QWidget *parent)
    : AccountFormBase(accounts, parent)
{
    setWindowTitle(tr("New account"));
    setAccessibleName(windowTitle());
    m_displayName = lineEdit(this, tr("Full name"), 100);
    form()->addRow(tr("&Full name:"), m_displayName);
    m_username = lineEdit(this, tr("Username"), 40);
    m_username->setPlaceholderText(tr("e.g. mario.rossi"));
    form()->addRow(tr("&Username:"), m_username);
    m_role = addRoleField(tr("&Role:"), tr("Role"), role);
    addPasswordFields(tr("Initial &password:"), tr("Initial password"));
    auto *note = new QLabel(tr("The person will choose a new password at the first sign-in."), this);
    note->setWordWrap(true);
    form()->addRow(note);
    addButtons(tr("Create account"));
    m_displayName->setFocus();
}

void NewAccountDialog::confirm()
{
    const QString username = Security::normalisedUsername(m_username->text());
    if (m_displayName->text().trimmed().isEmpty())
        return showProblem(tr("The full name is required."), m_displayName);
    if (const QString problem = Security::usernameProblem(username); !problem.isEmpty())
        return showProblem(problem, m_username);
    if (const QString problem = passwordProblem(username); !problem.isEmpty())
        return refusePassword(problem);
    const auto role = Security::roleFromName(m_role->currentData().toString());
    write([&] { return m_accounts.create(username, m_displayName->text().trimmed(), *role, password()); });
}

EditAccountDialog::EditAccountDialog(Storage::AccountRepository &accounts, const Security::Account &account,
                                     QWidget *parent)
    : AccountFormBase(accounts, parent)
    , m_account(account)
{
    setWindowTitle(tr("Account: %1").arg(account.displayName));
    setAccessibleName(windowTitle());
    auto *username = new QLabel(account.username, this);
    username->setAccessibleName(tr("Username"));
    username->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(tr("Username:"), username);
    m_displayName = lineEdit(this, tr("Full name"), 100);
    m_displayName->setText(account.displayName);
    form()->addRow(tr("&Full name:"), m_displayName);
    m_role = addRoleField(tr("&Role:"), tr("Role"), account.role);
    m_active = new QCheckBox(tr("&Active: the person can sign in"), this);
    m_active->setAccessibleName(tr("Active"));
    m_active->setToolTip(tr("A deactivated account stays in the list and in the log, and cannot sign in"));
    m_active->setChecked(account.active);
    form()->addRow(m_active);
    addButtons(tr("Save"));
    m_displayName->setFocus();
}

void EditAccountDialog::confirm()
{
    if (m_displayName->text().trimmed().isEmpty())
        return showProblem(tr("The full name is required."), m_displayName);
    Security::Account changed = m_account; // the version shown: a newer one elsewhere is refused
    changed.displayName = m_displayName->text().trimmed();
    changed.role = *Security::roleFromName(m_role->currentData().toString());
    changed.active = m_active->isChecked();
    write([&] { return m_accounts.update(changed); });
}

ResetPasswordDialog::ResetPasswordDialog(Storage::AccountRepository &accounts,
                                         const Security::Account &account, QWidget *parent)
    : AccountFormBase(accounts, parent)
    , m_account(account)
{
    setWindowTitle(tr("Reset password: %1").arg(account.displayName));
    setAccessibleName(windowTitle());
    addPasswordFields(tr("New &password:"), tr("New password"));
    auto *note =
        new QLabel(tr("Give it to the person in private: they must change it at the next sign-in."), this);
    note->setWordWrap(true);
    form()->addRow(note);
    addButtons(tr("Reset password"));
    m_password->setFocus();
}

void ResetPasswordDialog::confirm()
{
    if (const QString problem = passwordProblem(m_account.username); !problem.isEmpty())
        return refusePassword(problem);
    write([&] { return m_accounts.resetPassword(m_account.id, password()); });
}

ChangeOwnPasswordDialog::ChangeOwnPasswordDialog(Storage::AccountRepository &accounts,
                                                 const Security::Account &account, bool forced,
                                                 QWidget *parent)
    : AccountFormBase(accounts, parent)
    , m_account(account)
{
    setWindowTitle(tr("Change password: %1").arg(account.displayName));
    setAccessibleName(windowTitle());
    if (forced) {
        auto *why = new QLabel(tr("Your password was set by an administrator: choose your own now, before "
                                  "you start."),
                               this);
        why->setWordWrap(true);
        form()->addRow(why);
    }
    m_current = lineEdit(this, tr("Current password"), 200);
    m_current->setEchoMode(QLineEdit::Password);
    form()->addRow(tr("C&urrent password:"), m_current);
    addPasswordFields(tr("New &password:"), tr("New password"));
    addButtons(tr("Change password"));
    m_current->setFocus();
}

void ChangeOwnPasswordDialog::confirm()
{
    if (const QString problem = passwordProblem(m_account.username); !problem.isEmpty())
        return refusePassword(problem);
    write([&] { return m_accounts.changeOwnPassword(m_current->text(), password()); });
}

} // namespace Sportello::Ui
