// SPDX-License-Identifier: EUPL-1.2
// The clerk's side of synchronisation, with the keyboard and in Italian, against the real
// sportello-server on 127.0.0.1: the status bar before connecting, the connection dialog with a
// one-time code, and a saved citizen reaching the central service ("Tutto inviato").
#include "citizens/citizenspage.h"
#include "config/appsettings.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "serverprocess.h"
#include "startup.h"
#include "storage/sql.h"
#include "sync/syncreviewdialog.h"
#include "testsupport.h"
#include "translations.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace Sportello;

namespace {
QWidget *focused()
{
    return QApplication::focusWidget();
}

QLabel *syncLabel(QWidget *window)
{
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->accessibleName() == QStringLiteral("Stato della sincronizzazione"))
            return label;
    }
    return nullptr;
}
} // namespace

class TestGuiSync : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerTest::Server m_server;
    QString m_serverDb;
    QString m_branchId;
    QString m_code;
    std::unique_ptr<Config::AppSettings> m_settings;
    std::unique_ptr<Ui::Startup> m_startup; // the counter PC, kept from one test to the next

private slots:
    void initTestCase()
    {
        QCOMPARE(Ui::installTranslations(*qApp, QStringLiteral("it")), QStringLiteral("it"));
        m_serverDb = m_dir.filePath(QStringLiteral("server.db"));
        const auto tenant =
            ServerTest::admin(m_serverDb, {QStringLiteral("tenant-add"), QStringLiteral("Comune di Prova"),
                                           QStringLiteral("00743110157")});
        QVERIFY2(tenant.exitCode == 0, qPrintable(tenant.err));
        const auto branch =
            ServerTest::admin(m_serverDb, {QStringLiteral("branch-add"), tenant.out,
                                           QStringLiteral("Sede centrale"), QStringLiteral("SEDE1")});
        QVERIFY2(branch.exitCode == 0, qPrintable(branch.err));
        m_branchId = branch.out;
        const auto code = ServerTest::admin(m_serverDb, {QStringLiteral("enrol-code"), branch.out});
        QVERIFY2(code.exitCode == 0, qPrintable(code.err));
        m_code = code.out;
        QVERIFY(m_server.start(m_serverDb));
    }

    void connectThenSaveAndSeeItSent()
    {
        QString clientDb;
        {
            Test::TempDatabase seed; // a PC that went through the first-run wizard
            // The administrator connects the PC; the office manager works at it.
            Test::addAccount(*seed.database, Security::Role::Amministratore, QStringLiteral("admin"),
                             QStringLiteral("Anna Verdi"), QStringLiteral("password di anna"));
            Test::addAccount(*seed.database, Security::Role::Responsabile, QStringLiteral("g.bianchi"),
                             QStringLiteral("Giulia Bianchi"), QStringLiteral("password di giulia"));
            clientDb = m_dir.filePath(QStringLiteral("pc.db"));
            Storage::Sql::exec(seed.database->connection(), QStringLiteral("VACUUM INTO ?"), {clientDb});
        }
        m_settings = std::make_unique<Config::AppSettings>(m_dir.filePath(QStringLiteral("pc.ini")));
        m_settings->setDeviceName(QStringLiteral("Sportello 1"));
        m_startup = std::make_unique<Ui::Startup>(clientDb, *m_settings);
        QVERIFY(m_startup->openDatabase());
        m_startup->showFirstWindow();
        Ui::MainWindow *window = m_startup->mainWindow();
        QVERIFY(window);
        QVERIFY(Test::signIn(window, QStringLiteral("admin"), QStringLiteral("password di anna")));
        QLabel *state = syncLabel(window);
        QVERIFY(state);
        QTRY_VERIFY2(state->text().startsWith(QStringLiteral("Non collegato al servizio centrale")),
                     qPrintable(state->text()));
        Test::saveScreenshot(window, QStringLiteral("sync-01-non-collegato"));

        bool connected = false;
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(m_server.port());
        Test::whenModalAppears([&](QWidget *dialog) {
            QCOMPARE(focused()->accessibleName(), QStringLiteral("Indirizzo del servizio centrale"));
            QTest::keyClicks(focused(), url);
            QTest::keyClick(focused(), Qt::Key_Tab);
            QTest::keyClicks(focused(), m_code);
            Test::saveScreenshot(dialog, QStringLiteral("sync-02-collegamento"));
            Test::whenModalAppears(
                [&](QWidget *box) {
                    connected = qobject_cast<QMessageBox *>(box) != nullptr;
                    Test::saveScreenshot(box, QStringLiteral("sync-03-collegato"));
                    QTest::keyClick(box, Qt::Key_Return);
                },
                dialog);
            QTest::keyClick(focused(), Qt::Key_Return); // Collega
        });
        QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(connected);
        QTRY_VERIFY(!QApplication::activeModalWidget());

        // The administrator hands the PC over (Ctrl+Shift+L); a citizen saved at the counter goes
        // out on its own.
        QVERIFY(Test::activate(window));
        QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!window->signedIn());
        QVERIFY(Test::signIn(window, QStringLiteral("g.bianchi"), QStringLiteral("password di giulia")));
        QVERIFY(Test::activate(window));
        Test::whenModalAppears([](QWidget *dialog) {
            QTest::keyClicks(focused(), QStringLiteral("RSSMRA80A01H501U"));
            QTest::keyClick(focused(), Qt::Key_G, Qt::AltModifier);
            QTest::keyClicks(focused(), QStringLiteral("Rossi"));
            QTest::keyClick(focused(), Qt::Key_N, Qt::AltModifier);
            QTest::keyClicks(focused(), QStringLiteral("Mario"));
            QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
            QTRY_VERIFY(!dialog->isVisible());
        });
        QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QTRY_VERIFY2_WITH_TIMEOUT(state->text().startsWith(QStringLiteral("Tutto inviato")),
                                  qPrintable(state->text()), 30000);
        Test::saveScreenshot(window, QStringLiteral("sync-04-tutto-inviato"));
        QCOMPARE(Test::sqliteQuery(m_serverDb,
                                   QStringLiteral("SELECT count(*) FROM records WHERE entity = 'citizen'")),
                 QStringLiteral("1"));

        // The server goes away: the bar says so, and what is typed waits.
        QCOMPARE(m_server.stop(), 0);
        QVERIFY(Test::activate(window));
        QTest::keyClick(window, Qt::Key_F5);
        QTRY_VERIFY2_WITH_TIMEOUT(state->text().startsWith(QStringLiteral("Non in linea")),
                                  qPrintable(state->text()), 30000);
        Test::saveScreenshot(window, QStringLiteral("sync-05-non-in-linea"));
    }

    // While this PC is offline, another PC of the branch changes the same citizen. When this PC
    // comes back, its edit is refused and its version kept; the clerk checks both lists, puts the
    // lost phone number back on the record, and marks what was dealt with.
    void aRefusedEditAndItsLostVersionAreShownAndDealtWith()
    {
        QVERIFY(m_startup);
        Ui::MainWindow *window = m_startup->mainWindow();
        QLabel *state = syncLabel(window);
        const quint16 port = m_server.port();

        // The other PC works through a second server process on the same database, at an address
        // this PC does not know: for this PC the central service is still down.
        ServerTest::Server other;
        QVERIFY(other.start(m_serverDb));
        ServerTest::Client otherPc(other.port());
        const auto code = ServerTest::admin(m_serverDb, {QStringLiteral("enrol-code"), m_branchId});
        const ServerTest::Reply enrolled =
            otherPc.post(QStringLiteral("/api/v1/devices/enrol"),
                         QJsonObject{{QStringLiteral("code"), code.out},
                                     {QStringLiteral("deviceName"), QStringLiteral("Sportello 2")}});
        QCOMPARE(enrolled.status, 200);
        const QByteArray token = enrolled.json.value(QLatin1String("token")).toString().toUtf8();
        QJsonObject record =
            QJsonDocument::fromJson(
                Test::sqliteQuery(m_serverDb,
                                  QStringLiteral("SELECT payload FROM records WHERE entity = 'citizen'"))
                    .toUtf8())
                .object();
        const QString recordId = record.value(QLatin1String("id")).toString();
        record.insert(QStringLiteral("version"), 2);
        record.insert(QStringLiteral("phone"), QStringLiteral("333 999 8888"));
        const QJsonObject entry{
            {QStringLiteral("operationId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("entity"), QStringLiteral("citizen")},
            {QStringLiteral("recordId"), recordId},
            {QStringLiteral("operation"), QStringLiteral("update")},
            {QStringLiteral("payload"), record},
            {QStringLiteral("createdAt"), QStringLiteral("2026-11-22T09:00:00.000Z")}};
        const ServerTest::Reply pushed =
            otherPc.post(QStringLiteral("/api/v1/sync/push"),
                         QJsonObject{{QStringLiteral("entries"), QJsonArray{entry}}}, token);
        QCOMPARE(pushed.status, 200);
        QCOMPARE(other.stop(), 0);

        // Meanwhile, here: the clerk adds a phone number to the same citizen.
        QVERIFY(Test::activate(window));
        auto *page = window->findChild<Ui::CitizensPage *>();
        QVERIFY(page);
        page->searchField()->setFocus();
        QTest::keyClick(page->searchField(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(page->searchField(), QStringLiteral("Rossi"));
        QTRY_VERIFY2(page->resultView()->model()->rowCount() == 1, qPrintable(page->searchField()->text()));
        QTest::keyClick(page->searchField(), Qt::Key_Down);
        Test::whenModalAppears([](QWidget *dialog) {
            QLineEdit *phone = nullptr;
            for (QLineEdit *field : dialog->findChildren<QLineEdit *>()) {
                if (field->accessibleName() == QStringLiteral("Telefono"))
                    phone = field;
            }
            QVERIFY(phone);
            phone->setFocus();
            QTest::keyClicks(phone, QStringLiteral("333 111 2222"));
            QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
            QTRY_VERIFY(!dialog->isVisible());
        });
        QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(!QApplication::activeModalWidget());

        // The central service is back where this PC knows it: the edit is refused, nothing is lost.
        QVERIFY(m_server.start(m_serverDb,
                               {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)}));
        QVERIFY(Test::activate(window));
        QTest::keyClick(window, Qt::Key_F5);
        QTRY_VERIFY2_WITH_TIMEOUT(state->text().contains(QStringLiteral("1 modifica respinta")) &&
                                      state->text().contains(QStringLiteral("1 conflitto da verificare")),
                                  qPrintable(state->text()), 60000);
        Test::saveScreenshot(window, QStringLiteral("sync-06-rifiutata-e-conflitto"));

        // Sincronizzazione > Modifiche rifiutate e conflitti, with the keyboard.
        bool checked = false;
        Test::whenModalAppears([&](QWidget *dialog) {
            auto *review = qobject_cast<Ui::SyncReviewDialog *>(dialog);
            QVERIFY(review);
            QCOMPARE(review->refusedList()->topLevelItemCount(), 1);
            QVERIFY2(
                review->refusedList()->topLevelItem(0)->text(1).startsWith(QStringLiteral("Rossi Mario")),
                qPrintable(review->refusedList()->topLevelItem(0)->text(1)));
            QVERIFY(!review->refusedList()->topLevelItem(0)->text(4).isEmpty()); // the server's reason
            Test::saveScreenshot(dialog, QStringLiteral("sync-07-modifiche-respinte"));
            // Versioni in conflitto: what the lost version said.
            QTest::keyClick(focused(), Qt::Key_C, Qt::AltModifier);
            QTRY_COMPARE(review->conflictList()->topLevelItemCount(), 1);
            QCOMPARE(review->conflictList()->topLevelItem(0)->text(3),
                     QStringLiteral("Telefono: 333 111 2222"));
            Test::saveScreenshot(dialog, QStringLiteral("sync-08-versioni-in-conflitto"));
            // Apri scheda: the record as it is now (the other PC's number); the clerk puts his back.
            bool corrected = false;
            Test::whenModalAppears(
                [&corrected](QWidget *citizen) {
                    for (QLineEdit *field : citizen->findChildren<QLineEdit *>()) {
                        if (field->accessibleName() == QStringLiteral("Telefono")) {
                            QCOMPARE(field->text(), QStringLiteral("333 999 8888"));
                            field->setFocus();
                            field->selectAll();
                            QTest::keyClicks(field, QStringLiteral("333 111 2222"));
                        }
                    }
                    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
                    QTRY_VERIFY(!citizen->isVisible());
                    corrected = true;
                },
                dialog);
            QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier);
            QTRY_VERIFY(corrected);
            QTRY_VERIFY(QApplication::activeModalWidget() == dialog);
            QVERIFY(Test::activate(dialog)); // offscreen has no window manager to give it back
            // Segna come ge&stita: it stays, for the record, and is no longer counted.
            QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
            QTRY_COMPARE(review->conflictList()->topLevelItemCount(), 0);
            QTest::keyClick(dialog, Qt::Key_T, Qt::AltModifier);
            QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
            QTRY_COMPARE(review->refusedList()->topLevelItemCount(), 0);
            QTest::keyClick(dialog, Qt::Key_G, Qt::AltModifier); // Mostra anche quelle già gestite
            QTRY_COMPARE(review->refusedList()->topLevelItemCount(), 1);
            QVERIFY(review->refusedList()->topLevelItem(0)->text(3).startsWith(QStringLiteral("Gestita il")));
            Test::saveScreenshot(dialog, QStringLiteral("sync-09-gestite"));
            checked = true;
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        QTest::keyClick(window, Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(QApplication::activePopupWidget());
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_R);
        QTRY_VERIFY(checked);
        QTRY_VERIFY(!QApplication::activeModalWidget());

        // The number the clerk put back reached the central service; the bar is clean again.
        QTRY_VERIFY2_WITH_TIMEOUT(state->text().startsWith(QStringLiteral("Tutto inviato")),
                                  qPrintable(state->text()), 60000);
        const QJsonObject onServer =
            QJsonDocument::fromJson(
                Test::sqliteQuery(m_serverDb,
                                  QStringLiteral("SELECT payload FROM records WHERE entity = 'citizen'"))
                    .toUtf8())
                .object();
        QCOMPARE(onServer.value(QLatin1String("phone")).toString(), QStringLiteral("333 111 2222"));
        QCOMPARE(onServer.value(QLatin1String("version")).toInt(), 3);
        QVERIFY2(!state->text().contains(QStringLiteral("respint")) &&
                     !state->text().contains(QStringLiteral("conflitt")),
                 qPrintable(state->text())); // dealt with: no longer counted
        Test::saveScreenshot(window, QStringLiteral("sync-10-di-nuovo-tutto-inviato"));
    }

    void cleanupTestCase()
    {
        m_startup.reset();
        m_server.stop();
    }
};

QTEST_MAIN(TestGuiSync)
#include "tst_gui_sync.moc"
