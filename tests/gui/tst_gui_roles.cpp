// SPDX-License-Identifier: EUPL-1.2
// People at a shared counter PC, in Italian, by keyboard: each role signs in and sees its own
// menus; wrong passwords slow the next try down; Ctrl+L and a time without input lock the PC and
// hide everything; another person may sign in at the locked PC; a password set by an administrator
// is changed at the first sign-in. The inactivity lock runs on a clock of the test's own.
#include "actionregistry.h"
#include "citizens/citizensarea.h"
#include "citizens/citizenspage.h"
#include "config/appsettings.h"
#include "domain/clock.h"
#include "guisupport.h"
#include "queue/queuearea.h"
#include "security/passwords.h"
#include "startup.h"
#include "storage/auditlog.h"
#include "storage/citizenrepository.h"
#include "translations.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QTest>

using namespace Sportello;
using Security::Role;
using Id = Ui::ActionRegistry::Id;

namespace {
QWidget *focused()
{
    return QApplication::focusWidget();
}

// Every text a visible widget of `window` shows: labels and the cells of item views.
QStringList visibleTexts(QWidget *window)
{
    QStringList texts;
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisible())
            texts << label->text();
    }
    for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        if (!view->isVisible() || !view->model())
            continue;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            for (int column = 0; column < view->model()->columnCount(); ++column)
                texts << view->model()->index(row, column).data().toString();
    }
    return texts;
}

QStringList auditActions(const Storage::Database &database)
{
    const Storage::AuditLog log(database, Test::clerk(Role::Responsabile));
    QStringList actions;
    for (const Security::AuditEntry &entry : log.entries({}))
        actions.prepend(entry.action);
    return actions;
}
} // namespace

class TestGuiRoles : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TempDatabase> m_db;
    std::unique_ptr<Config::AppSettings> m_settings;
    std::unique_ptr<Ui::Startup> m_startup;
    QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(8, 30), Qt::UTC);

    Ui::MainWindow *window() const { return m_startup->mainWindow(); }

private slots:
    void initTestCase()
    {
        QCOMPARE(Ui::installTranslations(*qApp, QStringLiteral("it")), QStringLiteral("it"));
        m_db = std::make_unique<Test::TempDatabase>();
        const Storage::Database &db = *m_db->database;
        Test::addAccount(db, Role::Amministratore, QStringLiteral("admin"), QStringLiteral("Anna Verdi"),
                         QStringLiteral("password di anna"));
        Test::addAccount(db, Role::Responsabile, QStringLiteral("g.bianchi"),
                         QStringLiteral("Giulia Bianchi"), QStringLiteral("password di giulia"));
        Test::addAccount(db, Role::Operatore, QStringLiteral("m.rossi"), QStringLiteral("Mario Rossi"),
                         QStringLiteral("password di mario"));
        Test::addAccount(db, Role::Facilitatore, QStringLiteral("l.neri"), QStringLiteral("Luca Neri"),
                         QStringLiteral("password di luca"));
        // Personal data that a locked screen must not show.
        Storage::CitizenRepository(db, m_db->context)
            .create(Test::citizen(QStringLiteral("RSSMRA80A01H501U"), QStringLiteral("Riservato"),
                                  QStringLiteral("Mario")));
        m_settings = std::make_unique<Config::AppSettings>(m_db->dir.filePath(QStringLiteral("pc.ini")));
        m_settings->setDeviceName(QStringLiteral("Sportello 2"));
        m_startup = std::make_unique<Ui::Startup>(m_db->path(), *m_settings);
        QVERIFY(m_startup->openDatabase());
        m_startup->showFirstWindow();
        QVERIFY(window());
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        Clock::setForTests([this] { return m_now; });
    }

    void eachRoleSeesWhatItMayUse_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("screenshot");
        QTest::newRow("operatore") << "m.rossi"
                                   << "password di mario"
                                   << "ruoli-01-operatore";
        QTest::newRow("facilitatore") << "l.neri"
                                      << "password di luca"
                                      << "ruoli-02-facilitatore";
        QTest::newRow("responsabile") << "g.bianchi"
                                      << "password di giulia"
                                      << "ruoli-03-responsabile";
        QTest::newRow("amministratore") << "admin"
                                        << "password di anna"
                                        << "ruoli-04-amministratore";
    }

    void eachRoleSeesWhatItMayUse()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, screenshot);
        QVERIFY(!window()->signedIn());
        QVERIFY(!window()->area<Ui::CitizensArea>()->page()->isVisible());
        QVERIFY(Test::signIn(window(), username, password));
        const Role role = window()->signedIn()->role;
        Ui::ActionRegistry *actions = window()->actions();
        const auto shown = [&](Id id) {
            return actions->action(id)->isVisible() && actions->action(id)->isEnabled();
        };
        using P = Security::Permission;
        QCOMPARE(shown(Id::NewCitizen), Security::allows(role, P::EditCitizens));
        QCOMPARE(shown(Id::EditCitizen), Security::allows(role, P::EditCitizens));
        QCOMPARE(shown(Id::ReviewSync), Security::allows(role, P::ReviewSync));
        QCOMPARE(shown(Id::ConnectToServer), Security::allows(role, P::EnrolDevice));
        QCOMPARE(shown(Id::ManageAccounts), Security::allows(role, P::ManageAccounts));
        QCOMPARE(shown(Id::ViewAuditLog), Security::allows(role, P::ViewAuditLog));
        QCOMPARE(shown(Id::PcSettings), Security::allows(role, P::ManageSettings));
        QVERIFY(shown(Id::LockScreen) && shown(Id::SwitchUser) && shown(Id::ChangePassword));
        // A menu with nothing for the role is not there at all.
        QStringList menus;
        for (QAction *menu : window()->menuBar()->actions()) {
            if (menu->isVisible())
                menus << menu->text();
        }
        QCOMPARE(menus.contains(QStringLiteral("A&mministrazione")),
                 Security::allows(role, P::ManageAccounts) || Security::allows(role, P::ViewAuditLog));
        QVERIFY(window()->area<Ui::CitizensArea>()->page()->isVisible());
        // The page invites only what the role may do: Ctrl+N, to those who may register a citizen.
        Ui::CitizensPage *page = window()->area<Ui::CitizensArea>()->page();
        page->searchField()->setText(QStringLiteral("Nessuno Così"));
        QTRY_VERIFY2(page->summaryLabel()->text().startsWith(QStringLiteral("Nessun cittadino trovato")),
                     qPrintable(page->summaryLabel()->text()));
        QCOMPARE(page->summaryLabel()->text().contains(QStringLiteral("Ctrl+N")),
                 Security::allows(role, P::EditCitizens));
        page->searchField()->clear();
        Test::saveScreenshot(window(), screenshot);

        // Ctrl+Shift+L: signed out, the next person signs in.
        QTest::keyClick(window(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!window()->signedIn());
        QVERIFY(!window()->area<Ui::CitizensArea>()->page()->isVisible());
        QCOMPARE(focused()->accessibleName(), QStringLiteral("Nome utente"));
    }

    void wrongPasswordsSlowTheNextTryDown()
    {
        Test::saveScreenshot(window(), QStringLiteral("ruoli-05-accesso"));
        for (int i = 1; i <= 5; ++i) {
            Test::typeSignIn(window(), QStringLiteral("m.rossi"), QStringLiteral("non la sua"));
            QVERIFY(!window()->signedIn());
            m_now = m_now.addSecs(2);
        }
        QLabel *problem = nullptr;
        for (QLabel *label : window()->loginPanel()->findChildren<QLabel *>()) {
            if (label->accessibleName() == QStringLiteral("Problema"))
                problem = label;
        }
        QVERIFY(problem);
        QVERIFY2(problem->text().contains(QStringLiteral("riprova tra")), qPrintable(problem->text()));
        Test::saveScreenshot(window(), QStringLiteral("ruoli-06-troppi-tentativi"));
        // The wait counts down on the screen (it stood still).
        const QString before = problem->text();
        m_now = m_now.addSecs(5);
        QTRY_VERIFY2(problem->text() != before && problem->text().contains(QStringLiteral("riprova tra")),
                     qPrintable(problem->text()));
        // Within the wait even the right password is not looked at.
        Test::typeSignIn(window(), QStringLiteral("m.rossi"), QStringLiteral("password di mario"));
        QVERIFY(!window()->signedIn());
        m_now = m_now.addSecs(31);
        QVERIFY(Test::signIn(window(), QStringLiteral("m.rossi"), QStringLiteral("password di mario")));
        const QStringList actions = auditActions(*m_db->database);
        QCOMPARE(actions.count(Security::AuditAction::loginFailed), 4);
        QCOMPARE(actions.count(Security::AuditAction::loginThrottled), 1);
        QCOMPARE(actions.constLast(), Security::AuditAction::login);
    }

    void ctrlLLocksAndTheLockedScreenShowsNoPersonalData()
    {
        QVERIFY(window()->signedIn());
        QVERIFY(visibleTexts(window()).join(u' ').contains(QStringLiteral("Riservato")));
        QVERIFY(Test::activate(window()));
        QTest::keyClick(window(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(window()->isLocked());
        QVERIFY(!window()->area<Ui::CitizensArea>()->page()->isVisible());
        QVERIFY(!visibleTexts(window()).join(u' ').contains(QStringLiteral("Riservato")));
        QVERIFY(!window()->actions()->action(Id::NewCitizen)->isEnabled()); // no shortcut gets through
        QCOMPARE(focused(), window()->loginPanel()->passwordField());
        Test::saveScreenshot(window(), QStringLiteral("ruoli-07-bloccato"));
        Test::typeSignIn(window(), {}, QStringLiteral("password di mario"));
        QVERIFY(!window()->isLocked());
        QVERIFY(window()->area<Ui::CitizensArea>()->page()->isVisible());
        QCOMPARE(auditActions(*m_db->database).last(2),
                 QStringList({Security::AuditAction::lock, Security::AuditAction::unlock}));
    }

    // A form is open when the time runs out: it is hidden while locked and back after unlocking.
    // Then the PC locks again and a colleague signs in instead: the first clerk's form is closed.
    void theIdleLockHidesOpenFormsAndAColleagueMaySignIn()
    {
        QVERIFY(Test::activate(window()));
        QPointer<QWidget> form;
        bool formClosed = false;
        Test::whenModalAppears([&](QWidget *dialog) {
            form = dialog;
            QTest::keyClicks(focused(), QStringLiteral("Bozza"));
            m_now = m_now.addSecs(4 * 60 + 59);
            window()->checkIdle();
            QVERIFY(!window()->isLocked());            // not yet
            QTest::keyClick(focused(), Qt::Key_Space); // typing counts as activity
            m_now = m_now.addSecs(4 * 60 + 59);
            window()->checkIdle();
            QVERIFY(!window()->isLocked());
            m_now = m_now.addSecs(1);
            window()->checkIdle();
            QVERIFY(window()->isLocked());
            QVERIFY(!dialog->isVisible());
            Test::saveScreenshot(window(), QStringLiteral("ruoli-08-bloccato-per-inattivita"));
            Test::typeSignIn(window(), {}, QStringLiteral("password di mario"));
            QVERIFY(!window()->isLocked());
            QVERIFY(dialog->isVisible());
            // Locked again; Giulia signs in at the locked PC: Mario's form goes, unsaved.
            m_now = m_now.addSecs(5 * 60);
            window()->checkIdle();
            QVERIFY(window()->isLocked());
            QVERIFY(
                Test::signIn(window(), QStringLiteral("g.bianchi"), QStringLiteral("password di giulia")));
            formClosed = true;
        });
        QTest::keyClick(window(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(formClosed);
        QTRY_VERIFY(!form || !form->isVisible());
        QCOMPARE(window()->signedIn()->username, QStringLiteral("g.bianchi"));
        QCOMPARE(Storage::CitizenRepository(*m_db->database, {}).count(), 1); // the draft was not saved
        const QStringList actions = auditActions(*m_db->database);
        // Giulia's password is checked first; only then is Mario signed out.
        QCOMPARE(actions.last(3), QStringList({Security::AuditAction::lock, Security::AuditAction::login,
                                               Security::AuditAction::logout}));
    }

    void aPasswordSetByAnAdministratorIsChangedAtTheFirstSignIn()
    {
        QTest::keyClick(window(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        Storage::AccountRepository accounts(*m_db->database, {m_db->office.branchId, QStringLiteral("pc"),
                                                              Test::clerk(Role::Amministratore)});
        accounts.create(QStringLiteral("s.gialli"), QStringLiteral("Sara Gialli"), Role::Operatore,
                        QStringLiteral("data dall'admin"));
        bool changed = false;
        Test::whenModalAppears([&](QWidget *dialog) {
            QCOMPARE(focused()->accessibleName(), QStringLiteral("Password attuale"));
            QTest::keyClicks(focused(), QStringLiteral("data dall'admin"));
            QTest::keyClick(focused(), Qt::Key_P, Qt::AltModifier);
            QTest::keyClicks(focused(), QStringLiteral("scelta da sara"));
            QTest::keyClick(focused(), Qt::Key_C, Qt::AltModifier);
            QTest::keyClicks(focused(), QStringLiteral("scelta da sara"));
            Test::saveScreenshot(dialog, QStringLiteral("ruoli-09-cambio-password-obbligato"));
            QTest::keyClick(focused(), Qt::Key_Return);
            QTRY_VERIFY(!dialog->isVisible());
            changed = true;
        });
        QVERIFY(Test::signIn(window(), QStringLiteral("s.gialli"), QStringLiteral("data dall'admin")));
        QVERIFY(changed);
        const auto sara = accounts.findByUsername(QStringLiteral("s.gialli"));
        QVERIFY(!sara->mustChangePassword);
        QVERIFY(Security::Passwords::verify(sara->passwordHash, QStringLiteral("scelta da sara")));
        QCOMPARE(auditActions(*m_db->database).constLast(), Security::AuditAction::passwordChanged);
    }

    void cleanupTestCase() { m_startup.reset(); }
};

QTEST_MAIN(TestGuiRoles)
#include "tst_gui_roles.moc"
