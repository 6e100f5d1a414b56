// SPDX-License-Identifier: EUPL-1.2
// Dati della coda, with the keyboard and in Italian: the live figures of a day built with
// explicit times, the history with its filters and pages, and the CSV export answered through the
// file dialog and read back. Screens are saved as figures-NN-….png.
//
// The texts of this dialog may not be translated yet: the test finds widgets by what they are and
// takes the Alt letters from the labels themselves.
#include "domain/clock.h"
#include "queue/figuresdialog.h"
#include "storage/citizenrepository.h"
#include "storage/queuerepository.h"
#include "storage/queuesetup.h"
#include "testsupport.h"
#include "translations.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Sportello;
using namespace Sportello::Domain::Queue;
using Security::Role;

namespace {
const QDate day(2026, 11, 20);
const QDate dayBefore(2026, 11, 19);
constexpr int ticketsTheDayBefore = 105;

QDateTime at(const QDate &date, int hour, int minute, int second = 0)
{
    return QDateTime(date, QTime(hour, minute, second));
}

Storage::WriteContext as(const Storage::WriteContext &base, const QString &username, Role role)
{
    Storage::WriteContext context = base;
    context.actor = Security::Actor{QStringLiteral("acc-") + username, username, role};
    return context;
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), k, modifiers);
}

// Alt and the underlined letter of `text` ("Ser&vizio:" → Alt+V), in whatever language it shows.
void altFor(const QString &text)
{
    const qsizetype amp = text.indexOf(QLatin1Char('&'));
    QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(text));
    key(Qt::Key(text.at(amp + 1).toUpper().unicode()), Qt::AltModifier);
}

QString labelFor(QWidget *dialog, QWidget *field)
{
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->buddy() == field)
            return label->text();
    }
    return {};
}

QStringList column(QTableWidget *table, int c)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts << (table->item(row, c) ? table->item(row, c)->text() : QString());
    return texts;
}
} // namespace

class TestGuiQueueFigures : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TempDatabase> m_db;
    Service m_anagrafe;
    Service m_tributi;

private slots:
    void cleanup() { Clock::setForTests({}); }

    void initTestCase()
    {
        QCOMPARE(Ui::installTranslations(*qApp, QStringLiteral("it")), QStringLiteral("it"));
        m_db = std::make_unique<Test::TempDatabase>();
        const Storage::WriteContext boss = as(m_db->context, QStringLiteral("capo"), Role::Responsabile);
        Storage::QueueSetup setup(*m_db->database, boss);
        m_anagrafe.name = QStringLiteral("Anagrafe");
        m_anagrafe.prefix = QStringLiteral("A");
        m_anagrafe.position = 1;
        m_anagrafe = setup.save(m_anagrafe);
        m_tributi.name = QStringLiteral("Tributi");
        m_tributi.prefix = QStringLiteral("T");
        m_tributi.position = 2;
        m_tributi = setup.save(m_tributi);
        Counter one;
        one.number = 1;
        one.name = QStringLiteral("Stato civile");
        one.serviceIds = {m_anagrafe.id};
        one = setup.save(one);
        Counter two;
        two.number = 2;
        two.name = QStringLiteral("");
        two.serviceIds = {m_anagrafe.id, m_tributi.id};
        two = setup.save(two);
        const QString rossi = Storage::CitizenRepository(*m_db->database, boss)
                                  .create(Test::citizen(QStringLiteral("RSSMRA80A01H501U"),
                                                        QStringLiteral("Rossi"), QStringLiteral("Mario")))
                                  .id;

        Storage::QueueRepository reception(*m_db->database,
                                           as(m_db->context, QStringLiteral("recept"), Role::Operatore));
        Storage::QueueRepository mario(*m_db->database,
                                       as(m_db->context, QStringLiteral("mario"), Role::Operatore));
        Storage::QueueRepository lucia(*m_db->database,
                                       as(m_db->context, QStringLiteral("lucia"), Role::Operatore));
        // The day before: more requests than a page.
        for (int i = 0; i < ticketsTheDayBefore; ++i)
            reception.issue(m_anagrafe.id, Priority::None, {}, at(dayBefore, 8, 0).addSecs(i * 60));

        const Ticket a1 = reception.issue(m_anagrafe.id, Priority::None, rossi, at(day, 8, 0));
        const Ticket a2 = reception.issue(m_anagrafe.id, Priority::None, {}, at(day, 8, 5));
        const Ticket t1 = reception.issue(m_tributi.id, Priority::Over75, {}, at(day, 8, 10));
        reception.issue(m_anagrafe.id, Priority::None, {}, at(day, 8, 20));
        reception.issue(m_anagrafe.id, Priority::None, {}, at(day, 8, 30));
        mario.callNext(one.id, at(day, 8, 45));
        lucia.callNext(two.id, at(day, 8, 50));
        lucia.noShow(t1.id, two.id, at(day, 8, 55));
        mario.close(a1.id, one.id, Outcome::Resolved, QStringLiteral("=1+2"), {}, at(day, 9, 0));
        lucia.callNext(two.id, at(day, 9, 0));
        mario.callNext(one.id, at(day, 9, 2, 30));
        lucia.close(a2.id, two.id, Outcome::MissingDocuments,
                    QStringLiteral("Manca il \"modulo\"; ripassa domani"), {}, at(day, 9, 12));
        const Ticket walkIn = lucia.serveWithoutTicket(two.id, m_tributi.id, at(day, 9, 15));
        lucia.close(walkIn.id, two.id, Outcome::Referred, {}, {}, at(day, 9, 25));
        reception.issue(m_tributi.id, Priority::None, {}, at(day, 9, 20));
    }

    void liveFiguresHistoryAndExport()
    {
        Clock::setForTests([] { return at(day, 9, 30); });
        Ui::FiguresDialog dialog(*m_db->database,
                                 as(m_db->context, QStringLiteral("capo"), Role::Responsabile));
        dialog.show();
        QVERIFY(Test::activate(&dialog));
        QCOMPARE(dialog.tabs()->currentIndex(), 0);
        QCOMPARE(focused(), dialog.serviceTable());

        // Oggi.
        const QLocale locale;
        QTableWidget *services = dialog.serviceTable();
        QCOMPARE(services->rowCount(), 2);
        QCOMPARE(column(services, 0),
                 (QStringList{QStringLiteral("A — Anagrafe"), QStringLiteral("T — Tributi")}));
        QCOMPARE(column(services, 1), (QStringList{QStringLiteral("1"), QStringLiteral("1")})); // A 5, T 2
        QCOMPARE(column(services, 2), (QStringList{QStringLiteral("60 min"), QStringLiteral("10 min")}));
        QCOMPARE(column(services, 3), (QStringList{QStringLiteral("2"), QStringLiteral("1")}));
        QTableWidget *counters = dialog.counterTable();
        QCOMPARE(counters->rowCount(), 2);
        QVERIFY(counters->item(0, 0)->text().contains(QStringLiteral("Stato civile")));
        QCOMPARE(column(counters, 1), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(column(counters, 2), (QStringList{QStringLiteral("0"), QStringLiteral("1")}));
        QCOMPARE(dialog.totalLabel(QStringLiteral("waiting"))->text(), QStringLiteral("2"));
        QCOMPARE(dialog.totalLabel(QStringLiteral("served"))->text(), QStringLiteral("3"));
        QCOMPARE(dialog.totalLabel(QStringLiteral("noShows"))->text(), QStringLiteral("1"));
        // Waits 45, 40, 55, 42.5 minutes; services 15, 12, 10.
        QVERIFY2(dialog.totalLabel(QStringLiteral("averageWait"))
                     ->text()
                     .startsWith(locale.toString(45.625, 'f', 1)),
                 qPrintable(dialog.totalLabel(QStringLiteral("averageWait"))->text()));
        QVERIFY(dialog.totalLabel(QStringLiteral("longestWait"))->text().startsWith(QStringLiteral("55 ")));
        QVERIFY(dialog.totalLabel(QStringLiteral("averageService"))
                    ->text()
                    .startsWith(locale.toString(37.0 / 3, 'f', 1)));
        Test::saveScreenshot(&dialog, QStringLiteral("figures-01-oggi"));

        // A ticket issued meanwhile: the main window calls refresh().
        Storage::QueueRepository(*m_db->database,
                                 as(m_db->context, QStringLiteral("recept"), Role::Operatore))
            .issue(m_tributi.id, Priority::None, {}, at(day, 9, 29));
        dialog.refresh();
        QCOMPARE(dialog.totalLabel(QStringLiteral("waiting"))->text(), QStringLiteral("3"));
        QCOMPARE(services->item(1, 1)->text(), QStringLiteral("2"));

        // Storico, with Ctrl+Tab.
        key(Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(dialog.tabs()->currentIndex(), 1);
        QTableWidget *history = dialog.historyTable();
        const int all = ticketsTheDayBefore + 8;
        QCOMPARE(history->rowCount(), 100);
        QVERIFY2(dialog.pageLabel()->text().contains(QString::number(all)),
                 qPrintable(dialog.pageLabel()->text()));
        QCOMPARE(history->item(0, 1)->text(), QStringLiteral("T 3")); // newest first
        QCOMPARE(history->item(0, 0)->text(), QStringLiteral("20/11/2026"));

        // Next page with its Alt letter (a button so pressed clicks a moment later), and back.
        QPushButton *nextButton = nullptr;
        QPushButton *backButton = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->toolTip() == Ui::FiguresDialog::tr("The next, older requests"))
                nextButton = button;
            if (button->toolTip() == Ui::FiguresDialog::tr("The previous, newer requests"))
                backButton = button;
        }
        QVERIFY(nextButton && backButton);
        QVERIFY(!backButton->isEnabled());
        altFor(nextButton->text());
        QTRY_COMPARE(history->rowCount(), all - 100);
        QVERIFY2(dialog.pageLabel()->text().contains(QStringLiteral("101")),
                 qPrintable(dialog.pageLabel()->text()));
        QVERIFY(!nextButton->isEnabled());
        QCOMPARE(history->item(history->rowCount() - 1, 1)->text(), QStringLiteral("A 1"));
        QCOMPARE(history->item(history->rowCount() - 1, 0)->text(), QStringLiteral("19/11/2026"));
        altFor(backButton->text());
        QTRY_COMPARE(history->rowCount(), 100);
        QVERIFY(!backButton->isEnabled());

        // Filters: the service, typed in its list; then a surname, with Return.
        QComboBox *service = nullptr;
        for (QComboBox *combo : dialog.findChildren<QComboBox *>()) {
            if (combo->findData(m_tributi.id) >= 0)
                service = combo;
        }
        QVERIFY(service);
        altFor(labelFor(&dialog, service));
        QCOMPARE(focused(), service);
        QTest::keyClicks(focused(), QStringLiteral("T"));
        QCOMPARE(service->currentData().toString(), m_tributi.id);
        QCOMPARE(column(history, 1), (QStringList{QStringLiteral("T 3"), QStringLiteral("T 2"),
                                                  QStringLiteral("\u2014"), QStringLiteral("T 1")}));
        key(Qt::Key_Home); // all services again
        QCOMPARE(history->rowCount(), 100);
        auto *citizen = dialog.findChild<QLineEdit *>();
        QVERIFY(citizen);
        altFor(labelFor(&dialog, citizen));
        QCOMPARE(focused(), citizen);
        QTest::keyClicks(focused(), QStringLiteral("ross"));
        key(Qt::Key_Return);
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->item(0, 13)->text(), QStringLiteral("Rossi Mario"));
        QCOMPARE(history->item(0, 15)->text(), QStringLiteral("=1+2")); // as typed: a table runs nothing
        key(Qt::Key_A, Qt::ControlModifier);
        key(Qt::Key_Backspace);
        QCOMPARE(history->rowCount(), 100);
        altFor(labelFor(&dialog, service));
        QCOMPARE(focused(), service);
        key(Qt::Key_End); // the last service: Tributi
        QCOMPARE(service->currentData().toString(), m_tributi.id);
        QCOMPARE(history->rowCount(), 4);
        Test::saveScreenshot(&dialog, QStringLiteral("figures-02-storico"));

        // Export: the file dialog suggests richieste-<from>-<to>.csv; another path is typed.
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("tributi.csv"));
        QString suggested;
        bool answered = false;
        Test::whenModalAppears([&](QWidget *modal) {
            auto *files = qobject_cast<QFileDialog *>(modal);
            QVERIFY(files);
            auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            suggested = name->text();
            name->setFocus();
            name->selectAll();
            QTest::keyClicks(name, path);
            QTest::keyClick(name, Qt::Key_Return);
            QTRY_VERIFY(!files->isVisible());
            answered = true;
        });
        QVERIFY(dialog.exportButton()->isVisible());
        altFor(dialog.exportButton()->text());
        QTRY_VERIFY(answered);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(suggested, QStringLiteral("richieste-2026-10-21-2026-11-20.csv"));
        QTRY_VERIFY(dialog.messageLabel()->isVisible());
        QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("4")),
                 qPrintable(dialog.messageLabel()->text()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        QCOMPARE(lines.size(), 6); // headings, 4 rows, nothing after the last CRLF
        QCOMPARE(lines.at(0), Storage::QueueFigures::exportHeadings().join(QLatin1Char(';')).toUtf8() + '\r');
        QVERIFY2(lines.at(1).startsWith("20/11/2026;T 3;Tributi;"), lines.at(1).constData());
        QVERIFY(lines.at(3).startsWith("20/11/2026;\xE2\x80\x94;Tributi;"));
        QVERIFY(lines.at(5).isEmpty());
        Test::saveScreenshot(&dialog, QStringLiteral("figures-03-esportato"));
    }

    void operatoreSeesNoExport()
    {
        Clock::setForTests([] { return at(day, 9, 30); });
        Ui::FiguresDialog dialog(*m_db->database,
                                 as(m_db->context, QStringLiteral("mario"), Role::Operatore));
        dialog.show();
        QVERIFY(Test::activate(&dialog));
        QCOMPARE(dialog.serviceTable()->rowCount(), 2);
        dialog.tabs()->setCurrentIndex(1);
        QVERIFY(!dialog.exportButton()->isVisible());
        QCOMPARE(dialog.historyTable()->rowCount(), 100);
    }

    void facilitatoreIsRefused()
    {
        Ui::FiguresDialog dialog(*m_db->database,
                                 as(m_db->context, QStringLiteral("vol"), Role::Facilitatore));
        dialog.show();
        QCOMPARE(dialog.serviceTable()->rowCount(), 0);
        QCOMPARE(dialog.historyTable()->rowCount(), 0);
        QVERIFY(!dialog.messageLabel()->isHidden()); // on the Storico tab
    }
};

QTEST_MAIN(TestGuiQueueFigures)
#include "tst_gui_queuefigures.moc"
