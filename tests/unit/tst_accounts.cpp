// SPDX-License-Identifier: EUPL-1.2
// Staff accounts, the permission checks of every guarded call in app/, sign-in with its throttle,
// and the idle lock. Argon2 is slow on purpose: accounts that only need to exist are written with
// one hash made in initTestCase(), and only the calls under test hash passwords of their own.
#include "security/auditentry.h"
#include "security/passwords.h"
#include "security/signin.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"
#include "storage/citizenrepository.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace Sportello;
using Security::Account;
using Security::Actor;
using Security::IdleLock;
using Security::Permission;
using Security::PermissionDenied;
using Security::Role;
using Security::SignIn;
using Security::SignInResult;
using Storage::AccountRepository;
using Storage::AuditLog;
using Storage::WriteContext;

namespace {
// The password of every account seeded with seed(); its hash is made once.
const QString knownPassword = QStringLiteral("password giusta 1");
QByteArray knownHash;

WriteContext as(const Test::TempDatabase &t, std::optional<Actor> actor)
{
    WriteContext context = t.context;
    context.actor = std::move(actor);
    return context;
}

Actor actorOf(const Account &account)
{
    return {account.id, account.username, account.role};
}

// An account written as sync writes one (no hash, no change-log entry, no audit entry).
Account seed(const Test::TempDatabase &t, const QString &username, Role role, bool active = true,
             bool mustChangePassword = false)
{
    Account a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.version = 1;
    a.username = username;
    a.displayName = QStringLiteral("Persona ") + username;
    a.role = role;
    a.passwordHash = knownHash;
    a.mustChangePassword = mustChangePassword;
    a.active = active;
    a.ownerBranchId = t.office.branchId;
    const QString refused = AccountRepository(*t.database, {}).applyRemote(a, std::nullopt);
    if (!refused.isEmpty())
        qFatal("seed %s: %s", qPrintable(username), qPrintable(refused));
    return AccountRepository(*t.database, {}).find(a.id).value();
}

qint64 count(const Test::TempDatabase &t, const QString &table)
{
    return Storage::Sql::scalar(t.database->connection(), QStringLiteral("SELECT count(*) FROM ") + table)
        .toLongLong();
}

QList<Storage::ChangeEntry> accountEntries(const Storage::Database &database)
{
    QList<Storage::ChangeEntry> entries = Storage::ChangeLog(database).entries(0, 100000);
    entries.removeIf([](const Storage::ChangeEntry &e) { return e.entity != Sync::Entity::account; });
    return entries;
}

// Newest first, read as an administrator would.
QList<Security::AuditEntry> auditEntries(const Test::TempDatabase &t)
{
    return AuditLog(*t.database, Test::clerk(Role::Amministratore)).entries({});
}

Security::AuditEntry lastAudit(const Test::TempDatabase &t)
{
    const auto entries = auditEntries(t);
    if (entries.isEmpty())
        qFatal("no audit entry");
    return entries.constFirst();
}

// Rows of every table a guarded call may write.
struct Written {
    qint64 accounts, citizens, changes, audit;
    bool operator==(const Written &) const = default;
};
Written written(const Test::TempDatabase &t)
{
    return {count(t, QStringLiteral("account")), count(t, QStringLiteral("citizen")),
            count(t, QStringLiteral("change_log")), count(t, QStringLiteral("audit_entry"))};
}

int throttleFailures(const Test::TempDatabase &t, const QString &username)
{
    return Storage::Sql::scalar(t.database->connection(),
                                QStringLiteral("SELECT failures FROM login_throttle WHERE username = ?"),
                                {username})
        .toInt();
}

const QDateTime t0(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
} // namespace

class TestAccounts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { knownHash = Security::Passwords::hash(knownPassword); }

    // --- The first administrator -------------------------------------------------------------

    void firstAdministratorIsCreatedOnceOnAnEmptyDatabase()
    {
        Test::TempDatabase t;
        AccountRepository repo(*t.database, as(t, std::nullopt)); // first run: nobody signed in
        QVERIFY(repo.isEmpty());
        const Account admin = repo.createFirstAdministrator(
            QStringLiteral(" Admin "), QStringLiteral("Anna  Neri"), QStringLiteral("una password lunga"));
        QCOMPARE(admin.username, QStringLiteral("admin"));
        QCOMPARE(admin.displayName, QStringLiteral("Anna Neri"));
        QCOMPARE(admin.role, Role::Amministratore);
        QVERIFY(admin.active);
        QVERIFY(!admin.mustChangePassword); // they have just chosen it
        QCOMPARE(admin.version, 1);
        QCOMPARE(repo.find(admin.id)->username, QStringLiteral("admin"));

        try {
            repo.createFirstAdministrator(QStringLiteral("admin2"), QStringLiteral("Altro"),
                                          QStringLiteral("un'altra password"));
            QFAIL("a second first administrator was accepted");
        } catch (const AccountRepository::Refused &refused) {
            QVERIFY(!refused.message().isEmpty());
        }
        QCOMPARE(repo.all().size(), 1);
    }

    void firstAdministratorIsRefusedWhenAnyAccountExists()
    {
        Test::TempDatabase t;
        seed(t, QStringLiteral("m.rossi"), Role::Operatore);
        AccountRepository repo(*t.database, as(t, std::nullopt));
        const Written before = written(t);
        QVERIFY_THROWS_EXCEPTION(AccountRepository::Refused,
                                 repo.createFirstAdministrator(QStringLiteral("admin"),
                                                               QStringLiteral("Anna"),
                                                               QStringLiteral("una password lunga")));
        QVERIFY(written(t) == before);
    }

    // The change log carries the hash (offline sign-in at other PCs needs it); the audit log never.
    void firstAdministratorIsSyncedWithItsHashButAuditedWithout()
    {
        Test::TempDatabase t;
        const QString password = QStringLiteral("una password lunga");
        const Account admin =
            AccountRepository(*t.database, as(t, std::nullopt))
                .createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Anna Neri"), password);
        const auto entries = accountEntries(*t.database);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].operation, Storage::ChangeEntry::Operation::Create);
        QCOMPARE(entries[0].recordId, admin.id);
        QVERIFY(admin.passwordHash.startsWith("$argon2id$"));
        QCOMPARE(entries[0].payload.value(QLatin1String("passwordHash")).toString(),
                 QString::fromLatin1(admin.passwordHash));

        const Security::AuditEntry audit = lastAudit(t);
        QCOMPARE(audit.action, Security::AuditAction::recordCreate);
        QCOMPARE(audit.entity, Sync::Entity::account);
        QCOMPARE(audit.recordId, admin.id);
        QCOMPARE(audit.accountId, admin.id); // the new administrator is the one who acts
        QCOMPARE(audit.details.value(QLatin1String("role")).toString(), QStringLiteral("amministratore"));
        const QByteArray whole = QJsonDocument(Security::toJson(audit)).toJson(QJsonDocument::Compact);
        QVERIFY2(!whole.contains(admin.passwordHash), whole.constData());
        QVERIFY2(!whole.contains("$argon2"), whole.constData());
        QVERIFY2(!whole.contains(password.toUtf8()), whole.constData());
        QVERIFY(!audit.details.contains(QLatin1String("passwordHash")));
    }

    // --- Accounts made by an administrator ---------------------------------------------------

    void administratorCreatesAnAccountThatMustChangeItsPassword()
    {
        Test::TempDatabase t;
        AccountRepository repo(*t.database, as(t, Test::clerk(Role::Amministratore)));
        const Account created = repo.create(QStringLiteral(" M.Rossi "), QStringLiteral(" Mario   Rossi "),
                                            Role::Operatore, QStringLiteral("password iniziale"));
        QCOMPARE(created.username, QStringLiteral("m.rossi"));
        QCOMPARE(created.displayName, QStringLiteral("Mario Rossi"));
        QVERIFY(created.mustChangePassword);
        QVERIFY(created.active);
        QCOMPARE(created.version, 1);
        QCOMPARE(created.ownerBranchId, t.office.branchId);
        const Account stored = repo.findByUsername(QStringLiteral("M.ROSSI")).value();
        QCOMPARE(stored.id, created.id);
        QVERIFY(stored.mustChangePassword);
        QVERIFY(Security::Passwords::verify(stored.passwordHash, QStringLiteral("password iniziale")));
    }

    void badUsernamesAreRefused_data()
    {
        QTest::addColumn<QString>("username");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("    ");
        QTest::newRow("too short") << QStringLiteral("ab");
        QTest::newRow("too long") << QString(41, QLatin1Char('a'));
        QTest::newRow("inner space") << QStringLiteral("mario rossi");
        QTest::newRow("accent") << QStringLiteral("nicolò");
        QTest::newRow("at sign") << QStringLiteral("mario@comune");
        QTest::newRow("quote") << QStringLiteral("d'angelo");
        QTest::newRow("control character") << QStringLiteral("mario\u0007");
    }
    void badUsernamesAreRefused()
    {
        QFETCH(QString, username);
        Test::TempDatabase t;
        AccountRepository repo(*t.database, as(t, Test::clerk(Role::Amministratore)));
        const Written before = written(t);
        try {
            repo.create(username, QStringLiteral("Mario Rossi"), Role::Operatore,
                        QStringLiteral("password iniziale"));
            QFAIL("accepted");
        } catch (const AccountRepository::Refused &refused) {
            QVERIFY(!refused.message().isEmpty());
        }
        QVERIFY(written(t) == before);
    }

    void passwordsAgainstThePolicyAreRefusedAndNothingIsWritten_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QString(12, QLatin1Char(' '));
        QTest::newRow("short") << QStringLiteral("corta123");
        QTest::newRow("nine characters") << QStringLiteral("123456789");
        QTest::newRow("the username") << QStringLiteral("mario.rossi1");
        QTest::newRow("the username, other case") << QStringLiteral("MARIO.Rossi1");
    }
    void passwordsAgainstThePolicyAreRefusedAndNothingIsWritten()
    {
        QFETCH(QString, password);
        Test::TempDatabase t;
        AccountRepository repo(*t.database, as(t, Test::clerk(Role::Amministratore)));
        const Written before = written(t);
        try {
            repo.create(QStringLiteral("mario.rossi1"), QStringLiteral("Mario Rossi"), Role::Operatore,
                        password);
            QFAIL("accepted");
        } catch (const AccountRepository::Refused &refused) {
            QCOMPARE(refused.message(),
                     Security::Passwords::policyProblem(password, QStringLiteral("mario.rossi1")));
            QVERIFY(!refused.message().isEmpty());
        }
        QCOMPARE(written(t).accounts, Q_INT64_C(0));
        QCOMPARE(accountEntries(*t.database).size(), 0);
        QVERIFY(written(t) == before); // no change-log entry, no audit entry either
    }

    void aTakenUsernameIsRefused()
    {
        Test::TempDatabase t;
        const Account first = seed(t, QStringLiteral("m.rossi"), Role::Operatore);
        AccountRepository repo(*t.database, as(t, Test::clerk(Role::Amministratore)));
        const Written before = written(t);
        try {
            repo.create(QStringLiteral(" M.ROSSI "), QStringLiteral("Marta Rossi"), Role::Operatore,
                        QStringLiteral("password iniziale"));
            QFAIL("accepted");
        } catch (const AccountRepository::Refused &refused) {
            QVERIFY2(refused.message().contains(QStringLiteral("m.rossi")), qPrintable(refused.message()));
        }
        QVERIFY(written(t) == before);
        QCOMPARE(repo.findByUsername(QStringLiteral("m.rossi"))->id, first.id);
    }

    // --- Updates -----------------------------------------------------------------------------

    void updateChangesNameRoleAndActiveFromTheVersionRead()
    {
        Test::TempDatabase t;
        const Account clerk = seed(t, QStringLiteral("m.rossi"), Role::Operatore);
        AccountRepository repo(*t.database, as(t, Test::clerk(Role::Amministratore)));
        Account edited = clerk;
        edited.displayName = QStringLiteral(" Mario  Rossi ");
        edited.role = Role::Responsabile;
        edited.active = false;
        edited.username = QStringLiteral("altro"); // not editable: ignored
        edited.passwordHash = "$argon2id$forged";  // not editable: ignored
        const Account saved = repo.update(edited);
        QCOMPARE(saved.version, 2);
        const Account stored = repo.find(clerk.id).value();
        QCOMPARE(stored.displayName, QStringLiteral("Mario Rossi"));
        QCOMPARE(stored.role, Role::Responsabile);
        QVERIFY(!stored.active);
        QCOMPARE(stored.username, QStringLiteral("m.rossi"));
        QCOMPARE(stored.passwordHash, knownHash);
        QCOMPARE(stored.version, 2);
        const auto entries = accountEntries(*t.database);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].operation, Storage::ChangeEntry::Operation::Update);
        QCOMPARE(Security::toJson(Security::accountFromJson(entries[0].payload)), Security::toJson(stored));
    }

    void anEditFromAStaleVersionIsRefused()
    {
        Test::TempDatabase t;
        const Account clerk = seed(t, QStringLiteral("m.rossi"), Role::Operatore);
        AccountRepository repo(*t.database, as(t, Test::clerk(Role::Amministratore)));
        Account first = clerk;
        first.displayName = QStringLiteral("Mario Rossi");
        repo.update(first);
        const Written before = written(t);
        Account stale = clerk; // still version 1
        stale.role = Role::Responsabile;
        QVERIFY_THROWS_EXCEPTION(AccountRepository::Refused, repo.update(stale));
        QCOMPARE(repo.find(clerk.id)->role, Role::Operatore);
        QCOMPARE(repo.find(clerk.id)->version, 2);
        QVERIFY(written(t) == before);
    }

    void theLastActiveAdministratorCannotBeDemotedOrDeactivated()
    {
        Test::TempDatabase t;
        const Account admin = seed(t, QStringLiteral("admin"), Role::Amministratore);
        seed(t, QStringLiteral("old.admin"), Role::Amministratore, false); // inactive: does not count
        // Acting: an administrator whose account is not this one (e.g. synced from elsewhere).
        AccountRepository repo(*t.database, as(t, Test::clerk(Role::Amministratore)));
        const Written before = written(t);
        Account demoted = admin;
        demoted.role = Role::Responsabile;
        QVERIFY_THROWS_EXCEPTION(AccountRepository::Refused, repo.update(demoted));
        Account deactivated = admin;
        deactivated.active = false;
        QVERIFY_THROWS_EXCEPTION(AccountRepository::Refused, repo.update(deactivated));
        QVERIFY(written(t) == before);
        QCOMPARE(repo.find(admin.id)->role, Role::Amministratore);
        QVERIFY(repo.find(admin.id)->active);

        // With a second active administrator the first may step down.
        seed(t, QStringLiteral("second.admin"), Role::Amministratore);
        QCOMPARE(repo.update(demoted).role, Role::Responsabile);
    }

    void nobodyCanDeactivateThemselves()
    {
        Test::TempDatabase t;
        const Account me = seed(t, QStringLiteral("admin"), Role::Amministratore);
        seed(t, QStringLiteral("other.admin"), Role::Amministratore);
        AccountRepository repo(*t.database, as(t, actorOf(me)));
        Account edited = me;
        edited.active = false;
        const Written before = written(t);
        try {
            repo.update(edited);
            QFAIL("accepted");
        } catch (const AccountRepository::Refused &refused) {
            QVERIFY(!refused.message().isEmpty());
        }
        QVERIFY(repo.find(me.id)->active);
        QVERIFY(written(t) == before);
    }

    void deactivatedAccountsStay()
    {
        Test::TempDatabase t;
        const Account clerk = seed(t, QStringLiteral("m.rossi"), Role::Operatore);
        AccountRepository repo(*t.database, as(t, Test::clerk(Role::Amministratore)));
        Account edited = clerk;
        edited.active = false;
        repo.update(edited);
        QCOMPARE(count(t, QStringLiteral("account")), Q_INT64_C(1));
        QVERIFY(!repo.find(clerk.id)->active);
        QCOMPARE(repo.all().size(), 1);
        QVERIFY(repo.findByUsername(QStringLiteral("m.rossi")).has_value());
        // The username stays taken.
        QVERIFY_THROWS_EXCEPTION(AccountRepository::Refused,
                                 repo.create(QStringLiteral("m.rossi"), QStringLiteral("Mario Rossi"),
                                             Role::Operatore, QStringLiteral("password iniziale")));
        // And it can come back.
        Account again = *repo.find(clerk.id);
        again.active = true;
        QVERIFY(repo.update(again).active);
    }

    // --- Passwords ---------------------------------------------------------------------------

    void resetPasswordForcesAChangeAtTheNextSignIn()
    {
        Test::TempDatabase t;
        const Account clerk = seed(t, QStringLiteral("m.rossi"), Role::Operatore);
        QVERIFY(!clerk.mustChangePassword);
        AccountRepository repo(*t.database, as(t, Test::clerk(Role::Amministratore)));
        const Account reset = repo.resetPassword(clerk.id, QStringLiteral("password nuova 1"));
        QVERIFY(reset.mustChangePassword);
        QCOMPARE(reset.version, 2);
        const Account stored = repo.find(clerk.id).value();
        QVERIFY(stored.mustChangePassword);
        QVERIFY(Security::Passwords::verify(stored.passwordHash, QStringLiteral("password nuova 1")));

        const Security::AuditEntry audit = lastAudit(t);
        QCOMPARE(audit.action, Security::AuditAction::recordUpdate);
        QCOMPARE(audit.details.value(QLatin1String("password")).toString(), QStringLiteral("changed"));
        QCOMPARE(audit.details.value(QLatin1String("mustChangePassword")).toObject(),
                 (QJsonObject{{QStringLiteral("from"), false}, {QStringLiteral("to"), true}}));
        QVERIFY(!QJsonDocument(audit.details).toJson().contains("$argon2"));
    }

    void resetPasswordFollowsThePolicy()
    {
        Test::TempDatabase t;
        const Account clerk = seed(t, QStringLiteral("mario.rossi1"), Role::Operatore);
        AccountRepository repo(*t.database, as(t, Test::clerk(Role::Amministratore)));
        const Written before = written(t);
        QVERIFY_THROWS_EXCEPTION(AccountRepository::Refused,
                                 repo.resetPassword(clerk.id, QStringLiteral("corta")));
        QVERIFY_THROWS_EXCEPTION(AccountRepository::Refused,
                                 repo.resetPassword(clerk.id, QStringLiteral("Mario.Rossi1")));
        QVERIFY(written(t) == before);
        QCOMPARE(repo.find(clerk.id)->passwordHash, knownHash);
    }

    void changeOwnPasswordNeedsTheCurrentOne()
    {
        Test::TempDatabase t;
        const Account me = seed(t, QStringLiteral("m.rossi"), Role::Operatore, true, true);
        AccountRepository repo(*t.database, as(t, actorOf(me)));
        const Written before = written(t);
        QVERIFY_THROWS_EXCEPTION(
            AccountRepository::Refused,
            repo.changeOwnPassword(QStringLiteral("non è questa"), QStringLiteral("password nuova 1")));
        QVERIFY(written(t) == before);
        QCOMPARE(repo.find(me.id)->passwordHash, knownHash);

        const Account changed = repo.changeOwnPassword(knownPassword, QStringLiteral("password nuova 1"));
        QVERIFY(!changed.mustChangePassword);
        const Account stored = repo.find(me.id).value();
        QVERIFY(!stored.mustChangePassword);
        QVERIFY(Security::Passwords::verify(stored.passwordHash, QStringLiteral("password nuova 1")));

        const Security::AuditEntry audit = lastAudit(t);
        QCOMPARE(audit.action, Security::AuditAction::passwordChanged);
        QCOMPARE(audit.accountId, me.id);
        QCOMPARE(audit.recordId, me.id);
        QCOMPARE(audit.details.value(QLatin1String("password")).toString(), QStringLiteral("changed"));
        QCOMPARE(audit.details.value(QLatin1String("mustChangePassword")).toObject(),
                 (QJsonObject{{QStringLiteral("from"), true}, {QStringLiteral("to"), false}}));
    }

    void changeOwnPasswordNeedsSomeoneSignedIn()
    {
        Test::TempDatabase t;
        AccountRepository repo(*t.database, as(t, std::nullopt));
        QVERIFY_THROWS_EXCEPTION(AccountRepository::Refused,
                                 repo.changeOwnPassword(knownPassword, QStringLiteral("password nuova 1")));
    }

    // --- The audit trail of account writes ---------------------------------------------------

    void eachWriteWritesExactlyOneAuditEntryWithWhatChanged()
    {
        Test::TempDatabase t;
        AccountRepository repo(*t.database, as(t, Test::clerk(Role::Amministratore)));
        qint64 audited = count(t, QStringLiteral("audit_entry"));

        const Account created = repo.create(QStringLiteral("m.rossi"), QStringLiteral("Mario Rossi"),
                                            Role::Operatore, QStringLiteral("password iniziale"));
        QCOMPARE(count(t, QStringLiteral("audit_entry")), ++audited);
        Security::AuditEntry audit = lastAudit(t);
        QCOMPARE(audit.action, Security::AuditAction::recordCreate);
        QCOMPARE(audit.username, QStringLiteral("clerk"));
        QCOMPARE(audit.details, (QJsonObject{{QStringLiteral("username"), QStringLiteral("m.rossi")},
                                             {QStringLiteral("role"), QStringLiteral("operatore")}}));

        Account edited = created;
        edited.role = Role::Responsabile;
        const Account promoted = repo.update(edited);
        QCOMPARE(count(t, QStringLiteral("audit_entry")), ++audited);
        audit = lastAudit(t);
        QCOMPARE(audit.action, Security::AuditAction::recordUpdate);
        QCOMPARE(audit.entity, Sync::Entity::account);
        QCOMPARE(audit.recordId, created.id);
        QCOMPARE(audit.details,
                 (QJsonObject{{QStringLiteral("role"),
                               QJsonObject{{QStringLiteral("from"), QStringLiteral("operatore")},
                                           {QStringLiteral("to"), QStringLiteral("responsabile")}}}}));

        Account renamed = promoted;
        renamed.displayName = QStringLiteral("Mario Luigi Rossi");
        repo.update(renamed);
        QCOMPARE(count(t, QStringLiteral("audit_entry")), ++audited);
        QCOMPARE(lastAudit(t).details.keys(), QStringList{QStringLiteral("displayName")});

        // Saving what was read changes nothing and logs nothing.
        repo.update(*repo.find(created.id));
        QCOMPARE(count(t, QStringLiteral("audit_entry")), audited);
        QCOMPARE(accountEntries(*t.database).size(), 3);
    }

    // --- The permission matrix, as app/ enforces it ------------------------------------------

    void guardedCallsFollowThePermissionMatrix_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<int>("permission");
        QTest::addColumn<int>("role"); // -1: nobody signed in
        const QList<std::pair<const char *, Permission>> calls{
            {"CitizenRepository::create", Permission::EditCitizens},
            {"CitizenRepository::update", Permission::EditCitizens},
            {"AccountRepository::create", Permission::ManageAccounts},
            {"AccountRepository::update", Permission::ManageAccounts},
            {"AccountRepository::resetPassword", Permission::ManageAccounts},
            {"AuditLog::entries", Permission::ViewAuditLog},
            {"AuditLog::usernames", Permission::ViewAuditLog},
            {"AuditLog::verify", Permission::ViewAuditLog},
        };
        for (const auto &[call, permission] : calls) {
            for (const Role role : Security::allRoles())
                QTest::addRow("%s by %s", call, qPrintable(Security::roleName(role)))
                    << QString::fromLatin1(call) << int(permission) << int(role);
            QTest::addRow("%s by nobody", call) << QString::fromLatin1(call) << int(permission) << -1;
        }
    }
    void guardedCallsFollowThePermissionMatrix()
    {
        QFETCH(QString, call);
        QFETCH(int, permission);
        QFETCH(int, role);
        const std::optional<Actor> actor = role < 0 ? std::nullopt : std::optional(Test::clerk(Role(role)));
        const bool allowed = actor && Security::allows(actor->role, Permission(permission));

        Test::TempDatabase t;
        // What the calls work on, written by people allowed to.
        const Domain::Citizen citizen =
            Storage::CitizenRepository(*t.database, as(t, Test::clerk(Role::Operatore)))
                .create(Test::citizen(QStringLiteral("RSSMRA80A01H501U"), QStringLiteral("Rossi"),
                                      QStringLiteral("Mario")));
        seed(t, QStringLiteral("admin"), Role::Amministratore);
        const Account target = seed(t, QStringLiteral("m.rossi"), Role::Operatore);

        Storage::CitizenRepository citizens(*t.database, as(t, actor));
        AccountRepository accounts(*t.database, as(t, actor));
        const AuditLog audit(*t.database, actor);
        const std::function<void()> run = [&]() -> std::function<void()> {
            if (call == QLatin1String("CitizenRepository::create"))
                return [&] {
                    citizens.create(Test::citizen(QStringLiteral("CNTCHR83T41D969D"), QStringLiteral("Conte"),
                                                  QStringLiteral("Chiara")));
                };
            if (call == QLatin1String("CitizenRepository::update"))
                return [&] {
                    Domain::Citizen edited = citizen;
                    edited.email = QStringLiteral("mario.rossi@example.it");
                    citizens.update(edited);
                };
            if (call == QLatin1String("AccountRepository::create"))
                return [&] {
                    accounts.create(QStringLiteral("l.bianchi"), QStringLiteral("Luca Bianchi"),
                                    Role::Operatore, QStringLiteral("password iniziale"));
                };
            if (call == QLatin1String("AccountRepository::update"))
                return [&] {
                    Account edited = target;
                    edited.role = Role::Responsabile;
                    accounts.update(edited);
                };
            if (call == QLatin1String("AccountRepository::resetPassword"))
                return [&] { accounts.resetPassword(target.id, QStringLiteral("password nuova 1")); };
            if (call == QLatin1String("AuditLog::entries"))
                return [&] { QVERIFY(!audit.entries({}).isEmpty()); };
            if (call == QLatin1String("AuditLog::usernames"))
                return [&] { QVERIFY(!audit.usernames().isEmpty()); };
            if (call == QLatin1String("AuditLog::verify"))
                return [&] { QVERIFY(audit.verify().intact); };
            qFatal("unknown call %s", qPrintable(call));
            return {};
        }();
        const bool writes = !call.startsWith(QLatin1String("AuditLog::"));

        const Written before = written(t);
        if (allowed) {
            run();
            if (QTest::currentTestFailed())
                return;
            if (writes)
                QCOMPARE(written(t).audit, before.audit + 1); // it did its work
            return;
        }
        try {
            run();
            QFAIL("allowed");
        } catch (const PermissionDenied &denied) {
            QCOMPARE(denied.permission(), Permission(permission));
            QCOMPARE(denied.role(), actor ? std::optional(actor->role) : std::nullopt);
            QVERIFY(!denied.message().isEmpty());
        }
        QVERIFY(written(t) == before);
        QCOMPARE(Storage::CitizenRepository(*t.database, {}).find(citizen.id)->email, QString());
        QCOMPARE(AccountRepository(*t.database, {}).find(target.id)->role, Role::Operatore);
        QCOMPARE(AccountRepository(*t.database, {}).find(target.id)->passwordHash, knownHash);
    }

    // --- Sign-in -----------------------------------------------------------------------------

    void theRightPasswordSignsIn()
    {
        Test::TempDatabase t;
        const Account clerk = seed(t, QStringLiteral("m.rossi"), Role::Operatore);
        SignIn signIn(*t.database, t.context);
        const SignInResult result = signIn.attempt(QStringLiteral(" M.Rossi "), knownPassword, t0);
        QCOMPARE(result.status, SignInResult::Status::SignedIn);
        QVERIFY(result.ok());
        QCOMPARE(result.account->id, clerk.id);
        QVERIFY(result.message.isEmpty());
        QCOMPARE(result.failures, 0);
        const Security::AuditEntry audit = lastAudit(t);
        QCOMPARE(audit.action, Security::AuditAction::login);
        QCOMPARE(audit.accountId, clerk.id);
        QCOMPARE(audit.username, QStringLiteral("m.rossi"));
        QCOMPARE(audit.deviceId, t.context.deviceId);
        QCOMPARE(audit.deviceName, t.context.deviceName);
        QCOMPARE(audit.branchId, t.office.branchId);
    }

    void aWrongPasswordIsRefusedAndCounted()
    {
        Test::TempDatabase t;
        const Account clerk = seed(t, QStringLiteral("m.rossi"), Role::Operatore);
        SignIn signIn(*t.database, t.context);
        const SignInResult result =
            signIn.attempt(QStringLiteral("m.rossi"), QStringLiteral("sbagliata!!"), t0);
        QCOMPARE(result.status, SignInResult::Status::WrongCredentials);
        QVERIFY(!result.account);
        QCOMPARE(result.failures, 1);
        QVERIFY(!result.retryAt.isValid());
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(throttleFailures(t, QStringLiteral("m.rossi")), 1);
        const Security::AuditEntry audit = lastAudit(t);
        QCOMPARE(audit.action, Security::AuditAction::loginFailed);
        QCOMPARE(audit.accountId, clerk.id);
        QCOMPARE(audit.details.value(QLatin1String("failures")).toInteger(), Q_INT64_C(1));
        QVERIFY(!audit.details.contains(QLatin1String("delaySeconds")));
        QVERIFY(!audit.details.contains(QLatin1String("unknownUsername")));
        QVERIFY(!QJsonDocument(Security::toJson(audit)).toJson().contains("sbagliata"));
    }

    void anUnknownUsernameGetsTheSameAnswer()
    {
        Test::TempDatabase t;
        seed(t, QStringLiteral("m.rossi"), Role::Operatore);
        SignIn signIn(*t.database, t.context);
        const SignInResult wrongPassword =
            signIn.attempt(QStringLiteral("m.rossi"), QStringLiteral("sbagliata!!"), t0);
        const SignInResult unknown = signIn.attempt(QStringLiteral("Nessuno"), knownPassword, t0);
        QCOMPARE(unknown.status, SignInResult::Status::WrongCredentials);
        QCOMPARE(unknown.message, wrongPassword.message);
        QCOMPARE(unknown.failures, 1);
        const Security::AuditEntry audit = lastAudit(t);
        QCOMPARE(audit.action, Security::AuditAction::loginFailed);
        QCOMPARE(audit.accountId, QString());
        QCOMPARE(audit.username, QStringLiteral("nessuno"));
        QCOMPARE(audit.details.value(QLatin1String("unknownUsername")), QJsonValue(true));
        QCOMPARE(throttleFailures(t, QStringLiteral("nessuno")), 1);
    }

    void fourWrongPasswordsThenTheRightOneSignIn()
    {
        Test::TempDatabase t;
        seed(t, QStringLiteral("m.rossi"), Role::Operatore);
        SignIn signIn(*t.database, t.context);
        for (int i = 1; i <= 4; ++i) {
            const SignInResult wrong =
                signIn.attempt(QStringLiteral("m.rossi"), QStringLiteral("sbagliata!!"), t0.addSecs(i));
            QCOMPARE(wrong.failures, i);
            QVERIFY(!wrong.retryAt.isValid()); // no wait yet
        }
        const SignInResult right = signIn.attempt(QStringLiteral("m.rossi"), knownPassword, t0.addSecs(5));
        QCOMPARE(right.status, SignInResult::Status::SignedIn);
        QCOMPARE(right.failures, 0);
        QCOMPARE(Storage::Sql::scalar(t.database->connection(),
                                      QStringLiteral("SELECT count(*) FROM login_throttle"))
                     .toInt(),
                 0);
        // The count starts again from one.
        QCOMPARE(
            signIn.attempt(QStringLiteral("m.rossi"), QStringLiteral("sbagliata!!"), t0.addSecs(6)).failures,
            1);
    }

    void theFifthWrongPasswordStartsAWait()
    {
        Test::TempDatabase t;
        seed(t, QStringLiteral("m.rossi"), Role::Operatore);
        SignIn signIn(*t.database, t.context);
        for (int i = 1; i <= 4; ++i)
            signIn.attempt(QStringLiteral("m.rossi"), QStringLiteral("sbagliata!!"), t0);
        const SignInResult fifth =
            signIn.attempt(QStringLiteral("m.rossi"), QStringLiteral("sbagliata!!"), t0);
        QCOMPARE(fifth.status, SignInResult::Status::WrongCredentials);
        QCOMPARE(fifth.failures, 5);
        QCOMPARE(fifth.retryAt, t0.addSecs(30));
        QVERIFY(fifth.message.contains(QStringLiteral("30")));
        const Security::AuditEntry audit = lastAudit(t);
        QCOMPARE(audit.action, Security::AuditAction::loginThrottled);
        QCOMPARE(audit.details.value(QLatin1String("delaySeconds")).toInteger(), Q_INT64_C(30));
        QCOMPARE(audit.details.value(QLatin1String("failures")).toInteger(), Q_INT64_C(5));

        // During the wait even the right password is refused, unchecked and unrecorded.
        const qint64 audited = count(t, QStringLiteral("audit_entry"));
        const SignInResult early = signIn.attempt(QStringLiteral("m.rossi"), knownPassword, t0.addSecs(10));
        QCOMPARE(early.status, SignInResult::Status::Throttled);
        QVERIFY(!early.account);
        QCOMPARE(early.retryAt, t0.addSecs(30));
        QVERIFY2(early.message.contains(QStringLiteral("20")), qPrintable(early.message));
        QCOMPARE(early.failures, 5);
        const SignInResult earlyWrong =
            signIn.attempt(QStringLiteral("m.rossi"), QStringLiteral("sbagliata!!"), t0.addSecs(29));
        QCOMPARE(earlyWrong.status, SignInResult::Status::Throttled);
        QCOMPARE(count(t, QStringLiteral("audit_entry")), audited);
        QCOMPARE(throttleFailures(t, QStringLiteral("m.rossi")), 5);

        const SignInResult later = signIn.attempt(QStringLiteral("m.rossi"), knownPassword, t0.addSecs(31));
        QCOMPARE(later.status, SignInResult::Status::SignedIn);
        QCOMPARE(lastAudit(t).action, Security::AuditAction::login);
    }

    void theWaitDoublesUpToFifteenMinutes_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("none") << 0 << qint64(0);
        QTest::newRow("negative") << -3 << qint64(0);
        QTest::newRow("1") << 1 << qint64(0);
        QTest::newRow("4") << 4 << qint64(0);
        QTest::newRow("5") << 5 << qint64(30);
        QTest::newRow("6") << 6 << qint64(60);
        QTest::newRow("7") << 7 << qint64(120);
        QTest::newRow("8") << 8 << qint64(240);
        QTest::newRow("9") << 9 << qint64(480);
        QTest::newRow("10 (capped)") << 10 << qint64(900);
        QTest::newRow("11") << 11 << qint64(900);
        QTest::newRow("1000") << 1000 << qint64(900);
        QTest::newRow("INT_MAX") << std::numeric_limits<int>::max() << qint64(900);
    }
    void theWaitDoublesUpToFifteenMinutes()
    {
        QFETCH(int, failures);
        QFETCH(qint64, seconds);
        QCOMPARE(SignIn::delaySeconds(failures), seconds);
    }

    void eachFailureAfterTheWaitWaitsLonger()
    {
        Test::TempDatabase t;
        seed(t, QStringLiteral("m.rossi"), Role::Operatore);
        SignIn signIn(*t.database, t.context);
        for (int i = 1; i <= 5; ++i)
            signIn.attempt(QStringLiteral("m.rossi"), QStringLiteral("sbagliata!!"), t0);
        const QDateTime t6 = t0.addSecs(31);
        const SignInResult sixth =
            signIn.attempt(QStringLiteral("m.rossi"), QStringLiteral("sbagliata!!"), t6);
        QCOMPARE(sixth.failures, 6);
        QCOMPARE(sixth.retryAt, t6.addSecs(60));
        QCOMPARE(lastAudit(t).details.value(QLatin1String("delaySeconds")).toInteger(), Q_INT64_C(60));
        QCOMPARE(signIn.attempt(QStringLiteral("m.rossi"), knownPassword, t6.addSecs(59)).status,
                 SignInResult::Status::Throttled);
        const QDateTime t7 = t6.addSecs(60);
        const SignInResult seventh =
            signIn.attempt(QStringLiteral("m.rossi"), QStringLiteral("sbagliata!!"), t7);
        QCOMPARE(seventh.failures, 7);
        QCOMPARE(seventh.retryAt, t7.addSecs(120));
        QVERIFY2(seventh.message.contains(QStringLiteral("2 minute")), qPrintable(seventh.message));
        QCOMPARE(lastAudit(t).details.value(QLatin1String("delaySeconds")).toInteger(), Q_INT64_C(120));
    }

    void theWaitIsPerUsername()
    {
        Test::TempDatabase t;
        seed(t, QStringLiteral("m.rossi"), Role::Operatore);
        seed(t, QStringLiteral("l.bianchi"), Role::Operatore);
        SignIn signIn(*t.database, t.context);
        for (int i = 1; i <= 5; ++i)
            signIn.attempt(QStringLiteral("m.rossi"), QStringLiteral("sbagliata!!"), t0);
        QCOMPARE(signIn.attempt(QStringLiteral("l.bianchi"), knownPassword, t0.addSecs(1)).status,
                 SignInResult::Status::SignedIn);
        QCOMPARE(signIn.attempt(QStringLiteral("m.rossi"), knownPassword, t0.addSecs(2)).status,
                 SignInResult::Status::Throttled);
        // The same person typed differently is the same username.
        QCOMPARE(signIn.attempt(QStringLiteral(" M.ROSSI "), knownPassword, t0.addSecs(3)).status,
                 SignInResult::Status::Throttled);
    }

    void aDeactivatedAccountCannotSignIn()
    {
        Test::TempDatabase t;
        const Account gone = seed(t, QStringLiteral("m.rossi"), Role::Operatore, false);
        SignIn signIn(*t.database, t.context);
        const SignInResult result = signIn.attempt(QStringLiteral("m.rossi"), knownPassword, t0);
        QCOMPARE(result.status, SignInResult::Status::Deactivated);
        QVERIFY(!result.ok());
        QVERIFY(!result.account);
        QVERIFY(!result.message.isEmpty());
        const Security::AuditEntry audit = lastAudit(t);
        QCOMPARE(audit.action, Security::AuditAction::loginFailed);
        QCOMPARE(audit.accountId, gone.id);
        QCOMPARE(audit.details.value(QLatin1String("deactivated")), QJsonValue(true));
        // A wrong password tells nothing about the account being deactivated.
        QCOMPARE(signIn.attempt(QStringLiteral("m.rossi"), QStringLiteral("sbagliata!!"), t0).status,
                 SignInResult::Status::WrongCredentials);
    }

    void unlockingIsAuditedAsUnlock()
    {
        Test::TempDatabase t;
        seed(t, QStringLiteral("m.rossi"), Role::Operatore);
        SignIn signIn(*t.database, t.context);
        QVERIFY(signIn.attempt(QStringLiteral("m.rossi"), knownPassword, t0, SignIn::Purpose::Unlock).ok());
        QCOMPARE(lastAudit(t).action, Security::AuditAction::unlock);
    }

    void signOutAndLockAreAudited()
    {
        Test::TempDatabase t;
        const Account clerk = seed(t, QStringLiteral("m.rossi"), Role::Operatore);
        SignIn signIn(*t.database, t.context);
        signIn.lock(actorOf(clerk));
        Security::AuditEntry audit = lastAudit(t);
        QCOMPARE(audit.action, Security::AuditAction::lock);
        QCOMPARE(audit.accountId, clerk.id);
        QCOMPARE(audit.username, QStringLiteral("m.rossi"));
        signIn.signOut(actorOf(clerk));
        audit = lastAudit(t);
        QCOMPARE(audit.action, Security::AuditAction::logout);
        QCOMPARE(audit.accountId, clerk.id);
        QCOMPARE(audit.deviceId, t.context.deviceId);
    }

    // --- The idle lock -----------------------------------------------------------------------

    void theIdleLockExpiresAtTheLimitAndNotBefore()
    {
        IdleLock lock(5);
        QCOMPARE(lock.limitMs(), Q_INT64_C(5 * 60 * 1000));
        lock.noteActivity(t0);
        QVERIFY(!lock.expired(t0));
        QVERIFY(!lock.expired(t0.addMSecs(5 * 60 * 1000 - 1)));
        QVERIFY(lock.expired(t0.addSecs(5 * 60)));
        QVERIFY(lock.expired(t0.addSecs(3600)));
    }

    void activityRestartsTheIdleTime()
    {
        IdleLock lock(5);
        lock.noteActivity(t0);
        lock.noteActivity(t0.addSecs(4 * 60));
        QVERIFY(!lock.expired(t0.addSecs(5 * 60)));
        QVERIFY(!lock.expired(t0.addSecs(9 * 60 - 1)));
        QVERIFY(lock.expired(t0.addSecs(9 * 60)));
    }

    void anIdleLimitBelowOneMinuteIsOneMinute()
    {
        IdleLock lock;
        QCOMPARE(lock.limitMs(), qint64(IdleLock::defaultMinutes) * 60 * 1000);
        lock.setMinutes(0);
        QCOMPARE(lock.limitMs(), Q_INT64_C(60 * 1000));
        lock.setMinutes(-10);
        QCOMPARE(lock.limitMs(), Q_INT64_C(60 * 1000));
        lock.noteActivity(t0);
        QVERIFY(!lock.expired(t0.addSecs(59)));
        QVERIFY(lock.expired(t0.addSecs(60)));
    }

    void theIdleLockNeverExpiresBeforeAnyActivity()
    {
        IdleLock lock(1);
        QVERIFY(!lock.expired(t0));
        QVERIFY(!lock.expired(t0.addYears(10)));
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
