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

// The person signed in at this PC, as the calls of app/ see them.
struct Actor {
    QString accountId;
    QString username;
    Role role = Role::Operatore;
};

// Thrown by a call that the signed-in person's role does not allow, whatever the UI showed, or that
// was made with nobody signed in (role() is then empty).
class PermissionDenied : public std::runtime_error {
public:
    PermissionDenied(std::optional<Role> role, Permission permission);
    std::optional<Role> role() const { return m_role; }
    Permission permission() const { return m_permission; }
    QString message() const; // translated, for the person

private:
    std::optional<Role> m_role;
    Permission m_permission;
};

// The check every guarded call in app/ makes first.
inline void require(Role role, Permission permission)
{
    if (!allows(role, permission))
        throw PermissionDenied(role, permission);
}
inline void require(const std::optional<Actor> &actor, Permission permission)
{
    if (!actor)
        throw PermissionDenied(std::nullopt, permission);
    require(actor->role, permission);
}

} // namespace Sportello::Security
