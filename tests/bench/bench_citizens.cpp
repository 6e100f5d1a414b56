// SPDX-License-Identifier: EUPL-1.2
// Citizens registry at scale.
//   bench_citizens generate DB COUNT   fills a new database with COUNT citizens
//   bench_citizens start DB SETTINGS   prints the ms from main() to an exposed main window
//   bench_citizens search DB           prints median and p95 latency of as-you-type searches
// See docs/performance.md for the figures and how to reproduce them.
#include "citizens/citizensearchmodel.h"
#include "config/appsettings.h"
#include "generatedcitizens.h"
#include "mainwindow.h"
#include "startup.h"
#include "storage/citizenrepository.h"
#include "storage/database.h"
#include "storage/officerepository.h"
#include "storage/sql.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>
#include <algorithm>
#include <cstdio>

using namespace Sportello;

namespace {
int generate(const QString &path, int count)
{
    Storage::Database database(path);
    if (!database.open().ok())
        return 1;
    Storage::OfficeRepository offices(database);
    const auto office = offices.localOffice()
                            ? *offices.localOffice()
                            : offices.setUp(QStringLiteral("Comune di Prova"), QStringLiteral("00743110157"),
                                            QStringLiteral("Sede centrale"), QStringLiteral("SEDE1"));
    const QSqlDatabase db = database.connection();
    // Test data, not records: the generator alone skips the per-commit fsync and uses a big cache.
    Storage::Sql::exec(db, QStringLiteral("PRAGMA synchronous = OFF"));
    Storage::Sql::exec(db, QStringLiteral("PRAGMA cache_size = -262144"));
    Bench::CitizenGenerator generator(20261122);
    QElapsedTimer timer;
    timer.start();
    constexpr int batch = 20000;
    for (int done = 0; done < count;) {
        Storage::Transaction transaction(db);
        QSqlQuery citizen = Storage::Sql::prepare(
            db, QStringLiteral(
                    "INSERT INTO citizen (id, version, codice_fiscale, cf_canonical, surname, name, sex, "
                    "birth_date, phone, phone_digits, owner_branch_id, created_at, updated_at) "
                    "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery entry = Storage::Sql::prepare(
            db,
            QStringLiteral(
                "INSERT INTO change_log (operation_id, entity, record_id, operation, payload, "
                "created_at, branch_id, device_id) VALUES (?, 'citizen', ?, 'create', ?, ?, ?, 'bench')"));
        for (int i = 0; i < batch && done < count; ++i, ++done) {
            Domain::Citizen c = generator.next();
            c.ownerBranchId = office.branchId;
            c.createdAt = c.updatedAt = QDateTime::currentDateTimeUtc();
            const QString now = Storage::Timestamps::toStorage(c.createdAt);
            for (const QVariant &v :
                 {QVariant(c.id), QVariant(c.codiceFiscale), QVariant(c.codiceFiscale), QVariant(c.surname),
                  QVariant(c.name), QVariant(Domain::sexCode(c.sex)),
                  QVariant(c.birthDate.toString(Qt::ISODate)), QVariant(c.phone), QVariant(c.phone),
                  QVariant(c.ownerBranchId), QVariant(now), QVariant(now)})
                citizen.addBindValue(v);
            Storage::Sql::exec(citizen);
            for (const QVariant &v :
                 {QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces)), QVariant(c.id),
                  QVariant(
                      QString::fromUtf8(QJsonDocument(Domain::toJson(c)).toJson(QJsonDocument::Compact))),
                  QVariant(now), QVariant(c.ownerBranchId)})
                entry.addBindValue(v);
            Storage::Sql::exec(entry);
        }
        transaction.commit();
        std::fprintf(stderr, "\r%d / %d", done, count);
    }
    Storage::Sql::exec(db, QStringLiteral("INSERT INTO citizen_search(citizen_search) VALUES ('optimize')"));
    Storage::Sql::exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    std::printf("\ngenerated %d citizens in %.1f s\n", count, timer.elapsed() / 1000.0);
    return 0;
}

int start(QApplication &app, QElapsedTimer &sinceMain, const QString &path, const QString &settingsPath)
{
    Config::AppSettings settings(settingsPath);
    settings.setDeviceName(QStringLiteral("Bench"));
    QElapsedTimer phase;
    phase.start();
    Ui::Startup startup(path, settings);
    if (!startup.openDatabase())
        return 1;
    const qint64 openMs = phase.restart();
    startup.showFirstWindow();
    if (!startup.mainWindow() || !QTest::qWaitForWindowExposed(startup.mainWindow()))
        return 1;
    std::printf("start_to_window_ms %lld (open and check the database: %lld ms; build and show: %lld ms)\n",
                sinceMain.elapsed(), openMs, phase.elapsed());
    app.processEvents();
    return 0;
}

void report(const char *label, QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        return samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(q * samples.size())));
    };
    std::printf("%-28s n=%lld median %.2f ms  p95 %.2f ms  max %.2f ms\n", label, qlonglong(samples.size()),
                at(0.5), at(0.95), samples.constLast());
}

int search(const QString &path)
{
    Storage::Database database(path);
    QElapsedTimer check;
    check.start();
    if (!database.open(Storage::Database::IntegrityCheck::BeforeOpening).ok())
        return 1;
    std::printf("full integrity check (at start it runs in the background): %lld ms\n", check.elapsed());
    Storage::CitizenRepository repository(database, {});
    Ui::CitizenSearchModel model(repository);
    std::printf("citizens %lld\n", repository.count());
    QRandomGenerator random(7);
    // Typed text as a clerk types it: the first letters of a surname, or of a codice fiscale.
    QStringList codes;
    for (const auto &row : repository.search(QString(), 0, 2000))
        codes << row.codiceFiscale;
    const auto typed = [&](int length) {
        if (length == 8)
            return codes.at(random.bounded(int(codes.size()))).left(8);
        return Bench::randomSurname(random).left(length).toLower();
    };
    for (const int length : {1, 3, 8}) {
        QList<double> samples;
        for (int i = 0; i < 300; ++i) {
            const QString text = typed(length);
            QElapsedTimer timer;
            timer.start();
            model.setSearchText(text); // what one keystroke costs: query, first page, model reset
            samples << timer.nsecsElapsed() / 1e6;
            if (model.rowCount() == 0)
                std::printf("no result for %s\n", qPrintable(text));
        }
        report(qPrintable(QStringLiteral("search %1 character(s)").arg(length)), samples);
    }
    QList<double> scroll;
    model.setSearchText(QStringLiteral("r"));
    for (int i = 0; i < 50 && model.canFetchMore({}); ++i) {
        QElapsedTimer timer;
        timer.start();
        model.fetchMore({});
        scroll << timer.nsecsElapsed() / 1e6;
    }
    report("next page while scrolling", scroll);
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("generate"))
        return generate(args.at(2), args.at(3).toInt());
    if (args.size() >= 4 && args.at(1) == QLatin1String("start"))
        return start(app, sinceMain, args.at(2), args.at(3));
    if (args.size() >= 3 && args.at(1) == QLatin1String("search"))
        return search(args.at(2));
    std::fprintf(stderr, "usage: bench_citizens generate DB COUNT | start DB SETTINGS | search DB\n");
    return 2;
}
