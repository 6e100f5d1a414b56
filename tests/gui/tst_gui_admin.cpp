// SPDX-License-Identifier: EUPL-1.2
// The Amministratore's screens, with the keyboard and in Italian: accounts (create, change role,
// deactivate, reset a password) and the audit log (filters, paging, verification before and after
// someone edits the database file by hand). Every screen is saved as a PNG named admin-NN-….
//
// The texts of these screens may not be translated yet; so the test finds widgets by what they
// are, and where it compares a text it asks the translator for it, as the dialog does.
#include "security/accountforms.h"
#include "security/accountsdialog.h"
#include "security/auditlogdialog.h"
#include "security/passwords.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"
#include "testsupport.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Sportello;
using Security::Role;

namespace {
QWidget *focused()
{
    return QApplication::focusWidget();
}

void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), k, modifiers);
}

// Alt+letter: the underlined letter of a label or button (the same letter in English and Italian).
void alt(Qt::Key k)
{
    key(k, Qt::AltModifier);
}

QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

QLabel *problemLabel(QWidget *dialog)
{
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->accessibleName() == translated("Sportello::Ui::AccountFormBase", "Problem"))
            return label;
    }
    return nullptr;
}

QString accountRow(const QString &databasePath, const QString &username)
{
    return Test::sqliteQuery(
        databasePath, QStringLiteral("SELECT display_name, role, active, must_change_password, version "
                                     "FROM account WHERE username = '%1'")
                          .arg(username));
}
} // namespace

class TestGuiAdmin : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TempDatabase> m_db;
    std::unique_ptr<Storage::AccountRepository> m_accounts;
    Security::Account m_admin;
    const QString m_staffPassword = QStringLiteral("Sportello-2024!");

private slots:
    void initTestCase()
    {
        QCOMPARE(Ui::installTranslations(*qApp, QStringLiteral("it")), QStringLiteral("it"));
        m_db = std::make_unique<Test::TempDatabase>();
        m_db->context.deviceName = QStringLiteral("Sportello 1");
        m_accounts = std::make_unique<Storage::AccountRepository>(*m_db->database, m_db->context);
        m_admin =
            m_accounts->createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Anna Bianchi"),
                                                 QStringLiteral("amministrazione-sicura"));
        Storage::WriteContext signedIn = m_db->context;
        signedIn.actor = Security::Actor{m_admin.id, m_admin.username, m_admin.role};
        m_accounts->setWriteContext(signedIn);
    }

    void manageAccountsWithTheKeyboard()
    {
        Ui::AccountsDialog dialog(*m_accounts);
        QSignalSpy changed(&dialog, &Ui::AccountsDialog::accountsChanged);
        dialog.show();
        QVERIFY(Test::activate(&dialog));
        QTreeWidget *list = dialog.accountList();
        QCOMPARE(focused(), list);
        QCOMPARE(list->topLevelItemCount(), 1);
        Test::saveScreenshot(&dialog, QStringLiteral("admin-01-utenti"));

        // Nuovo account: a password too short, then a username already taken, then right.
        bool created = false;
        Test::whenModalAppears([&](QWidget *form) {
            QVERIFY(qobject_cast<Ui::NewAccountDialog *>(form));
            QVERIFY(qobject_cast<QLineEdit *>(focused())); // the full name
            type(QStringLiteral("Mario Rossi"));
            alt(Qt::Key_U);
            type(QStringLiteral("admin"));
            alt(Qt::Key_R);
            QCOMPARE(qobject_cast<QComboBox *>(focused())->currentText(),
                     Security::roleTitle(Role::Operatore));
            alt(Qt::Key_P);
            type(QStringLiteral("corta"));
            alt(Qt::Key_C);
            type(QStringLiteral("corta"));
            key(Qt::Key_Return);
            QLabel *problem = problemLabel(form);
            QVERIFY(problem);
            QTRY_VERIFY(problem->isVisible());
            QVERIFY2(problem->text().contains(QStringLiteral("almeno 10 caratteri")),
                     qPrintable(problem->text()));
            auto *password = qobject_cast<QLineEdit *>(focused());
            QVERIFY(password && password->echoMode() == QLineEdit::Password);
            Test::saveScreenshot(form, QStringLiteral("admin-02-nuovo-utente-password-corta"));

            type(m_staffPassword); // the short one is selected: typed over
            alt(Qt::Key_C);
            type(m_staffPassword);
            key(Qt::Key_Return);
            // The repository's refusal, beside the fields; nothing typed is lost.
            QTRY_VERIFY2(problem->text().contains(QStringLiteral("admin")), qPrintable(problem->text()));
            QVERIFY(form->isVisible());
            Test::saveScreenshot(form, QStringLiteral("admin-03-nuovo-utente-nome-occupato"));

            alt(Qt::Key_U);
            key(Qt::Key_A, Qt::ControlModifier);
            type(QStringLiteral("M.Rossi")); // stored in lower case
            Test::saveScreenshot(form, QStringLiteral("admin-04-nuovo-utente"));
            key(Qt::Key_Return);
            QTRY_VERIFY(!form->isVisible());
            created = true;
        });
        alt(Qt::Key_N);
        QTRY_VERIFY(created);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(accountRow(m_db->path(), QStringLiteral("m.rossi")),
                 QStringLiteral("Mario Rossi|operatore|1|1|1"));
        QVERIFY(Security::Passwords::verify(
            m_accounts->findByUsername(QStringLiteral("m.rossi"))->passwordHash, m_staffPassword));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->currentItem()->text(1), QStringLiteral("m.rossi")); // the new one is selected
        QVERIFY(Test::activate(&dialog));
        QCOMPARE(focused(), list);
        Test::saveScreenshot(&dialog, QStringLiteral("admin-05-utenti-con-nuovo"));

        // Return on the list: Modifica. The role becomes Responsabile.
        Test::whenModalAppears([&](QWidget *form) {
            QVERIFY(qobject_cast<Ui::EditAccountDialog *>(form));
            alt(Qt::Key_R);
            type(QStringLiteral("Resp"));
            QCOMPARE(qobject_cast<QComboBox *>(focused())->currentText(),
                     Security::roleTitle(Role::Responsabile));
            Test::saveScreenshot(form, QStringLiteral("admin-06-modifica-ruolo"));
            key(Qt::Key_Return);
            QTRY_VERIFY(!form->isVisible());
        });
        key(Qt::Key_Return);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(accountRow(m_db->path(), QStringLiteral("m.rossi")),
                 QStringLiteral("Mario Rossi|responsabile|1|1|2"));
        QCOMPARE(list->currentItem()->text(2), Security::roleTitle(Role::Responsabile));

        // Again: deactivated. The account stays listed, greyed.
        QVERIFY(Test::activate(&dialog));
        Test::whenModalAppears([&](QWidget *form) {
            auto *active = form->findChild<QCheckBox *>();
            QVERIFY(active && active->isChecked());
            alt(Qt::Key_A);
            QTRY_VERIFY(!active->isChecked());
            Test::saveScreenshot(form, QStringLiteral("admin-07-disattivazione"));
            key(Qt::Key_Return);
            QTRY_VERIFY(!form->isVisible());
        });
        key(Qt::Key_Return);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(accountRow(m_db->path(), QStringLiteral("m.rossi")),
                 QStringLiteral("Mario Rossi|responsabile|0|1|3"));
        QCOMPARE(list->topLevelItemCount(), 2);
        QTreeWidgetItem *rossi = list->currentItem();
        QCOMPARE(rossi->text(1), QStringLiteral("m.rossi"));
        QCOMPARE(rossi->text(3), translated("Sportello::Ui::AccountsDialog", "Deactivated"));
        QCOMPARE(rossi->foreground(0).color(), dialog.palette().color(QPalette::Disabled, QPalette::Text));
        QVERIFY(Test::activate(&dialog));
        key(Qt::Key_Up); // off the row, to see it greyed
        Test::saveScreenshot(&dialog, QStringLiteral("admin-08-utenti-disattivato"));
        key(Qt::Key_Down);
        QCOMPARE(list->currentItem(), rossi);

        // Reimposta password: a new one, to be changed at the next sign-in.
        const QString newPassword = QStringLiteral("Nuova-password-42");
        bool reset = false;
        Test::whenModalAppears([&](QWidget *form) {
            QVERIFY(qobject_cast<Ui::ResetPasswordDialog *>(form));
            QCOMPARE(qobject_cast<QLineEdit *>(focused())->echoMode(), QLineEdit::Password);
            type(newPassword);
            alt(Qt::Key_C);
            type(newPassword);
            Test::saveScreenshot(form, QStringLiteral("admin-09-reimposta-password"));
            key(Qt::Key_Return);
            QTRY_VERIFY(!form->isVisible());
            reset = true;
        });
        alt(Qt::Key_R); // the button is clicked after a short animation
        QTRY_VERIFY(reset);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(accountRow(m_db->path(), QStringLiteral("m.rossi")),
                 QStringLiteral("Mario Rossi|responsabile|0|1|4"));
        const auto rossiNow = m_accounts->findByUsername(QStringLiteral("m.rossi"));
        QVERIFY(Security::Passwords::verify(rossiNow->passwordHash, newPassword));
        QVERIFY(!Security::Passwords::verify(rossiNow->passwordHash, m_staffPassword));
        QCOMPARE(changed.size(), 4);
    }

    void readFilterAndVerifyTheAuditLog()
    {
        // m.rossi signed in at this PC once (before being deactivated, say): someone else's entry.
        const auto rossi = m_accounts->findByUsername(QStringLiteral("m.rossi"));
        QVERIFY(rossi);
        Storage::WriteContext rossiAtThePc = m_db->context;
        rossiAtThePc.actor = Security::Actor{rossi->id, rossi->username, rossi->role};
        const Security::Actor reader{m_admin.id, m_admin.username, m_admin.role};
        Storage::AuditLog log(*m_db->database, reader);
        log.record(rossiAtThePc, Security::AuditAction::login);

        Ui::AuditLogDialog dialog(log);
        QSignalSpy verified(&dialog, &Ui::AuditLogDialog::verified);
        dialog.show();
        QVERIFY(Test::activate(&dialog));
        QTreeWidget *list = dialog.entryList();
        // The first administrator, Rossi created, his role, his deactivation, his password, his sign-in.
        QCOMPARE(list->topLevelItemCount(), 6);
        QCOMPARE(list->topLevelItem(0)->data(0, Ui::AuditLogDialog::actionRole).toString(),
                 Security::AuditAction::login);
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("m.rossi"));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Sportello 1"));
        QVERIFY(QDateTime::fromString(list->topLevelItem(0)->text(0), QStringLiteral("dd/MM/yyyy HH:mm:ss"))
                    .isValid());
        const QString roleChange = list->topLevelItem(3)->text(5);
        QVERIFY2(roleChange.contains(Security::roleTitle(Role::Operatore) + QStringLiteral(" → ") +
                                     Security::roleTitle(Role::Responsabile)),
                 qPrintable(roleChange));
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            QVERIFY2(!list->topLevelItem(row)->text(5).contains(QStringLiteral("password-")),
                     "a password in the log");
        Test::saveScreenshot(&dialog, QStringLiteral("admin-10-registro"));

        // Persona: m.rossi only.
        alt(Qt::Key_P);
        type(QStringLiteral("m.rossi"));
        QCOMPARE(qobject_cast<QComboBox *>(focused())->currentText(), QStringLiteral("m.rossi"));
        QCOMPARE(list->topLevelItemCount(), 1);
        Test::saveScreenshot(&dialog, QStringLiteral("admin-11-registro-per-persona"));
        key(Qt::Key_Home); // "Tutti"
        QCOMPARE(list->topLevelItemCount(), 6);

        // Azione: record changes only (role, deactivation, password reset).
        alt(Qt::Key_A);
        for (int i = 0; i <= Security::AuditAction::all().indexOf(Security::AuditAction::recordUpdate); ++i)
            key(Qt::Key_Down);
        QCOMPARE(list->topLevelItemCount(), 3);
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            QCOMPARE(list->topLevelItem(row)->data(0, Ui::AuditLogDialog::actionRole).toString(),
                     Security::AuditAction::recordUpdate);
        Test::saveScreenshot(&dialog, QStringLiteral("admin-12-registro-per-azione"));
        key(Qt::Key_Home);
        QCOMPARE(list->topLevelItemCount(), 6);

        // A page at a time.
        dialog.setPageSize(4);
        QCOMPARE(list->topLevelItemCount(), 4);
        QPushButton *more = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->accessibleName() ==
                translated("Sportello::Ui::AuditLogDialog", "Load &more").remove(QLatin1Char('&')))
                more = button;
        }
        QVERIFY(more && more->isEnabled());
        more->setFocus();
        key(Qt::Key_Space);
        QCOMPARE(list->topLevelItemCount(), 6);
        QVERIFY(!more->isEnabled());
        QCOMPARE(list->topLevelItem(5)->data(0, Ui::AuditLogDialog::actionRole).toString(),
                 Security::AuditAction::recordCreate); // the oldest: the first administrator
        QCOMPARE(focused(), list);                     // not left on a disabled button

        // Verifica registro: intact.
        alt(Qt::Key_V);
        QTRY_COMPARE(verified.size(), 1);
        QCOMPARE(verified.at(0).at(0).toBool(), true);
        QLabel *verdict = dialog.verdictLabel();
        QVERIFY(verdict->isVisible());
        QVERIFY2(verdict->text().contains(QStringLiteral("6")), qPrintable(verdict->text()));
        Test::saveScreenshot(&dialog, QStringLiteral("admin-13-registro-integro"));

        // Someone with the file changes the role change's details by hand.
        const QString seq = Test::sqliteQuery(
            m_db->path(),
            QStringLiteral(
                "SELECT seq FROM audit_entry WHERE action = 'record_update' ORDER BY seq LIMIT 1"));
        Test::sqliteShell(
            m_db->path(),
            QStringLiteral("DROP TRIGGER audit_entry_no_update; UPDATE audit_entry SET details = "
                           "'{\"role\":{\"from\":\"operatore\",\"to\":\"amministratore\"}}' WHERE seq = %1")
                .arg(seq));
        alt(Qt::Key_V);
        QTRY_COMPARE(verified.size(), 2);
        QCOMPARE(verified.at(1).at(0).toBool(), false);
        QVERIFY2(verdict->text().contains(QStringLiteral(" 3 ")),
                 qPrintable(verdict->text())); // chain entry 3
        QVERIFY(list->currentItem());
        QCOMPARE(list->currentItem()->data(0, Ui::AuditLogDialog::seqRole).toLongLong(), seq.toLongLong());
        QCOMPARE(list->currentItem()->foreground(0).color(), QColor(0xb0, 0x00, 0x20));
        // Shown as the file now says, as many entries as before.
        QCOMPARE(list->topLevelItemCount(), 6);
        QVERIFY(!more->isEnabled());
        QVERIFY2(list->currentItem()->text(5).endsWith(Security::roleTitle(Role::Amministratore)),
                 qPrintable(list->currentItem()->text(5)));
        Test::saveScreenshot(&dialog, QStringLiteral("admin-14-registro-manomesso"));
    }
};

QTEST_MAIN(TestGuiAdmin)
#include "tst_gui_admin.moc"
