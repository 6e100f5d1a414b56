// SPDX-License-Identifier: EUPL-1.2
// A new office's first morning, with the keyboard and in Italian, as it was met on a fresh install:
// the administrator the wizard made signs in and is led to create the first Responsabile; a key of
// what the role may not do says why instead of nothing; reception says there are no services only
// while there are none; and the first ticket of a fresh install is saved with no set-up at all.
#include "actionregistry.h"
#include "config/appsettings.h"
#include "domain/clock.h"
#include "guisupport.h"
#include "queue/announcer.h"
#include "queue/queuearea.h"
#include "queue/receptionpage.h"
#include "security/accountforms.h"
#include "security/accountsdialog.h"
#include "security/secretstore.h"
#include "startup.h"
#include "storage/accountrepository.h"
#include "storage/queuesetup.h"
#include "sync/enroldialog.h"
#include "sync/syncengine.h"
#include "sync/syncstatuslabel.h"
#include "translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace Sportello;
using Domain::Queue::Service;
using Security::Role;
using Id = Ui::ActionRegistry::Id;

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
} // namespace

class TestGuiFirstDay : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TempDatabase> m_db;
    std::unique_ptr<Config::AppSettings> m_settings;
    std::unique_ptr<Ui::Startup> m_startup;
    QByteArray m_home; // the person's own, given back at the end

    Ui::MainWindow *window() const { return m_startup->mainWindow(); }
    void press(int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focused() ? focused() : window(), Qt::Key(k), modifiers);
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(Ui::installTranslations(*qApp, QStringLiteral("it")), QStringLiteral("it"));
        m_db = std::make_unique<Test::TempDatabase>();
        // A home of its own: a fresh install has no folder for the tickets' PDFs yet.
        m_home = qgetenv("HOME");
        qputenv("HOME", m_db->dir.filePath(QStringLiteral("casa")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_db->dir.filePath(QStringLiteral("casa/.config")).toUtf8());
        Storage::AccountRepository(*m_db->database, m_db->context)
            .createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Anna Verdi"),
                                      QStringLiteral("password di anna"));
        m_settings = std::make_unique<Config::AppSettings>(m_db->dir.filePath(QStringLiteral("pc.ini")));
        m_settings->setDeviceName(QStringLiteral("Accoglienza"));
        // Monday 23 November 2026, 10:00: open by the default hours.
        const QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::LocalTime).toUTC();
        Clock::setForTests([now] { return now; });
        m_startup = std::make_unique<Ui::Startup>(m_db->path(), *m_settings);
        QVERIFY(m_startup->openDatabase());
        m_startup->showFirstWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        window()->area<Ui::QueueArea>()->announcer()->setChimeEnabled(false);
        window()->area<Ui::QueueArea>()->announcer()->setSpeechEnabled(false);
    }

    void cleanupTestCase()
    {
        m_startup.reset();
        qputenv("HOME", m_home);
        qunsetenv("XDG_CONFIG_HOME");
        Clock::setForTests({});
    }

    // The only account may not set up the queue nor serve: the first sign-in says so and opens the
    // form of a Responsabile's account, with that role already chosen.
    void theAdministratorIsLedToCreateTheFirstResponsabile()
    {
        bool prompted = false;
        Test::whenModalAppears([&](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            QCOMPARE(box->windowTitle(), QStringLiteral("Primi passi"));
            Test::saveScreenshot(box, QStringLiteral("primogiorno-01-primi-passi"));
            prompted = true;
            // The accounts open with a new account's form: a Responsabile, Giulia Bianchi.
            Test::whenModalAppears(
                [&](QWidget *) {
                    QWidget *form = nullptr;
                    QTRY_VERIFY(
                        (form = qobject_cast<Ui::NewAccountDialog *>(QApplication::activeModalWidget())));
                    QWidget *accounts = form->parentWidget();
                    QVERIFY(qobject_cast<Ui::AccountsDialog *>(accounts));
                    Test::activate(form);
                    const auto roles = form->findChildren<QComboBox *>();
                    QCOMPARE(roles.size(), 1);
                    QCOMPARE(roles.first()->currentText(), Security::roleTitle(Role::Responsabile));
                    type(QStringLiteral("Giulia Bianchi"));
                    key(Qt::Key_U, Qt::AltModifier);
                    type(QStringLiteral("g.bianchi"));
                    key(Qt::Key_P, Qt::AltModifier);
                    type(QStringLiteral("password iniziale"));
                    key(Qt::Key_C, Qt::AltModifier);
                    type(QStringLiteral("password iniziale"));
                    key(Qt::Key_Return);
                    QTRY_VERIFY(!form->isVisible());
                    QTimer::singleShot(0, accounts, [accounts] { accounts->close(); });
                },
                box);
            key(Qt::Key_Return); // the default button: create the Responsabile's account
        });
        QVERIFY(Test::signIn(window(), QStringLiteral("admin"), QStringLiteral("password di anna")));
        QTRY_VERIFY(prompted);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        const auto giulia = Storage::AccountRepository(*m_db->database, m_db->context)
                                .findByUsername(QStringLiteral("g.bianchi"));
        QVERIFY(giulia);
        QCOMPARE(giulia->role, Role::Responsabile);
        QVERIFY(giulia->mustChangePassword);
    }

    // The About box tells what the program does now (it promised SPID help and receipts, which did
    // not exist) and credits the data it ships.
    void theAboutBoxDescribesOnlyWhatTheProgramDoes()
    {
        QString shown;
        Test::whenModalAppears([&shown](QWidget *box) {
            shown = qobject_cast<QMessageBox *>(box)->text();
            Test::saveScreenshot(box, QStringLiteral("primogiorno-00-informazioni"));
            key(Qt::Key_Escape);
        });
        window()->actions()->action(Id::About)->trigger();
        QTRY_VERIFY(!shown.isEmpty());
        QVERIFY2(!shown.contains(QStringLiteral("SPID")) && !shown.contains(QStringLiteral("ricevut")),
                 qPrintable(shown));
        for (const QString &credit : {QStringLiteral("ANPR"), QStringLiteral("ISTAT"),
                                      QStringLiteral("CC BY 4.0"), QStringLiteral("EUPL")})
            QVERIFY2(shown.contains(credit), qPrintable(credit));
    }

    // Ctrl+N registers a citizen, which an Amministratore may not do: the key says so and who may.
    void aKeyTheRoleMayNotUseSaysWhy()
    {
        Test::activate(window());
        QVERIFY(!window()->actions()->action(Id::NewCitizen)->isVisible());
        press(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(window()->notice()->isVisible());
        const QString said = window()->notice()->text();
        QVERIFY2(said.contains(QStringLiteral("Nuovo cittadino")) &&
                     said.contains(QStringLiteral("Amministratore")) &&
                     said.contains(QStringLiteral("Responsabile")),
                 qPrintable(said));
        Test::saveScreenshot(window(), QStringLiteral("primogiorno-02-tasto-non-consentito"));
        QVERIFY(!QApplication::activeModalWidget());
    }

    // Reception's state is recomputed at every refresh: "no services" while there are none, then
    // nothing once they arrive (from this PC or from the central service).
    void receptionSaysThereAreNoServicesOnlyWhileThereAreNone()
    {
        Test::addAccount(*m_db->database, Role::Responsabile, QStringLiteral("r.neri"),
                         QStringLiteral("Rosa Neri"), QStringLiteral("password di rosa"));
        window()->switchUser();
        QVERIFY(Test::signIn(window(), QStringLiteral("r.neri"), QStringLiteral("password di rosa")));
        press(Qt::Key_2, Qt::ControlModifier);
        Ui::ReceptionPage *reception = window()->area<Ui::QueueArea>()->reception();
        QTRY_VERIFY(reception->isVisible());
        const QString path = window()->actions()->menuPath(Id::QueueSetup);
        QCOMPARE(path, QStringLiteral("Coda › Impostazione della coda"));
        QTRY_VERIFY2(reception->stateLabel()->text().contains(path),
                     qPrintable(reception->stateLabel()->text()));
        Test::saveScreenshot(window(), QStringLiteral("primogiorno-03-accoglienza-senza-servizi"));

        Storage::WriteContext responsabile = m_db->context;
        responsabile.actor = Test::clerk(Role::Responsabile);
        // Through the program's own connection, as the central service's copy arrives.
        Storage::QueueSetup setup(*m_startup->database(), responsabile);
        for (const auto &[name, letter] :
             {std::pair{"Anagrafe", "A"}, {"Tributi", "T"}, {"Stato civile", "S"}})
            setup.save(Service{{}, 0, {}, QString::fromUtf8(name), QString::fromUtf8(letter), 10, 1, true});
        QTRY_VERIFY(reception->serviceButton(QStringLiteral("S")));
        QTRY_VERIFY(reception->serviceButton(QStringLiteral("S"))->isVisible()); // services arriving show
        QTRY_VERIFY2(reception->serviceButton(QStringLiteral("S"))->width() > 100,
                     qPrintable(QString::number(reception->serviceButton(QStringLiteral("S"))->width())));
        QTRY_VERIFY(reception->stateLabel()->text().isEmpty());
        QVERIFY(!reception->stateLabel()->isVisible());
    }

    // No folder was chosen and none exists: the first ticket makes the default one and is saved.
    void aFreshInstallSavesItsFirstTicketWithNoSetUp()
    {
        const QString folder = m_settings->ticketFolder();
        QVERIFY2(folder.startsWith(m_db->dir.filePath(QStringLiteral("casa"))), qPrintable(folder));
        QVERIFY(!QFileInfo::exists(folder));
        Ui::ReceptionPage *reception = window()->area<Ui::QueueArea>()->reception();
        press(Qt::Key_A);
        QVERIFY(reception->lastTicket());
        QCOMPARE(reception->actionProblemLabel()->text(), QString());
        QCOMPARE(QDir(folder).entryList({QStringLiteral("*.pdf")}).size(), 1);
        Test::saveScreenshot(window(), QStringLiteral("primogiorno-04-primo-biglietto"));
    }

    // Before the PC is connected, F5 says what that means and where it is done, in the words of the
    // connection form; the status bar says the changes are kept here; an http:// address is warned.
    void theConnectionSaysWhatItMeansAndWhatToDo()
    {
        Test::activate(window());
        window()->showNotice({});
        press(Qt::Key_F5);
        QTRY_VERIFY(window()->notice()->isVisible());
        const QString said = window()->notice()->text();
        QVERIFY2(said.contains(window()->actions()->menuPath(Id::ConnectToServer)) &&
                     said.contains(QStringLiteral("codice di collegamento")),
                 qPrintable(said));
        auto *state = window()->findChild<Ui::SyncStatusLabel *>();
        QVERIFY2(state->text().contains(QStringLiteral("conservate qui")), qPrintable(state->text()));
        Test::saveScreenshot(window(), QStringLiteral("primogiorno-05-f5-non-collegato"));

        Security::InMemorySecretStore secrets; // nothing is enrolled: no keychain needed
        Sync::SyncEngine engine(*m_startup->database(), secrets);
        Ui::EnrolDialog form(engine, QStringLiteral("Accoglienza"), QString());
        form.show();
        QVERIFY(Test::activate(&form));
        QVERIFY(!form.insecureWarning()->isVisible());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("http://192.168.1.10:8443"));
        QVERIFY(form.insecureWarning()->isVisible());
        Test::saveScreenshot(&form, QStringLiteral("primogiorno-06-indirizzo-http"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("https://sportello.comune.example.it"));
        QVERIFY(!form.insecureWarning()->isVisible());
    }
};

QTEST_MAIN(TestGuiFirstDay)
#include "tst_gui_firstday.moc"
