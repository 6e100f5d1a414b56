// SPDX-License-Identifier: EUPL-1.2
// A morning at the office, with the keyboard and in Italian: reception issues tickets with one key
// (a priority with Alt+letter), the counter calls (F2), calls again (F3), closes with an outcome
// and notes (Ctrl+Return), marks an absence (F4); the call display shows and announces each call.
// On a closed day reception issues nothing and says why.
#include "actionregistry.h"
#include "citizens/citizensarea.h"
#include "config/appsettings.h"
#include "domain/clock.h"
#include "guisupport.h"
#include "queue/announcer.h"
#include "queue/calldisplay.h"
#include "queue/counterpage.h"
#include "queue/queuearea.h"
#include "queue/receptionpage.h"
#include "startup.h"
#include "storage/queuerepository.h"
#include "storage/queuesetup.h"
#include "translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Sportello;
using namespace Sportello::Domain::Queue;
using Security::Role;
using Id = Ui::ActionRegistry::Id;

class TestGuiQueue : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Test::TempDatabase> m_db;
    std::unique_ptr<Config::AppSettings> m_settings;
    std::unique_ptr<Ui::Startup> m_startup;
    QDateTime m_now;
    Service m_anagrafe;
    Service m_tributi;
    Counter m_one;
    QString m_tributiCounter;
    QString m_tickets; // where reception's PDFs go
    QString m_priorityId;

    Ui::MainWindow *window() const { return m_startup->mainWindow(); }
    // A key pressed where the person's focus is, as a keyboard does.
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window();
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }
    Storage::QueueRepository queue() const
    {
        Storage::WriteContext context = m_db->context;
        context.actor = Test::clerk(Role::Responsabile);
        return Storage::QueueRepository(*m_db->database, context);
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(Ui::installTranslations(*qApp, QStringLiteral("it")), QStringLiteral("it"));
        m_db = std::make_unique<Test::TempDatabase>();
        const Storage::Database &db = *m_db->database;
        Test::addAccount(db, Role::Responsabile, QStringLiteral("g.bianchi"),
                         QStringLiteral("Giulia Bianchi"), QStringLiteral("password di giulia"));
        Storage::WriteContext responsabile = m_db->context;
        responsabile.actor = Test::clerk(Role::Responsabile);
        Storage::QueueSetup setup(db, responsabile);
        m_anagrafe =
            setup.save(Service{{}, 0, {}, QStringLiteral("Anagrafe"), QStringLiteral("A"), 10, 1, true});
        m_tributi =
            setup.save(Service{{}, 0, {}, QStringLiteral("Tributi"), QStringLiteral("T"), 15, 2, true});
        setup.save(Service{{}, 0, {}, QStringLiteral("Carta d'identità"), QStringLiteral("C"), 20, 3, true});
        m_one = setup.save(Counter{{}, 0, {}, 1, QStringLiteral(""), {m_anagrafe.id}, true});
        m_tributiCounter =
            setup.save(Counter{{}, 0, {}, 2, QStringLiteral("Tributi"), {m_tributi.id}, true}).id;

        m_settings = std::make_unique<Config::AppSettings>(m_db->dir.filePath(QStringLiteral("pc.ini")));
        m_settings->setDeviceName(QStringLiteral("Accoglienza"));
        m_tickets = m_db->dir.filePath(QStringLiteral("biglietti"));
        QVERIFY(QDir().mkpath(m_tickets));
        m_settings->setTicketFolder(m_tickets);
        m_settings->setCounterId(m_one.id);
        // Monday 23 November 2026, 10:00: open (the default hours are 08:30–12:30).
        m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::LocalTime).toUTC();
        m_startup = std::make_unique<Ui::Startup>(m_db->path(), *m_settings);
        QVERIFY(m_startup->openDatabase());
        m_startup->showFirstWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        Clock::setForTests([this] { return m_now; });
        window()->area<Ui::QueueArea>()->announcer()->setChimeEnabled(false);
        window()->area<Ui::QueueArea>()->announcer()->setSpeechEnabled(false);
        QVERIFY(Test::signIn(window(), QStringLiteral("g.bianchi"), QStringLiteral("password di giulia")));
    }

    void receptionIssuesWithOneKey()
    {
        press(Qt::Key_2, Qt::ControlModifier);
        Ui::ReceptionPage *reception = window()->area<Ui::QueueArea>()->reception();
        QTRY_VERIFY(reception->isVisible());
        QVERIFY(reception->hoursLabel()->text().contains(QStringLiteral("12:30")));
        QVERIFY(reception->serviceButton(QStringLiteral("A"))
                    ->text()
                    .startsWith(QStringLiteral("[A]  Anagrafe")));
        press(Qt::Key_A);
        QCOMPARE(reception->lastTicket()->code(), QStringLiteral("A 1"));
        m_now = m_now.addSecs(60);
        press(Qt::Key_T);
        m_now = m_now.addSecs(60);
        press(Qt::Key_A);
        // Alt+O: over 75, for the next ticket only.
        m_now = m_now.addSecs(60);
        press(Qt::Key_O, Qt::AltModifier);
        QTRY_VERIFY(reception->priorityButton(Priority::Over75)->isChecked());
        press(Qt::Key_A);
        const Ticket priority = *reception->lastTicket();
        QCOMPARE(priority.code(), QStringLiteral("A 3"));
        QCOMPARE(priority.priority, Priority::Over75);
        QCOMPARE(priority.peopleAhead, 0); // only priority tickets are ahead of it
        m_priorityId = priority.id;
        QVERIFY(reception->lastTicketLabel()->text().contains(QStringLiteral("A 3")));
        // Each ticket was saved as a PDF for the printer-less reception.
        QTRY_COMPARE(QDir(m_tickets).entryList({QStringLiteral("*.pdf")}).size(), 4);
        QVERIFY(reception->serviceButton(QStringLiteral("A"))
                    ->text()
                    .contains(QCoreApplication::translate("Sportello::Ui::ReceptionPage", "%n waiting",
                                                          nullptr, 3)));
        Test::saveScreenshot(window(), QStringLiteral("coda-01-accoglienza"));
    }

    void counterCallsServesAndCloses()
    {
        press(Qt::Key_3, Qt::ControlModifier);
        Ui::CounterPage *counter = window()->area<Ui::QueueArea>()->counter();
        QTRY_VERIFY(counter->isVisible());
        QCOMPARE(counter->counterId(), m_one.id);
        window()->actions()->action(Id::CallDisplay)->trigger();
        Ui::CallDisplayWindow *display = window()->area<Ui::QueueArea>()->callDisplay();
        QVERIFY(display);
        QSignalSpy announced(window()->area<Ui::QueueArea>()->announcer(), &Ui::Announcer::announced);
        Test::activate(window());
        counter->setFocus();

        m_now = m_now.addSecs(120);
        press(Qt::Key_F2); // the over-75 ticket first, though it came last
        QVERIFY(counter->currentLabel()->text().contains(QStringLiteral("A 3")));
        // The display follows as soon as the call is committed (at the next turn of the event loop).
        QTRY_COMPARE(display->currentCodeLabel()->text(), QStringLiteral("A 3"));
        QTRY_COMPARE(announced.size(), 1);
        QCOMPARE(announced.last().first().toString(), Ui::Announcer::phrase(QStringLiteral("A 3"), 1));
        Test::saveScreenshot(window(), QStringLiteral("coda-02-sportello"));
        display->resize(1280, 720);
        Test::saveScreenshot(display, QStringLiteral("coda-03-schermo"));

        press(Qt::Key_F3); // not here yet: called again, and announced again
        QTRY_COMPARE(announced.size(), 2);
        // The outcome has the focus after a call: Down picks the second one, Tab goes to the notes.
        QCOMPARE(QApplication::focusWidget(), counter->outcomeChoice());
        press(Qt::Key_Down);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), counter->notesField());
        QTest::keyClicks(counter->notesField(), QStringLiteral("Appuntamento per il 2 dicembre"));
        m_now = m_now.addSecs(300);
        press(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!queue().current(m_one.id));
        QCOMPARE(queue().waiting(m_now.toLocalTime().date()).size(), 3); // A 1, T 1, A 2 still wait
        const Ticket closed = *queue().find(m_priorityId);
        QCOMPARE(closed.state.status, Status::Done);
        QCOMPARE(closed.state.outcome, allOutcomes().at(1));
        QCOMPARE(closed.state.notes, QStringLiteral("Appuntamento per il 2 dicembre"));
        QCOMPARE(closed.state.recalls, 1);
    }

    void absentAndNobodyLeft()
    {
        Ui::CounterPage *counter = window()->area<Ui::QueueArea>()->counter();
        counter->setFocus();
        press(Qt::Key_F2);
        QVERIFY(counter->currentLabel()->text().contains(QStringLiteral("A 1")));
        press(Qt::Key_F4); // did not come: said, as every counter action is
        QCOMPARE(counter->messageLabel()->text(), QStringLiteral("A 1 segnato come assente."));
        press(Qt::Key_F2);
        QVERIFY(counter->currentLabel()->text().contains(QStringLiteral("A 2")));
        press(Qt::Key_F6); // on hold, then taken up again
        QVERIFY2(counter->messageLabel()->text().startsWith(QStringLiteral("A 2 messo in sospeso")),
                 qPrintable(counter->messageLabel()->text()));
        press(Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(counter->messageLabel()->text(), QStringLiteral("A 2 ripreso."));
        press(Qt::Key_Return, Qt::ControlModifier);
        press(Qt::Key_F2); // counter 1 serves Anagrafe only: T 1 is not its to call
        QVERIFY(!counter->messageLabel()->text().isEmpty());
        QVERIFY(!queue().current(m_one.id));
        QCOMPARE(queue().waiting(m_now.toLocalTime().date()).size(), 1);
        Test::saveScreenshot(window(), QStringLiteral("coda-04-sportello-vuoto"));
    }

    // Ctrl+P prints the last ticket again as it is now: a waiting one with the people still ahead
    // (reception printed "2 persone prima" hours later), a ticket already called not at all.
    void aTicketIsPrintedAgainAsItIsNow()
    {
        QVERIFY(Test::activate(window()));
        press(Qt::Key_2, Qt::ControlModifier);
        Ui::ReceptionPage *reception = window()->area<Ui::QueueArea>()->reception();
        QTRY_VERIFY(reception->isVisible());
        QVERIFY(reception->lastTicket()->id == m_priorityId); // A 3, served by now
        press(Qt::Key_P, Qt::ControlModifier); // a button's key clicks it after a short animation
        QTRY_COMPARE(reception->actionProblemLabel()->text(),
                     QStringLiteral("A 3 è già stato chiamato: il biglietto non si ristampa."));
        m_now = m_now.addSecs(60);
        press(Qt::Key_T); // T 2, behind T 1
        QCOMPARE(reception->lastTicket()->peopleAhead, 1);
        queue().callNext(m_tributiCounter, m_now); // T 1 is called at counter 2
        const QStringList before = QDir(m_tickets).entryList({QStringLiteral("*.pdf")});
        m_now = m_now.addSecs(1);
        press(Qt::Key_P, Qt::ControlModifier);
        QTRY_COMPARE(QDir(m_tickets).entryList({QStringLiteral("*.pdf")}).size(), before.size() + 1);
        QCOMPARE(reception->actionProblemLabel()->text(), QString());
        const auto now = Storage::QueueRepository(*m_db->database, m_db->context)
                             .estimateFor(*queue().find(reception->lastTicket()->id), m_now);
        QCOMPARE(now.peopleAhead, 0); // nobody ahead of T 2 any more
    }

    // Ctrl+Q while someone is at the counter asks first (it quit at once); keeping on is the default.
    void quittingWhileServingAsksFirst()
    {
        Ui::CounterPage *counter = window()->area<Ui::QueueArea>()->counter();
        press(Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY(counter->isVisible());
        Test::whenModalAppears([](QWidget *choice) { QTest::keyClick(choice, Qt::Key_Return); });
        press(Qt::Key_F9); // someone without a ticket, for Anagrafe
        QTRY_VERIFY(counter->servedTicket().has_value());
        QString asked;
        Test::whenModalAppears([&asked](QWidget *box) {
            asked = qobject_cast<QMessageBox *>(box)->informativeText();
            Test::saveScreenshot(box, QStringLiteral("coda-04b-esci-mentre-servi"));
            QTest::keyClick(box, Qt::Key_Escape); // keep working
        });
        Test::activate(window());
        press(Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!asked.isEmpty());
        QCOMPARE(asked,
                 QStringLiteral(
                     "Allo sportello c'è una persona senza biglietto e la sua richiesta non è chiusa."));
        QVERIFY(window()->isVisible());
        QVERIFY(Test::activate(window())); // offscreen has no window manager to give it back
        counter->setFocus();
        press(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!counter->servedTicket().has_value());
    }

    void closedOnEasterMonday()
    {
        m_now = QDateTime(QDate(2027, 3, 29), QTime(10, 0), Qt::LocalTime).toUTC();
        press(Qt::Key_2, Qt::ControlModifier);
        Ui::ReceptionPage *reception = window()->area<Ui::QueueArea>()->reception();
        QTRY_VERIFY(reception->isVisible());
        const QString before = reception->lastTicket()->id;
        press(Qt::Key_A);
        QCOMPARE(reception->lastTicket()->id, before); // nothing issued
        QVERIFY(reception->hoursLabel()->text().contains(Domain::nationalHoliday(QDate(2027, 3, 29))));
        Test::saveScreenshot(window(), QStringLiteral("coda-05-chiuso"));
    }
};

QTEST_MAIN(TestGuiQueue)
#include "tst_gui_queue.moc"
