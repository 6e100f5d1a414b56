// SPDX-License-Identifier: EUPL-1.2
// The waiting room's call display: what it shows for no call, a call, a recall and a full list of
// earlier calls; when it asks to be heard (each new call and recall, never on opening, never for a
// person served without a ticket); its keys; its fonts and colours. Screens are saved as
// calldisplay-NN-….png at 1280×720. Nothing here needs a sound card or a voice: the test listens
// to Announcer::announced, which is emitted whether or not anything can be heard.
#include "config/appsettings.h"
#include "queue/announcer.h"
#include "queue/calldisplay.h"
#include "queue/queuearea.h"
#include "recordopeners.h"
#include "storage/queuerepository.h"
#include "storage/queuesetup.h"
#include "testsupport.h"
#include "translations.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <QtEndian>
#include <cmath>

using namespace Sportello;
using Domain::Queue::Outcome;
using Domain::Queue::Priority;

namespace {
QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

// What the program says and shows, asked of the translator as the program does.
QString phrase(const QString &code, int counter)
{
    return translated("Sportello::Ui::Announcer", "Number %1, counter %2")
        .arg(code, QString::number(counter));
}

QString counterText(int counter)
{
    return translated("Sportello::Ui::CallDisplayWindow", "Counter %1").arg(counter);
}

// WCAG 2 contrast ratio of two opaque colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QStringList rowTexts(const Ui::CallDisplayWindow &display)
{
    QStringList texts;
    for (const Ui::CallDisplayWindow::Row &row : display.rows()) {
        if (!row.code->text().isEmpty())
            texts << row.code->text() + QLatin1Char('|') + row.counter->text();
    }
    return texts;
}
} // namespace

class TestGuiCallDisplay : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TempDatabase> m_db;
    std::unique_ptr<Storage::QueueRepository> m_queue;
    QString m_anagrafe;
    QString m_tributi;
    QString m_counter1;
    QString m_counter3;
    QDateTime m_now;
    Ui::Announcer m_announcer;
    std::unique_ptr<Ui::CallDisplayWindow> m_display;

    QDateTime tick()
    {
        m_now = m_now.addSecs(20);
        return m_now;
    }

    Domain::Queue::Ticket callNext(const QString &counterId)
    {
        const std::optional<Domain::Queue::Ticket> ticket = m_queue->callNext(counterId, tick());
        if (!ticket)
            qFatal("nobody waits");
        return *ticket;
    }

    void close(const Domain::Queue::Ticket &ticket, const QString &counterId)
    {
        m_queue->close(ticket.id, counterId, Outcome::Resolved, QString(), QString(), tick());
    }

    std::unique_ptr<Ui::CallDisplayWindow> openDisplay()
    {
        auto display = std::make_unique<Ui::CallDisplayWindow>(*m_db->database, m_db->office.branchId,
                                                               QStringLiteral("Sede centrale"), &m_announcer);
        display->setRefreshInterval(0); // the test says when to read
        display->resize(1280, 720);
        display->show();
        return display;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(Ui::installTranslations(*qApp, QStringLiteral("it")), QStringLiteral("it"));
        // Silent on a developer's PC too; speechIsOptional goes through the sound card's path once.
        m_announcer.setSpeechEnabled(false);
        m_announcer.setChimeEnabled(false);
        m_db = std::make_unique<Test::TempDatabase>();
        Storage::WriteContext context = m_db->context;
        context.actor = Test::clerk(Security::Role::Responsabile);
        Storage::QueueSetup setup(*m_db->database, context);
        Domain::Queue::Service anagrafe;
        anagrafe.name = QStringLiteral("Anagrafe");
        anagrafe.prefix = QStringLiteral("A");
        m_anagrafe = setup.save(anagrafe).id;
        Domain::Queue::Service tributi;
        tributi.name = QStringLiteral("Tributi");
        tributi.prefix = QStringLiteral("T");
        tributi.position = 1;
        m_tributi = setup.save(tributi).id;
        Domain::Queue::Counter one;
        one.number = 1;
        one.name = QStringLiteral(""); // no name (a null QString is refused by the column's NOT NULL)
        one.serviceIds = {m_anagrafe, m_tributi};
        m_counter1 = setup.save(one).id;
        Domain::Queue::Counter three;
        three.number = 3;
        three.name = QStringLiteral("Stato civile");
        three.serviceIds = {m_anagrafe, m_tributi};
        m_counter3 = setup.save(three).id;
        m_queue = std::make_unique<Storage::QueueRepository>(*m_db->database, context);
        // Today, early enough that the test's few minutes of calls stay within the day.
        m_now = QDateTime(QDate::currentDate(), QTime(8, 30)).toUTC();
    }

    void emptyBeforeTheFirstCall()
    {
        QSignalSpy announced(&m_announcer, &Ui::Announcer::announced);
        m_display = openDisplay();
        QVERIFY(Test::activate(m_display.get()));
        QCOMPARE(m_display->currentCodeLabel()->text(),
                 translated("Sportello::Ui::CallDisplayWindow", "No calls yet"));
        QVERIFY(m_display->currentCounterLabel()->text().isEmpty());
        QVERIFY(rowTexts(*m_display).isEmpty());
        Test::saveScreenshot(m_display.get(), QStringLiteral("calldisplay-01-empty"));
        m_display->refresh();
        QCOMPARE(announced.size(), 0);
    }

    void aCallIsShownAndAnnounced()
    {
        QSignalSpy announced(&m_announcer, &Ui::Announcer::announced);
        m_queue->issue(m_anagrafe, Priority::None, QString(), tick());
        const Domain::Queue::Ticket a1 = callNext(m_counter3);
        QCOMPARE(a1.code(), QStringLiteral("A 1"));
        m_display->refresh();
        QCOMPARE(m_display->currentCodeLabel()->text(), QStringLiteral("A 1"));
        QVERIFY2(m_display->currentCounterLabel()->text().contains(counterText(3)),
                 qPrintable(m_display->currentCounterLabel()->text()));
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced.at(0).at(0).toString(), phrase(QStringLiteral("A 1"), 3));
        QCOMPARE(phrase(QStringLiteral("A 1"), 3),
                 QCoreApplication::translate("Sportello::Ui::Announcer", "Number %1, counter %2")
                     .arg(QStringLiteral("A 1"), QStringLiteral("3")));
        // A screen reader reads the call, not just "A 1".
        QVERIFY(m_display->currentCodeLabel()->accessibleName().contains(phrase(QStringLiteral("A 1"), 3)));
        QCOMPARE(m_display->currentCodeLabel()->accessibleDescription(), phrase(QStringLiteral("A 1"), 3));
        QVERIFY(rowTexts(*m_display).isEmpty());

        // Read again with nothing new: silent.
        m_display->refresh();
        QCOMPARE(announced.size(), 1);
    }

    void theNextCallMovesTheFirstToTheList()
    {
        QSignalSpy announced(&m_announcer, &Ui::Announcer::announced);
        m_queue->issue(m_tributi, Priority::None, QString(), tick());
        const Domain::Queue::Ticket t1 = callNext(m_counter1);
        m_display->refresh();
        QCOMPARE(m_display->currentCodeLabel()->text(), QStringLiteral("T 1"));
        QVERIFY(m_display->currentCounterLabel()->text().contains(counterText(1)));
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced.at(0).at(0).toString(), phrase(QStringLiteral("T 1"), 1));
        QCOMPARE(rowTexts(*m_display), QStringList{QStringLiteral("A 1|") + counterText(3)});

        // The person does not come: the counter calls again, and it is heard again.
        m_queue->recall(t1.id, m_counter1, tick());
        m_display->refresh();
        QCOMPARE(announced.size(), 2);
        QCOMPARE(announced.at(1).at(0).toString(), phrase(QStringLiteral("T 1"), 1));
        QCOMPARE(m_display->currentCodeLabel()->text(), QStringLiteral("T 1"));
        QVERIFY(m_display->findChildren<QLabel *>().size() > 0);
        QCOMPARE(rowTexts(*m_display), (QStringList{QStringLiteral("T 1|") + counterText(1),
                                                    QStringLiteral("A 1|") + counterText(3)}));

        // Someone served without a ticket is nobody the room needs to hear about.
        close(t1, m_counter1);
        m_queue->serveWithoutTicket(m_counter1, m_tributi, tick());
        m_display->refresh();
        QCOMPARE(announced.size(), 2);
        QCOMPARE(m_display->currentCodeLabel()->text(), QStringLiteral("T 1"));
        m_queue->close(m_queue->current(m_counter1)->id, m_counter1, Outcome::Resolved, QString(), QString(),
                       tick());
    }

    void sixEarlierCallsAreListedNewestFirst()
    {
        QSignalSpy announced(&m_announcer, &Ui::Announcer::announced);
        close(*m_queue->current(m_counter3), m_counter3);
        for (int i = 0; i < 3; ++i) {
            m_queue->issue(m_anagrafe, Priority::None, QString(), tick());
            m_queue->issue(m_tributi, Priority::None, QString(), tick());
        }
        // A 2 at 3, T 2 at 1, A 3 at 3, T 3 at 1, A 4... (the counters take turns).
        QStringList expected;
        for (int i = 0; i < 5; ++i) {
            const QString counter = i % 2 == 0 ? m_counter3 : m_counter1;
            const Domain::Queue::Ticket called =
                m_queue->callNext(counter, tick()).value_or(Domain::Queue::Ticket{});
            QVERIFY(!called.id.isEmpty());
            expected.prepend(called.code() + QLatin1Char('|') + counterText(i % 2 == 0 ? 3 : 1));
            close(called, counter);
        }
        m_display->refresh();
        // Five calls since the last read: the room hears the newest, once.
        QCOMPARE(announced.size(), 1);
        const QString newest = expected.takeFirst().section(QLatin1Char('|'), 0, 0);
        QCOMPARE(m_display->currentCodeLabel()->text(), newest);
        expected << QStringLiteral("T 1|") + counterText(1) << QStringLiteral("T 1|") + counterText(1);
        QCOMPARE(rowTexts(*m_display), expected);
        // The recall's time, in local time.
        const QString lastTime = m_display->rows().last().time->text();
        QVERIFY2(QTime::fromString(lastTime, QStringLiteral("HH:mm")).isValid(), qPrintable(lastTime));
        for (QLabel *label : m_display->findChildren<QLabel *>())
            QVERIFY2(!label->accessibleName().isEmpty(), qPrintable(label->text()));
        Test::saveScreenshot(m_display.get(), QStringLiteral("calldisplay-02-call"));
    }

    void reopeningIsSilent()
    {
        QSignalSpy announced(&m_announcer, &Ui::Announcer::announced);
        const QString shown = m_display->currentCodeLabel()->text();
        QVERIFY(Test::activate(m_display.get()));
        QTest::keyClick(m_display.get(), Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(!m_display->isVisible());

        // The same window shown again, and a new one: both show the call without a sound.
        m_display->show();
        m_display->refresh();
        auto another = openDisplay();
        another->refresh();
        QCOMPARE(another->currentCodeLabel()->text(), shown);
        QCOMPARE(announced.size(), 0);

        // The next call is heard once per display that is open.
        m_queue->issue(m_anagrafe, Priority::None, QString(), tick());
        const Domain::Queue::Ticket next = callNext(m_counter3);
        another->refresh();
        QCOMPARE(announced.size(), 1);
        QCOMPARE(another->currentCodeLabel()->text(), next.code());
        close(next, m_counter3);
    }

    void keysForTheFullScreen()
    {
        QVERIFY(Test::activate(m_display.get()));
        QVERIFY(!m_display->isFullScreen());
        QTest::keyClick(m_display.get(), Qt::Key_F11);
        QTRY_VERIFY(m_display->isFullScreen());
        QTest::keyClick(m_display.get(), Qt::Key_F11);
        QTRY_VERIFY(!m_display->isFullScreen());
        QTest::keyClick(m_display.get(), Qt::Key_F11);
        QTRY_VERIFY(m_display->isFullScreen());
        QTest::keyClick(m_display.get(), Qt::Key_Escape);
        QTRY_VERIFY(!m_display->isFullScreen());
        QVERIFY(m_display->isVisible());
    }

    void fontsFollowTheHeightAndColoursContrast()
    {
        m_display->setWindowState(Qt::WindowNoState);
        m_display->resize(1280, 720);
        const int large = m_display->currentCodeLabel()->font().pixelSize();
        const int largeRow = m_display->rows().first().code->font().pixelSize();
        m_display->resize(640, 360);
        QTRY_VERIFY(m_display->currentCodeLabel()->font().pixelSize() < large);
        QVERIFY(m_display->rows().first().code->font().pixelSize() < largeRow);
        QVERIFY(large >= 720 / 5); // readable from the back of the room
        m_display->resize(1280, 720);

        const QColor back = m_display->palette().color(QPalette::Window);
        const QColor call = m_display->currentCodeLabel()->palette().color(QPalette::WindowText);
        QCOMPARE(call, QColor(0xff, 0xd4, 0x00));
        QVERIFY2(contrast(call, back) >= 7.0, qPrintable(QString::number(contrast(call, back))));
        for (QLabel *label : m_display->findChildren<QLabel *>()) {
            const QColor behind = label->parentWidget()->palette().color(QPalette::Window);
            const double ratio = contrast(label->palette().color(QPalette::WindowText), behind);
            QVERIFY2(ratio >= 7.0,
                     qPrintable(label->accessibleName() + QLatin1Char(' ') + QString::number(ratio)));
        }
    }

    // A PC with one screen: the clerk works on it, so the display does not cover it (it did).
    void withOneScreenItIsAWindowInACornerThatLeavesTheWorkVisible()
    {
        Ui::CallDisplayWindow display(*m_db->database, m_db->office.branchId, QStringLiteral("Sede centrale"),
                                      nullptr);
        display.showOnBestScreen();
        QCOMPARE(QGuiApplication::screens().size(), 1);
        QTRY_VERIFY(display.isVisible());
        QVERIFY(!display.windowState().testFlag(Qt::WindowMaximized));
        QVERIFY(!display.isFullScreen());
        const QRect room = display.screen()->availableGeometry();
        QVERIFY(display.width() <= qMax(room.width() / 2, display.minimumWidth()));
        QVERIFY(display.height() <= qMax(room.height() / 2, display.minimumHeight()));
        QVERIFY2(room.contains(display.frameGeometry().topLeft()) && display.width() < room.width(),
                 qPrintable(QStringLiteral("%1,%2 %3x%4")
                                .arg(display.x())
                                .arg(display.y())
                                .arg(display.width())
                                .arg(display.height())));
        QVERIFY(!display.isActiveWindow());
        QVERIFY(!display.currentCodeLabel()->text().isEmpty());
    }

    void theChimeIsTwoTonesWithoutClicks()
    {
        const QByteArray wav = Ui::Announcer::chimeWav(8000);
        QVERIFY(wav.startsWith("RIFF"));
        QCOMPARE(wav.mid(8, 8), QByteArray("WAVEfmt "));
        QCOMPARE(wav.mid(36, 4), QByteArray("data"));
        const qsizetype samples = (wav.size() - 44) / 2;
        QCOMPARE(samples, 2 * 2800); // two tones of 0.35 s
        const auto *pcm = reinterpret_cast<const qint16 *>(wav.constData() + 44);
        int peak = 0;
        for (qsizetype i = 0; i < samples; ++i)
            peak = qMax(peak, qAbs(int(qFromLittleEndian(pcm[i]))));
        QVERIFY(peak > 10000);
        // Each tone starts and ends at (almost) silence: no click between or after them.
        for (qsizetype at : {qsizetype(0), qsizetype(2799), qsizetype(2800), samples - 1})
            QVERIFY2(qAbs(qFromLittleEndian(pcm[at])) < 200, qPrintable(QString::number(at)));
    }

    // Connecting the PC gives it the branch id the central service knows the office by: the display
    // that was open follows it, and shows the next call made here.
    void theDisplayFollowsThePcsBranchAfterConnecting()
    {
        Config::AppSettings settings(m_db->dir.filePath(QStringLiteral("area.ini")));
        Ui::ActionRegistry actions;
        Ui::RecordOpeners openers;
        QWidget window;
        Ui::QueueArea area({*m_db->database, m_db->office, settings, actions, openers, &window});
        Storage::WriteContext firstRun = m_db->context;
        firstRun.actor = Test::clerk(Security::Role::Responsabile);
        area.setContext(firstRun);
        actions.action(Ui::ActionRegistry::Id::CallDisplay)->trigger();
        Ui::CallDisplayWindow *display = area.callDisplay();
        QVERIFY(display);
        display->setRefreshInterval(0); // only the area's refreshes count
        Storage::WriteContext connected = firstRun;
        connected.branchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        area.setContext(connected);

        Storage::QueueSetup setup(*m_db->database, connected);
        Domain::Queue::Service service;
        service.name = QStringLiteral("Protocollo");
        service.prefix = QStringLiteral("P");
        service = setup.save(service);
        Domain::Queue::Counter counter;
        counter.number = 5;
        counter.name = QStringLiteral("");
        counter.serviceIds = {service.id};
        counter = setup.save(counter);
        Storage::QueueRepository queue(*m_db->database, connected);
        queue.issue(service.id, Priority::None, {}, tick());
        QVERIFY(queue.callNext(counter.id, tick()));
        QTRY_COMPARE(display->currentCodeLabel()->text(), QStringLiteral("P 1"));
        QVERIFY(display->currentCounterLabel()->text().endsWith(QStringLiteral("Sportello 5")));
        display->close();
    }

    void speechIsOptional()
    {
        Ui::Announcer announcer;
        QSignalSpy announced(&announcer, &Ui::Announcer::announced);
        announcer.setSpeechEnabled(false);
        announcer.announce(QStringLiteral("B 7"), 2);
        announcer.announce(QStringLiteral("B 8"), 4);
        QCOMPARE(announced.size(), 2);
        QCOMPARE(announced.at(1).at(0).toString(), phrase(QStringLiteral("B 8"), 4));
        // Whatever this machine has; asking must not fail.
        qInfo("speech available here: %s", announcer.speechAvailable() ? "yes" : "no");
    }

    void cleanupTestCase() { m_display.reset(); }
};

QTEST_MAIN(TestGuiCallDisplay)
#include "tst_gui_calldisplay.moc"
