// SPDX-License-Identifier: EUPL-1.2
#include "security/administrationarea.h"

#include "domain/logcategories.h"
#include "recordopeners.h"
#include "security/accountsdialog.h"
#include "security/auditlogdialog.h"
#include "security/pcsettingsdialog.h"
#include "storage/auditlog.h"
#include "sync/entitynames.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <algorithm>

namespace Sportello::Ui {

AdministrationArea::AdministrationArea(Workplace workplace, std::function<bool()> speechAvailable,
                                       QObject *parent)
    : Area(std::move(workplace), parent)
    , m_accounts(this->workplace().database, {})
    , m_speechAvailable(std::move(speechAvailable))
{
    using Id = ActionRegistry::Id;
    connect(action(Id::ManageAccounts), &QAction::triggered, this,
            [this] { manageAccounts({}, this->workplace().window); });
    connect(action(Id::ViewAuditLog), &QAction::triggered, this,
            [this] { viewAuditLog(this->workplace().window); });
    connect(action(Id::PcSettings), &QAction::triggered, this, &AdministrationArea::editPcSettings);
    RecordOpeners &openers = this->workplace().openers;
    openers.add(Sync::Entity::account,
                [this](const QString &id, QWidget *parent) { manageAccounts(id, parent); });
    openers.add(Sync::Entity::auditEntry, [this](const QString &, QWidget *parent) { viewAuditLog(parent); });
}

void AdministrationArea::setContext(const Storage::WriteContext &context)
{
    Area::setContext(context);
    m_accounts.setWriteContext(context);
}

void AdministrationArea::sessionStarted()
{
    // After the sign-in has finished: not a dialog inside it.
    QTimer::singleShot(0, this, &AdministrationArea::offerFirstSteps);
}

void AdministrationArea::offerFirstSteps()
{
    const std::optional<Security::Actor> &actor = context().actor;
    if (!actor || !Security::allows(actor->role, Security::Permission::ManageAccounts))
        return;
    try {
        const QList<Security::Account> accounts = m_accounts.all();
        const bool someoneSetsUpTheQueue =
            std::any_of(accounts.cbegin(), accounts.cend(), [](const Security::Account &account) {
                return account.active && Security::allows(account.role, Security::Permission::ConfigureQueue);
            });
        if (someoneSetsUpTheQueue)
            return;
    } catch (const Storage::StorageError &error) {
        qCWarning(lcUiSecurity) << "cannot read the accounts for the first steps:" << error.detail();
        return;
    }
    QMessageBox prompt(QMessageBox::Information, tr("First steps"),
                       tr("Nobody can set up the queue or serve the public yet."), QMessageBox::NoButton,
                       workplace().window);
    prompt.setInformativeText(
        tr("Your role, %1, manages accounts and settings, not the counter's work. Create now the "
           "account of the Responsabile, who sets up services, counters and opening hours; then the "
           "accounts of the Operatori.")
            .arg(Security::roleTitle(actor->role)));
    QPushButton *create =
        prompt.addButton(tr("&Create the Responsabile's account…"), QMessageBox::AcceptRole);
    prompt.addButton(tr("&Later"), QMessageBox::RejectRole);
    prompt.setDefaultButton(create);
    prompt.exec();
    if (prompt.clickedButton() == create)
        createAccount(Security::Role::Responsabile);
}

void AdministrationArea::createAccount(Security::Role role)
{
    AccountsDialog dialog(m_accounts, workplace().window);
    QMetaObject::invokeMethod(
        &dialog, [&dialog, role] { dialog.newAccount(role); }, Qt::QueuedConnection);
    dialog.exec();
}

void AdministrationArea::manageAccounts(const QString &selectAccountId, QWidget *parent)
{
    AccountsDialog dialog(m_accounts, parent);
    if (!selectAccountId.isEmpty())
        dialog.select(selectAccountId);
    dialog.exec();
}

void AdministrationArea::viewAuditLog(QWidget *parent)
{
    const Storage::AuditLog log(workplace().database, context().actor);
    AuditLogDialog dialog(log, parent);
    connect(&dialog, &AuditLogDialog::verified, this, [this](bool intact) {
        try {
            Storage::AuditLog(workplace().database)
                .record(context(), Security::AuditAction::verify, {}, {},
                        {{QStringLiteral("intact"), intact}});
        } catch (const Storage::StorageError &error) {
            // The verdict was shown; only its entry in the log is missing.
            qCWarning(lcUiSecurity) << "verification not recorded:" << error.detail();
        }
    });
    dialog.exec();
}

void AdministrationArea::editPcSettings()
{
    PcSettingsDialog dialog(workplace().settings, m_speechAvailable(), workplace().window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QJsonObject changes = dialog.changes();
    if (changes.isEmpty())
        return;
    try {
        Security::require(context().actor, Security::Permission::ManageSettings);
        // Recorded first: a change that cannot be recorded is not made.
        Storage::AuditLog(workplace().database)
            .record(context(), Security::AuditAction::settingsChange, {}, {}, changes);
    } catch (const Security::PermissionDenied &denied) {
        QMessageBox::warning(workplace().window, tr("Not allowed"), denied.message());
        return;
    } catch (const Storage::StorageError &error) {
        QMessageBox::warning(workplace().window, tr("Not saved"), error.message());
        return;
    }
    dialog.applyTo(workplace().settings);
    emit settingsSaved();
}

} // namespace Sportello::Ui
