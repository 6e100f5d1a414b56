// SPDX-License-Identifier: EUPL-1.2
// The clerk's side of synchronisation, with the keyboard and in Italian, against the real
// sportello-server on 127.0.0.1: the status bar before connecting, the connection dialog with a
// one-time code, and a saved citizen reaching the central service ("Tutto inviato").
#include "citizens/citizenspage.h"
#include "config/appsettings.h"
#include "mainwindow.h"
#include "serverprocess.h"
#include "startup.h"
#include "storage/sql.h"
#include "testsupport.h"
#include "translations.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>

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
    QString m_code;

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
            clientDb = m_dir.filePath(QStringLiteral("pc.db"));
            Storage::Sql::exec(seed.database->connection(), QStringLiteral("VACUUM INTO ?"), {clientDb});
        }
        Config::AppSettings settings(m_dir.filePath(QStringLiteral("pc.ini")));
        settings.setDeviceName(QStringLiteral("Sportello 1"));
        Ui::Startup startup(clientDb, settings);
        QVERIFY(startup.openDatabase());
        startup.showFirstWindow();
        Ui::MainWindow *window = startup.mainWindow();
        QVERIFY(window);
        QVERIFY(Test::activate(window));
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

        // A citizen saved at the counter goes out on its own.
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
        QCOMPARE(Test::sqliteQuery(m_serverDb, QStringLiteral("SELECT count(*) FROM records")),
                 QStringLiteral("1"));

        // The server goes away: the bar says so, and what is typed waits.
        QCOMPARE(m_server.stop(), 0);
        QVERIFY(Test::activate(window));
        QTest::keyClick(window, Qt::Key_F5);
        QTRY_VERIFY2_WITH_TIMEOUT(state->text().startsWith(QStringLiteral("Non in linea")),
                                  qPrintable(state->text()), 30000);
        Test::saveScreenshot(window, QStringLiteral("sync-05-non-in-linea"));
    }
};

QTEST_MAIN(TestGuiSync)
#include "tst_gui_sync.moc"
