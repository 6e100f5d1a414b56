// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>
#include <stdexcept>

namespace Sportello::Security {

// The four roles of docs/permissions.md. Stored by name; the order means nothing.
enum class Role { Operatore, Facilitatore, Responsabile, Amministratore };

// What a call may do. Every capability adds its permissions here and a row to the matrix in
// permissions.cpp and docs/permissions.md; tst_permissions checks every role against every one.
enum class Permission {
    ViewCitizens,
    EditCitizens,
    RunCounter,         // call, serve and close queue tickets
    IssueTickets,       // reception
    ConfigureQueue,     // services, counters, opening hours
    RecordSpidSessions, // help-desk sessions
    ViewReceipts,
    IssueReceipts,
    VoidReceipt,
    CloseDay,
    ViewFigures, // live figures and history
    ExportData,  // CSV exports
    ReviewSync,  // refused changes and conflicts
    ViewAuditLog,
    ManageAccounts,
    ManageSettings,
    EnrolDevice,
};

QList<Role> allRoles();
QList<Permission> allPermissions();
// Stable names, for storage and logs ("operatore", "void_receipt").
QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);
QString permissionName(Permission permission);
// For people: translated.
QString roleTitle(Role role);

bool allows(Role role, Permission permission);

// Thrown by a call that the signed-in person's role does not allow, whatever the UI showed.
class PermissionDenied : public std::runtime_error {
public:
    PermissionDenied(Role role, Permission permission);
    Role role() const { return m_role; }
    Permission permission() const { return m_permission; }
    QString message() const; // translated, for the person

private:
    Role m_role;
    Permission m_permission;
};

// The check every guarded call in app/ makes first.
inline void require(Role role, Permission permission)
{
    if (!allows(role, permission))
        throw PermissionDenied(role, permission);
}

} // namespace Sportello::Security
