// SPDX-License-Identifier: EUPL-1.2
// The whole permission matrix of docs/permissions.md, written out here a second time on purpose:
// every role against every permission, so that a change to either is a deliberate one.
#include "security/permissions.h"

#include <QTest>

using namespace Sportello::Security;

namespace {
// Columns: Operatore, Facilitatore, Responsabile, Amministratore (1 = allowed).
struct Row {
    Permission permission;
    const char *name;
    bool allowed[4];
};
const Row expected[] = {
    {Permission::ViewCitizens, "view_citizens", {1, 1, 1, 1}},
    {Permission::EditCitizens, "edit_citizens", {1, 1, 1, 0}},
    {Permission::RunCounter, "run_counter", {1, 0, 1, 0}},
    {Permission::IssueTickets, "issue_tickets", {1, 0, 1, 0}},
    {Permission::ConfigureQueue, "configure_queue", {0, 0, 1, 0}},
    {Permission::RecordSpidSessions, "record_spid_sessions", {0, 1, 1, 0}},
    {Permission::ViewReceipts, "view_receipts", {1, 0, 1, 0}},
    {Permission::IssueReceipts, "issue_receipts", {1, 0, 1, 0}},
    {Permission::VoidReceipt, "void_receipt", {0, 0, 1, 0}},
    {Permission::CloseDay, "close_day", {0, 0, 1, 0}},
    {Permission::ViewFigures, "view_figures", {1, 0, 1, 0}},
    {Permission::ExportData, "export_data", {0, 0, 1, 0}},
    {Permission::ReviewSync, "review_sync", {0, 0, 1, 1}},
    {Permission::ViewAuditLog, "view_audit_log", {0, 0, 1, 1}},
    {Permission::ManageAccounts, "manage_accounts", {0, 0, 0, 1}},
    {Permission::ManageSettings, "manage_settings", {0, 0, 0, 1}},
    {Permission::EnrolDevice, "enrol_device", {0, 0, 0, 1}},
};
const Role roles[] = {Role::Operatore, Role::Facilitatore, Role::Responsabile, Role::Amministratore};
} // namespace

class TestPermissions : public QObject {
    Q_OBJECT
private slots:
    void everyRoleAgainstEveryPermission_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("permission");
        QTest::addColumn<bool>("allowed");
        for (const Row &row : expected) {
            for (int r = 0; r < 4; ++r) {
                QTest::addRow("%s %s", qPrintable(roleName(roles[r])), row.name)
                    << int(roles[r]) << int(row.permission) << row.allowed[r];
            }
        }
    }
    void everyRoleAgainstEveryPermission()
    {
        QFETCH(int, role);
        QFETCH(int, permission);
        QFETCH(bool, allowed);
        const auto r = Role(role);
        const auto p = Permission(permission);
        QCOMPARE(allows(r, p), allowed);
        if (allowed) {
            require(r, p); // does not throw
        } else {
            QVERIFY_THROWS_EXCEPTION(PermissionDenied, require(r, p));
            try {
                require(r, p);
            } catch (const PermissionDenied &denied) {
                QCOMPARE(denied.role(), std::optional<Role>(r));
                QCOMPARE(denied.permission(), p);
                QVERIFY(denied.message().contains(roleTitle(r)));
            }
        }
    }

    void theMatrixHereCoversEveryPermissionAndName()
    {
        QCOMPARE(qsizetype(std::size(expected)), allPermissions().size());
        for (const Row &row : expected)
            QCOMPARE(permissionName(row.permission), QLatin1String(row.name));
        QCOMPARE(allRoles().size(), 4);
        for (const Role role : allRoles()) {
            QCOMPARE(roleFromName(roleName(role)), std::optional<Role>(role));
            QVERIFY(!roleTitle(role).isEmpty());
        }
        QCOMPARE(roleFromName(QStringLiteral("Amministratore")), std::nullopt); // names are exact
        QCOMPARE(roleFromName(QString()), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
