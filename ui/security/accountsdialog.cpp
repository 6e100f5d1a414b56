// SPDX-License-Identifier: EUPL-1.2
#include "accountsdialog.h"

#include "accountforms.h"
#include "formwidgets.h"
#include "security/permissions.h"
#include "storage/accountrepository.h"
#include "taborder.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sportello::Ui {
namespace {
enum Role { RowRole = Qt::UserRole };
} // namespace

AccountsDialog::AccountsDialog(Storage::AccountRepository &accounts, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
{
    setWindowTitle(tr("Accounts"));
    setAccessibleName(windowTitle());
    resizeWithinScreen(this, QSize(820, 420));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The people who sign in to Sportello. Accounts are never deleted: "
                                "deactivate the ones no longer in use."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Accounts"));
    m_list->setHeaderLabels({tr("Name"), tr("Username"), tr("Role"), tr("State"), tr("Password")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);

    m_message = problemLabel(this, tr("Message"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_new = buttons->addButton(tr("&New account…"), QDialogButtonBox::ActionRole);
    m_edit = buttons->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);
    m_edit->setToolTip(tr("Name, role, and whether the account is active (Return on the list)"));
    m_reset = buttons->addButton(tr("&Reset password…"), QDialogButtonBox::ActionRole);
    m_reset->setToolTip(tr("A new password, to be changed by the person at the next sign-in"));
    for (QPushButton *button : {m_new, m_edit, m_reset}) {
        button->setAccessibleName(QString(button->text()).remove(QLatin1Char('&')).remove(QChar(u'…')));
        button->setAutoDefault(false); // Return on the list edits
    }
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_new, &QPushButton::clicked, this, [this] { newAccount(); });
    connect(m_edit, &QPushButton::clicked, this, &AccountsDialog::editAccount);
    connect(m_reset, &QPushButton::clicked, this, &AccountsDialog::resetPassword);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AccountsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &AccountsDialog::editAccount);
    reload();
    m_list->setFocus();
    followLayoutOrder(this);
}

void AccountsDialog::reload(const QString &selectId)
{
    m_list->clear();
    try {
        m_shown = m_accounts.all();
        m_message->hide();
    } catch (const Security::PermissionDenied &denied) {
        m_shown.clear();
        m_message->setText(denied.message());
        m_message->show();
    } catch (const Storage::StorageError &error) {
        m_shown.clear();
        m_message->setText(tr("Cannot read the accounts: %1").arg(error.message()));
        m_message->show();
    }
    const QColor greyed = palette().color(QPalette::Disabled, QPalette::Text);
    QTreeWidgetItem *selected = nullptr;
    for (int row = 0; row < m_shown.size(); ++row) {
        const Security::Account &account = m_shown.at(row);
        auto *item = new QTreeWidgetItem(
            m_list, {account.displayName, account.username, Security::roleTitle(account.role),
                     account.active ? tr("Active") : tr("Deactivated"),
                     account.mustChangePassword ? tr("Must change password") : tr("Chosen by the person")});
        item->setData(0, RowRole, row);
        if (!account.active) {
            for (int column = 0; column < m_list->columnCount(); ++column)
                item->setForeground(column, greyed);
        }
        if (account.id == selectId)
            selected = item;
    }
    for (int column = 0; column + 1 < m_list->columnCount(); ++column) {
        m_list->resizeColumnToContents(column);
        m_list->setColumnWidth(column, m_list->columnWidth(column) + 12); // a gap before the next
    }
    m_list->setCurrentItem(selected ? selected : m_list->topLevelItem(0));
    updateButtons();
}

const Security::Account *AccountsDialog::currentAccount() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    return &m_shown.at(item->data(0, RowRole).toInt());
}

void AccountsDialog::updateButtons()
{
    const bool any = currentAccount() != nullptr;
    m_edit->setEnabled(any);
    m_reset->setEnabled(any);
}

void AccountsDialog::newAccount(Security::Role role)
{
    NewAccountDialog form(m_accounts, role, this);
    if (form.exec() == QDialog::Accepted)
        written(form.result());
}

void AccountsDialog::editAccount()
{
    const Security::Account *account = currentAccount();
    if (!account)
        return;
    EditAccountDialog form(m_accounts, *account, this);
    if (form.exec() == QDialog::Accepted)
        written(form.result());
}

void AccountsDialog::resetPassword()
{
    const Security::Account *account = currentAccount();
    if (!account)
        return;
    ResetPasswordDialog form(m_accounts, *account, this);
    if (form.exec() == QDialog::Accepted)
        written(form.result());
}

void AccountsDialog::written(const Security::Account &account)
{
    reload(account.id);
    m_list->setFocus();
    emit accountsChanged();
}

} // namespace Sportello::Ui
