// SPDX-License-Identifier: EUPL-1.2
#include "testsupport.h"

#include "storage/accountrepository.h"
#include "storage/sql.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QTest>
#include <QTimer>
#include <QWidget>

namespace Sportello::Test {

QString outputPath(const QString &name)
{
    const QString path = QStringLiteral(SPORTELLO_TEST_OUTPUT_DIR "/") + name;
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

QString saveScreenshot(QWidget *widget, const QString &name)
{
    const QString path = outputPath(QStringLiteral("screenshots/%1.png").arg(name));
    // Layouts asked for by what just changed are done first, as the event loop would before painting.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (!widget->grab().save(path))
        qWarning("could not save %s", qPrintable(path));
    return path;
}

TempDatabase::TempDatabase()
{
    database = std::make_unique<Storage::Database>(path());
    const Storage::OpenResult result = database->open();
    if (!result.ok())
        qFatal("test database: %s", qPrintable(result.message));
    office = Storage::OfficeRepository(*database).setUp(
        QStringLiteral("Comune di Prova"), QStringLiteral("00743110157"), QStringLiteral("Sede centrale"),
        QStringLiteral("SEDE1"));
    context = {office.branchId, QStringLiteral("device-test"), clerk(), QStringLiteral("PC di prova")};
}

QString TempDatabase::path() const
{
    return dir.filePath(QStringLiteral("sportello.db"));
}

QList<Storage::ChangeEntry> citizenEntries(const Storage::Database &database)
{
    QList<Storage::ChangeEntry> entries = Storage::ChangeLog(database).entries(0, 100000);
    entries.removeIf([](const Storage::ChangeEntry &e) { return e.entity != QLatin1String("citizen"); });
    return entries;
}

Security::Actor clerk(Security::Role role)
{
    return {QStringLiteral("00000000-0000-4000-8000-0000000000c1"), QStringLiteral("clerk"), role};
}

Domain::Citizen citizen(const QString &codiceFiscale, const QString &surname, const QString &name)
{
    Domain::Citizen c;
    c.codiceFiscale = codiceFiscale;
    c.surname = surname;
    c.name = name;
    if (codiceFiscale.isEmpty()) {
        c.documentType = QStringLiteral("passport");
        c.documentNumber = QStringLiteral("YA1234567");
    }
    return c;
}

bool makeDatabaseWithDamagedPages(const QString &path)
{
    {
        Storage::Database db(path);
        if (!db.open().ok())
            return false;
        const Storage::LocalOffice office = Storage::OfficeRepository(db).setUp(
            QStringLiteral("Comune di Prova"), QStringLiteral("00743110157"), QStringLiteral("Sede centrale"),
            QStringLiteral("SEDE1"));
        // Set up as in use: an administrator exists, so the program opens on its main window.
        Storage::AccountRepository(db, {office.branchId, QStringLiteral("pc")})
            .createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Amministratore"),
                                      QStringLiteral("password di prova"));
        Storage::Sql::exec(db.connection(), QStringLiteral("CREATE TABLE filler (t TEXT)"));
        for (int i = 0; i < 400; ++i)
            Storage::Sql::exec(db.connection(), QStringLiteral("INSERT INTO filler VALUES (?)"),
                               {QString(200, QLatin1Char('a' + i % 26))});
        Storage::Sql::exec(db.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() < 40000)
        return false;
    // The last pages hold the filler table, far from the schema on page 1.
    for (qint64 offset = file.size() - 4096 * 20; offset < file.size() - 4096; offset += 4096 * 2) {
        file.seek(offset + 100);
        file.write(QByteArray(300, char(0xA5)));
    }
    return true;
}

QByteArray sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QString sqliteQuery(const QString &databasePath, const QString &sql)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {databasePath, sql});
    if (!shell.waitForFinished(30000) || shell.exitCode() != 0)
        qFatal("sqlite3 failed: %s", shell.readAllStandardError().constData());
    return QString::fromUtf8(shell.readAllStandardOutput()).trimmed();
}

void sqliteShell(const QString &databasePath, const QString &sql)
{
    sqliteQuery(databasePath, sql);
}

bool activate(QWidget *window)
{
    window->activateWindow();
    const bool active = QTest::qWaitFor([window] {
        QWidget *focus = QApplication::focusWidget();
        return window->isActiveWindow() && focus && (focus == window || window->isAncestorOf(focus));
    });
    if (!active)
        qWarning("window %s did not become active", qPrintable(window->windowTitle()));
    return active;
}

void whenModalAppears(std::function<void(QWidget *)> handle, QWidget *notThis)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QPointer<QWidget> previous = notThis ? notThis : QApplication::activeModalWidget();
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle, previous] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == previous || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        // Keys go to the active window: wait until the dialog is (and, without a window manager on
        // the offscreen platform, ask for it).
        activate(modal);
        handle(modal);
        // A failed check inside `handle` returns early and would leave the dialog open, hanging
        // the test: close every dialog so that the failure is reported instead.
        if (QTest::currentTestFailed()) {
            saveScreenshot(modal,
                           QStringLiteral("failed-%1").arg(QLatin1String(QTest::currentTestFunction())));
            while (QWidget *open = QApplication::activeModalWidget())
                open->close(), QCoreApplication::processEvents();
        }
    });
    timer->start();
}

} // namespace Sportello::Test
