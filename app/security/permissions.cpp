// SPDX-License-Identifier: EUPL-1.2
#include "security/permissions.h"

#include <QHash>
#include <QSet>

namespace Sportello::Security {
namespace {
using P = Permission;

// The matrix of docs/permissions.md, one row per role. A permission not listed is refused.
const QHash<Role, QSet<Permission>> &matrix()
{
    static const QHash<Role, QSet<Permission>> rows{
        {Role::Operatore,
         {P::ViewCitizens, P::EditCitizens, P::RunCounter, P::IssueTickets, P::ViewReceipts, P::IssueReceipts,
          P::ViewFigures}},
        // Volunteers help people with SPID: citizens and their sessions, never money.
        {Role::Facilitatore, {P::ViewCitizens, P::EditCitizens, P::RecordSpidSessions}},
        {Role::Responsabile,
         {P::ViewCitizens, P::EditCitizens, P::RunCounter, P::IssueTickets, P::ConfigureQueue,
          P::RecordSpidSessions, P::ViewReceipts, P::IssueReceipts, P::VoidReceipt, P::CloseDay,
          P::ViewFigures, P::ExportData, P::ReviewSync, P::ViewAuditLog}},
        // Runs the installation: people, settings, PCs. Not the counter's work nor its money.
        {Role::Amministratore,
         {P::ViewCitizens, P::ReviewSync, P::ViewAuditLog, P::ManageAccounts, P::ManageSettings,
          P::EnrolDevice}},
    };
    return rows;
}

const QList<std::pair<Role, const char *>> roleNames{{Role::Operatore, "operatore"},
                                                     {Role::Facilitatore, "facilitatore"},
                                                     {Role::Responsabile, "responsabile"},
                                                     {Role::Amministratore, "amministratore"}};

const QList<std::pair<Permission, const char *>> permissionNames{
    {P::ViewCitizens, "view_citizens"},     {P::EditCitizens, "edit_citizens"},
    {P::RunCounter, "run_counter"},         {P::IssueTickets, "issue_tickets"},
    {P::ConfigureQueue, "configure_queue"}, {P::RecordSpidSessions, "record_spid_sessions"},
    {P::ViewReceipts, "view_receipts"},     {P::IssueReceipts, "issue_receipts"},
    {P::VoidReceipt, "void_receipt"},       {P::CloseDay, "close_day"},
    {P::ViewFigures, "view_figures"},       {P::ExportData, "export_data"},
    {P::ReviewSync, "review_sync"},         {P::ViewAuditLog, "view_audit_log"},
    {P::ManageAccounts, "manage_accounts"}, {P::ManageSettings, "manage_settings"},
    {P::EnrolDevice, "enrol_device"},
};
} // namespace

QList<Role> allRoles()
{
    QList<Role> roles;
    for (const auto &[role, name] : roleNames)
        roles << role;
    return roles;
}

QList<Permission> allPermissions()
{
    QList<Permission> permissions;
    for (const auto &[permission, name] : permissionNames)
        permissions << permission;
    return permissions;
}

QString roleName(Role role)
{
    for (const auto &[r, name] : roleNames) {
        if (r == role)
            return QLatin1String(name);
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (const auto &[role, text] : roleNames) {
        if (name == QLatin1String(text))
            return role;
    }
    return std::nullopt;
}

QString permissionName(Permission permission)
{
    for (const auto &[p, name] : permissionNames) {
        if (p == permission)
            return QLatin1String(name);
    }
    return {};
}

QString roleTitle(Role role)
{
    switch (role) {
    case Role::Operatore:
        return QCoreApplication::translate("Sportello::Security", "Counter clerk");
    case Role::Facilitatore:
        return QCoreApplication::translate("Sportello::Security", "Digital facilitator");
    case Role::Responsabile:
        return QCoreApplication::translate("Sportello::Security", "Office manager");
    case Role::Amministratore:
        return QCoreApplication::translate("Sportello::Security", "Administrator");
    }
    return {};
}

bool allows(Role role, Permission permission)
{
    return matrix().value(role).contains(permission);
}

PermissionDenied::PermissionDenied(std::optional<Role> role, Permission permission)
    : std::runtime_error("permission denied: " + (role ? roleName(*role).toStdString() : "nobody signed in") +
                         " may not " + permissionName(permission).toStdString())
    , m_role(role)
    , m_permission(permission)
{}

QString PermissionDenied::message() const
{
    if (!m_role)
        return QCoreApplication::translate("Sportello::Security", "Sign in first.");
    return QCoreApplication::translate("Sportello::Security", "Your role (%1) does not allow this.")
        .arg(roleTitle(*m_role));
}

} // namespace Sportello::Security
