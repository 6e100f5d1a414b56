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
