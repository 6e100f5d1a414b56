// SPDX-License-Identifier: EUPL-1.2
// Drives the real program the way a clerk does, with the keyboard only and in Italian: the
// first-run wizard, then creating, finding and editing citizens. Every screen is saved as a PNG
// under <build>/test-output/screenshots.
#include "actionregistry.h"
#include "citizens/citizensarea.h"
#include "citizens/citizenspage.h"
#include "config/appsettings.h"
#include "firstrunwizard.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "queue/queuearea.h"
#include "startup.h"
#include "storage/changelog.h"
#include "storage/citizenrepository.h"
#include "testsupport.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QFile>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Sportello;

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

// Ctrl+S in a dialog that must then close (the button is clicked after a short animation).
void saveAndExpectClosed(QWidget *dialog)
{
    key(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY2(!dialog->isVisible(), "the dialog refused to save");
}

// Alt+letter: the underlined letter of a label moves to its field.
void alt(Qt::Key k)
{
    key(k, Qt::AltModifier);
}

template <typename T> T *child(QWidget *parent, const QString &accessibleName)
{
    for (T *widget : parent->findChildren<T *>()) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}
} // namespace

class TestGuiRegistry : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Config::AppSettings> m_settings;
    std::unique_ptr<Ui::Startup> m_startup;

    QString databasePath() const { return m_dir.filePath(QStringLiteral("sportello.db")); }

    // The main window, active again after the previous dialog closed (keyboard shortcuts go to
    // the active window only). The offscreen platform has no window manager to hand activation
    // back to it, so the test asks for it, as the window manager would.
    Ui::MainWindow *activeMainWindow() const
    {
        Ui::MainWindow *window = m_startup ? m_startup->mainWindow() : nullptr;
        return window && Test::activate(window) ? window : nullptr;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(Ui::installTranslations(*qApp, QStringLiteral("it")), QStringLiteral("it"));
        m_settings = std::make_unique<Config::AppSettings>(m_dir.filePath(QStringLiteral("sportello.ini")));
    }

    void firstRunWizard()
    {
        m_startup = std::make_unique<Ui::Startup>(databasePath(), *m_settings);
        QVERIFY(m_startup->openDatabase());
        m_startup->showFirstWindow();
        QWizard *wizard = m_startup->wizard();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowActive(wizard));

        // Comune: a codice fiscale with a wrong check digit is stopped on the page.
        QTRY_COMPARE(focused()->accessibleName(), QStringLiteral("Nome del comune"));
        type(QStringLiteral("Comune di Castelnuovo"));
        key(Qt::Key_Tab);
        type(QStringLiteral("00743110158"));
        key(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(Ui::FirstRunWizard::ComunePage));
        QLabel *problem = child<QLabel>(wizard->currentPage(), QStringLiteral("Problema"));
        QVERIFY(problem && !problem->text().isEmpty());
        Test::saveScreenshot(wizard, QStringLiteral("01-wizard-comune-errore"));
        key(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("00743110157"));
        Test::saveScreenshot(wizard, QStringLiteral("02-wizard-comune"));
        key(Qt::Key_Return);

        QCOMPARE(wizard->currentId(), int(Ui::FirstRunWizard::BranchPage));
        QTRY_COMPARE(focused()->accessibleName(), QStringLiteral("Nome della sede"));
        type(QStringLiteral("Sede centrale"));
        key(Qt::Key_Tab);
        type(QStringLiteral("sede1")); // upper-cased as typed
        QCOMPARE(qobject_cast<QLineEdit *>(focused())->text(), QStringLiteral("SEDE1"));
        Test::saveScreenshot(wizard, QStringLiteral("03-wizard-sede"));
        key(Qt::Key_Return);

        // The first administrator: the password rules are checked on the page.
        QCOMPARE(wizard->currentId(), int(Ui::FirstRunWizard::AdministratorPage));
        QTRY_COMPARE(focused()->accessibleName(), QStringLiteral("Nome e cognome dell'amministratore"));
        type(QStringLiteral("Anna Verdi"));
        key(Qt::Key_Tab);
        type(QStringLiteral("A.Verdi"));
        key(Qt::Key_Tab);
        type(QStringLiteral("corta"));
        key(Qt::Key_Tab);
        type(QStringLiteral("corta"));
        key(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(Ui::FirstRunWizard::AdministratorPage));
        QVERIFY(!child<QLabel>(wizard->currentPage(), QStringLiteral("Problema"))->text().isEmpty());
        Test::saveScreenshot(wizard, QStringLiteral("03b-wizard-amministratore-errore"));
        QCOMPARE(focused()->accessibleName(), QStringLiteral("Password dell'amministratore"));
        type(QStringLiteral("una password lunga"));
        key(Qt::Key_Tab);
        key(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("una password lunga"));
        key(Qt::Key_Return);

        QCOMPARE(wizard->currentId(), int(Ui::FirstRunWizard::DevicePage));
        QTRY_COMPARE(focused()->accessibleName(), QStringLiteral("Nome di questa postazione"));
        // The name the system gives the PC is offered, and taken as it is.
        QCOMPARE(qobject_cast<QLineEdit *>(focused())->text(), QHostInfo::localHostName());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        // A blank name is refused with a word why, not with a Next that does nothing.
        key(Qt::Key_A, Qt::ControlModifier);
        key(Qt::Key_Delete);
        key(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(Ui::FirstRunWizard::DevicePage));
        QVERIFY(!child<QLabel>(wizard->currentPage(), QStringLiteral("Problema"))->text().isEmpty());
        QCOMPARE(focused()->accessibleName(), QStringLiteral("Nome di questa postazione"));
        type(QStringLiteral("Sportello 1"));
        Test::saveScreenshot(wizard, QStringLiteral("04-wizard-postazione"));
        key(Qt::Key_Return);

        QCOMPARE(wizard->currentId(), int(Ui::FirstRunWizard::SummaryPage));
        Test::saveScreenshot(wizard, QStringLiteral("05-wizard-riepilogo"));
        QTest::keyClick(wizard, Qt::Key_Return);

        QTRY_VERIFY(m_startup->mainWindow());
        QVERIFY(QTest::qWaitForWindowActive(m_startup->mainWindow()));
        QCOMPARE(m_settings->deviceName(), QStringLiteral("Sportello 1"));
        Storage::Database db(databasePath());
        QVERIFY(db.open().ok());
        const auto office = Storage::OfficeRepository(db).localOffice();
        QVERIFY(office);
        QCOMPARE(office->comuneCodiceFiscale, QStringLiteral("00743110157"));
        QCOMPARE(office->branchCode, QStringLiteral("SEDE1"));
        const auto admin = Storage::AccountRepository(db, {}).findByUsername(QStringLiteral("a.verdi"));
        QVERIFY(admin && admin->role == Security::Role::Amministratore && !admin->mustChangePassword);

        // Nobody is signed in: the window shows the sign-in panel and nothing else.
        Ui::MainWindow *window = m_startup->mainWindow();
        QVERIFY(!window->signedIn());
        QVERIFY(!window->area<Ui::CitizensArea>()->page()->isVisible());
        Test::saveScreenshot(window, QStringLiteral("05b-accesso"));
        // The registry is a clerk's: the administrator makes one, who then signs in.
        Test::addAccount(db, Security::Role::Operatore, QStringLiteral("m.rossi"),
                         QStringLiteral("Mario Rossi"), QStringLiteral("sportello del mattino"));
        QVERIFY(Test::signIn(window, QStringLiteral("m.rossi"), QStringLiteral("sportello del mattino")));
        QTRY_VERIFY(window->area<Ui::CitizensArea>()->page()->isVisible());
        Test::saveScreenshot(window, QStringLiteral("06-registro-vuoto"));
    }

    void createCitizenFromCodiceFiscale()
    {
        Ui::MainWindow *window = activeMainWindow();
        QVERIFY(window);
        Test::whenModalAppears([](QWidget *dialog) {
            QCOMPARE(focused()->accessibleName(), QStringLiteral("Codice fiscale"));
            type(QStringLiteral("rssmra80a01h501u")); // lower case is upper-cased as typed
            // The code fills sex, birth date and place of birth.
            QCOMPARE(child<QComboBox>(dialog, QStringLiteral("Sesso"))->currentText(),
                     QStringLiteral("Maschio"));
            QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("Data di nascita"))->text(),
                     QStringLiteral("01/01/1980"));
            // The place is named as clerks name it, here and in what the code says.
            QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("Luogo di nascita"))->text(),
                     QStringLiteral("Roma (RM)"));
            QVERIFY(child<QLabel>(dialog, QStringLiteral("Cosa dice il codice fiscale"))
                        ->text()
                        .contains(QStringLiteral("01/01/1980 a Roma (RM)")));
            alt(Qt::Key_G);
            type(QStringLiteral("Rossi"));
            alt(Qt::Key_N);
            type(QStringLiteral("Mario"));
            alt(Qt::Key_F);
            type(QStringLiteral("333 1234567"));
            alt(Qt::Key_R); // consent to processing: ticks the box and fills today's date
            QTRY_COMPARE(child<QLineEdit>(dialog, QStringLiteral("Data del consenso"))->text(),
                         QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy")));
            Test::saveScreenshot(dialog, QStringLiteral("07-nuovo-cittadino"));
            saveAndExpectClosed(dialog);
        });
        QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(!QApplication::activeModalWidget());

        Storage::Database db(databasePath());
        QVERIFY(db.open().ok());
        const auto saved =
            Storage::CitizenRepository(db, {}).findByCodiceFiscale(QStringLiteral("RSSMRA80A01H501U"));
        QVERIFY(saved);
        QCOMPARE(saved->surname, QStringLiteral("Rossi"));
        QCOMPARE(saved->birthDate, QDate(1980, 1, 1));
        QVERIFY(saved->consentPrivacy);
        QCOMPARE(window->area<Ui::CitizensArea>()->page()->resultView()->model()->rowCount(), 1);
        Test::saveScreenshot(window, QStringLiteral("08-cittadino-salvato"));
    }

    void createCitizenWithDocumentOnly()
    {
        Ui::MainWindow *window = activeMainWindow();
        QVERIFY(window);
        Test::whenModalAppears([](QWidget *dialog) {
            alt(Qt::Key_G);
            type(QStringLiteral("Smith"));
            alt(Qt::Key_N);
            type(QStringLiteral("John"));
            key(Qt::Key_S, Qt::ControlModifier); // refused: no code and no document
            QLabel *messages = child<QLabel>(dialog, QStringLiteral("Messaggi"));
            QTRY_VERIFY(messages->isVisible()); // a shortcut clicks its button after a short animation
            QVERIFY(messages->text().contains(QStringLiteral("documento")));
            QCOMPARE(focused()->accessibleName(), QStringLiteral("Tipo di documento"));
            Test::saveScreenshot(dialog, QStringLiteral("09-cittadino-senza-documento"));
            type(QStringLiteral("Pass")); // the combo box jumps to "Passaporto"
            alt(Qt::Key_U);
            type(QStringLiteral("ya1234567")); // kept as printed on the document: YA1234567
            // Born in Turin, typed by name: the list opens as one types, ↓ and Return choose.
            alt(Qt::Key_A); // "Nato/a &a"
            type(QStringLiteral("torin"));
            auto *place = qobject_cast<QLineEdit *>(focused());
            QVERIFY2(place && place->completer(), qPrintable(focused()->accessibleName()));
            QTRY_VERIFY2(place->completer()->popup()->isVisible(),
                         qPrintable(QString::number(place->completer()->completionModel()->rowCount())));
            Test::saveScreenshot(place->completer()->popup(),
                                 QStringLiteral("09b-luogo-di-nascita-per-nome"));
            QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Down);
            QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Return);
            QTRY_VERIFY(!QApplication::activePopupWidget());
            QCOMPARE(qobject_cast<QLineEdit *>(focused())->text(), QStringLiteral("Torino (TO)"));
            saveAndExpectClosed(dialog);
        });
        QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(window->area<Ui::CitizensArea>()->page()->resultView()->model()->rowCount(), 1);
        QCOMPARE(
            window->area<Ui::CitizensArea>()->page()->resultView()->model()->index(0, 0).data().toString(),
            QStringLiteral("Smith"));
        Storage::Database db(databasePath());
        QVERIFY(db.open().ok());
        const Storage::CitizenRepository citizens(db, {});
        const QList<Storage::CitizenSummary> smith = citizens.search(QStringLiteral("Smith"));
        QCOMPARE(smith.size(), 1);
        QCOMPARE(citizens.find(smith.first().id)->birthPlaceCode, QStringLiteral("L219"));
        QCOMPARE(citizens.find(smith.first().id)->documentNumber, QStringLiteral("YA1234567"));
    }

    void duplicateCodiceFiscaleOpensExistingRecord()
    {
        Ui::MainWindow *window = activeMainWindow();
        QVERIFY(window);
        bool existingOpened = false;
        Test::whenModalAppears([&existingOpened](QWidget *dialog) {
            type(QStringLiteral("RSS MRA 80A01 H501U")); // pasted with spaces: the same code
            alt(Qt::Key_G);
            type(QStringLiteral("Rossi"));
            alt(Qt::Key_N);
            type(QStringLiteral("M."));
            Test::whenModalAppears(
                [&existingOpened, dialog](QWidget *box) {
                    QVERIFY(qobject_cast<QMessageBox *>(box));
                    Test::saveScreenshot(box, QStringLiteral("10-codice-gia-registrato"));
                    Test::whenModalAppears(
                        [&existingOpened](QWidget *existing) {
                            existingOpened = true;
                            QCOMPARE(child<QLineEdit>(existing, QStringLiteral("Nome"))->text(),
                                     QStringLiteral("Mario"));
                            Test::saveScreenshot(existing, QStringLiteral("11-scheda-esistente"));
                            key(Qt::Key_Escape);
                        },
                        dialog);
                    QTest::keyClick(box, Qt::Key_Return); // default: open the existing record
                },
                dialog);
            key(Qt::Key_S, Qt::ControlModifier);
        });
        QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(existingOpened);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        Storage::Database db(databasePath());
        QVERIFY(db.open().ok());
        QCOMPARE(Storage::CitizenRepository(db, {}).count(), 2);
    }

    void findAndEditWithKeyboard()
    {
        Ui::MainWindow *window = activeMainWindow();
        QVERIFY(window);
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(focused(), window->area<Ui::CitizensArea>()->page()->searchField());
        type(QStringLiteral("ross"));
        QTableView *view = window->area<Ui::CitizensArea>()->page()->resultView();
        QCOMPARE(view->model()->rowCount(), 1);
        Test::saveScreenshot(window, QStringLiteral("12-ricerca"));
        // The one citizen found is current: Enter in the search box opens it.
        QCOMPARE(view->currentIndex().row(), 0);
        QCOMPARE(focused(), window->area<Ui::CitizensArea>()->page()->searchField());
        Test::whenModalAppears([](QWidget *dialog) {
            QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("Cognome"))->text(), QStringLiteral("Rossi"));
            key(Qt::Key_Escape);
        });
        key(Qt::Key_Return);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        Test::activate(window);
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
        key(Qt::Key_Down);
        QCOMPARE(focused(), view);
        Test::whenModalAppears([](QWidget *dialog) {
            QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("Cognome"))->text(), QStringLiteral("Rossi"));
            alt(Qt::Key_M);
            type(QStringLiteral("mario.rossi@example.it"));
            Test::saveScreenshot(dialog, QStringLiteral("13-modifica"));
            saveAndExpectClosed(dialog);
        });
        key(Qt::Key_Return);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        Storage::Database db(databasePath());
        QVERIFY(db.open().ok());
        const auto saved =
            Storage::CitizenRepository(db, {}).findByCodiceFiscale(QStringLiteral("RSSMRA80A01H501U"));
        QCOMPARE(saved->email, QStringLiteral("mario.rossi@example.it"));
        QCOMPARE(saved->version, 2);
    }

    void mismatchBetweenCodeAndTypedDataIsWarned()
    {
        Ui::MainWindow *window = activeMainWindow();
        QVERIFY(window);
        bool warned = false;
        Test::whenModalAppears([&warned](QWidget *dialog) {
            alt(Qt::Key_E); // sex first: the clerk picks "Maschio" ...
            type(QStringLiteral("M"));
            alt(Qt::Key_C);
            type(QStringLiteral("CNTCHR83T41D969D")); // ... but the code is a woman's
            QLabel *info = child<QLabel>(dialog, QStringLiteral("Cosa dice il codice fiscale"));
            QVERIFY2(info->text().contains(QStringLiteral("femmina")), qPrintable(info->text()));
            alt(Qt::Key_G);
            type(QStringLiteral("Conte"));
            alt(Qt::Key_N);
            type(QStringLiteral("Chiara"));
            Test::whenModalAppears(
                [&warned](QWidget *box) {
                    warned = true;
                    Test::saveScreenshot(box, QStringLiteral("14-avviso-sesso"));
                    key(Qt::Key_Return); // default: go back and correct
                },
                dialog);
            key(Qt::Key_S, Qt::ControlModifier);
            QTRY_VERIFY(warned);
            QVERIFY(Test::activate(dialog));
            QCOMPARE(focused()->accessibleName(), QStringLiteral("Sesso"));
            key(Qt::Key_Down); // Maschio -> Femmina
            QCOMPARE(qobject_cast<QComboBox *>(focused())->currentText(), QStringLiteral("Femmina"));
            saveAndExpectClosed(dialog);
        });
        QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        Storage::Database db(databasePath());
        QVERIFY(db.open().ok());
        QCOMPARE(
            Storage::CitizenRepository(db, {}).findByCodiceFiscale(QStringLiteral("CNTCHR83T41D969D"))->sex,
            Domain::Sex::Female);
    }

    void statusBarCountsChangesWaitingToBeSent()
    {
        Ui::MainWindow *window = activeMainWindow();
        QVERIFY(window);
        QLabel *state = child<QLabel>(window, QStringLiteral("Stato della sincronizzazione"));
        QVERIFY(state);
        // Rossi, Smith, the edit of Rossi, Conte; and what the audit log and the accounts add.
        Storage::Database db(databasePath());
        QVERIFY(db.open().ok());
        QCOMPARE(Test::citizenEntries(db).size(), 4);
        const QString waiting = QStringLiteral("%1 modifiche").arg(Storage::ChangeLog(db).pendingCount());
        QTRY_VERIFY2(state->text().contains(waiting), qPrintable(state->text()));
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
        key(Qt::Key_Backspace);
        QCOMPARE(window->area<Ui::CitizensArea>()->page()->resultView()->model()->rowCount(), 3);
        Test::saveScreenshot(window, QStringLiteral("15-registro"));
        Test::whenModalAppears([](QWidget *box) {
            Test::saveScreenshot(box, QStringLiteral("16-informazioni"));
            QTest::keyClick(box, Qt::Key_Return);
        });
        QTest::keyClick(window, Qt::Key_F1);
        QTRY_VERIFY(!QApplication::activeModalWidget());
    }

    void escapeAsksBeforeThrowingAwayWhatWasTyped()
    {
        Ui::MainWindow *window = activeMainWindow();
        QVERIFY(window);
        int asked = 0;
        Test::whenModalAppears([&asked](QWidget *dialog) {
            alt(Qt::Key_G);
            type(QStringLiteral("Bianchi"));
            Test::whenModalAppears(
                [&asked, dialog](QWidget *box) {
                    ++asked;
                    Test::saveScreenshot(box, QStringLiteral("17-scartare-modifiche"));
                    QTest::keyClick(box, Qt::Key_Escape); // default: keep editing
                },
                dialog);
            key(Qt::Key_Escape);
            QTRY_COMPARE(asked, 1);
            QVERIFY(dialog->isVisible());
            QVERIFY(Test::activate(dialog));
            Test::whenModalAppears(
                [&asked](QWidget *box) {
                    ++asked;
                    QTest::keyClick(box, Qt::Key_S, Qt::AltModifier); // "Scarta le modifiche"
                },
                dialog);
            key(Qt::Key_Escape);
            QTRY_VERIFY(!dialog->isVisible());
        });
        QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(asked, 2);
        Storage::Database db(databasePath());
        QVERIFY(db.open().ok());
        QCOMPARE(Storage::CitizenRepository(db, {}).count(), 3); // Bianchi was not saved
    }

    void nextStartGoesStraightToSignInThenTheRegistry()
    {
        m_startup.reset();
        Ui::Startup again(databasePath(), *m_settings);
        QVERIFY(again.openDatabase());
        again.showFirstWindow();
        QVERIFY(!again.wizard());
        QVERIFY(again.mainWindow());
        QVERIFY(QTest::qWaitForWindowExposed(again.mainWindow()));
        QVERIFY(again.mainWindow()->loginPanel()->isVisible());
        QVERIFY(Test::signIn(again.mainWindow(), QStringLiteral("m.rossi"),
                             QStringLiteral("sportello del mattino")));
        QCOMPARE(again.mainWindow()->area<Ui::CitizensArea>()->page()->resultView()->model()->rowCount(), 3);
    }

    void damagedDatabaseIsReplacedOnlyAfterConfirmation()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        Ui::Startup startup(path, *m_settings);
        Test::whenModalAppears([](QWidget *box) {
            QVERIFY(qobject_cast<QMessageBox *>(box)->text().contains(QStringLiteral(".damaged-")));
            Test::saveScreenshot(box, QStringLiteral("18-database-danneggiato"));
            QTest::keyClick(box, Qt::Key_Escape); // "Esci": nothing is created
        });
        QVERIFY(!startup.openDatabase());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("damaged.db.damaged-*")}).size(), 1);
    }

    // A large file opens at once and its check runs in the background: when it finds damage, the
    // registry closes and the clerk is told, before anything could be written.
    void damageFoundWhileTheRegistryIsOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged-later.db"));
        QVERIFY(Test::makeDatabaseWithDamagedPages(path));
        Ui::Startup startup(path, *m_settings);
        bool told = false;
        Test::whenModalAppears([&told](QWidget *box) {
            told = true;
            QVERIFY(qobject_cast<QMessageBox *>(box)->text().contains(QStringLiteral("danneggiato")));
            Test::saveScreenshot(box, QStringLiteral("19-danno-trovato-durante-uso"));
            QTest::keyClick(box, Qt::Key_Escape);
        });
        QSignalSpy cancelled(&startup, &Ui::Startup::cancelled);
        QVERIFY(startup.openDatabase()); // the cheap look passes
        startup.showFirstWindow();
        QTRY_VERIFY(told);
        QTRY_COMPARE(cancelled.size(), 1);
        QVERIFY(!startup.mainWindow());
        QVERIFY(!QFile::exists(path));
    }

    // The same, with a citizen form open when the verdict arrives: the form is closed (nothing of it
    // could be saved), the registry closes, and the clerk is asked.
    void damageFoundWhileAFormIsOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged-during-form.db"));
        QVERIFY(Test::makeDatabaseWithDamagedPages(path));
        Ui::Startup startup(path, *m_settings);
        QSignalSpy cancelled(&startup, &Ui::Startup::cancelled);
        bool told = false;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->text().contains(QStringLiteral("non è stato salvato")))
                return;
            answer.stop();
            told = true;
            Test::saveScreenshot(box, QStringLiteral("20-danno-trovato-con-scheda-aperta"));
            box->reject();
        });
        answer.start(20);
        QVERIFY(startup.openDatabase());
        startup.showFirstWindow();
        QVERIFY(startup.mainWindow());
        startup.mainWindow()
            ->area<Ui::CitizensArea>()
            ->page()
            ->newCitizen(); // returns when the form is closed
        QTRY_VERIFY(told);
        QTRY_COMPARE(cancelled.size(), 1);
        QTRY_VERIFY(!startup.mainWindow());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestGuiRegistry)
#include "tst_gui_registry.moc"
