// SPDX-License-Identifier: EUPL-1.2
// The queue's live figures, its history and the CSV export (documents/csvwriter.h): a day built
// with explicit times, every figure checked exactly; the history's filters one by one and together,
// its pages; the export's bytes; who may read and export; and the query plans that keep a
// one-day reading off the rest of a million past requests.
#include "documents/csvwriter.h"
#include "security/auditentry.h"
#include "storage/auditlog.h"
#include "storage/citizenrepository.h"
#include "storage/queuefigures.h"
#include "storage/queuerepository.h"
#include "storage/queuesetup.h"
#include "storage/sql.h"
#include "storage/storageerror.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace Sportello;
using namespace Sportello::Domain::Queue;
using Documents::CsvWriter;
using Security::Role;
using Storage::HistoryFilter;
using Storage::QueueFigures;

namespace {
const QDate day(2026, 11, 20);
const QDate dayBefore(2026, 11, 19);

QDateTime at(const QDate &date, int hour, int minute, int second = 0)
{
    return QDateTime(date, QTime(hour, minute, second)); // local time, as at the counter
}

Storage::WriteContext as(const Storage::WriteContext &base, const QString &username, Role role)
{
    Storage::WriteContext context = base;
    context.actor = Security::Actor{QStringLiteral("acc-") + username, username, role};
    return context;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList codes(const QList<Storage::HistoryRow> &rows)
{
    QStringList list;
    for (const Storage::HistoryRow &row : rows)
        list << row.code + QLatin1Char('/') + row.date.toString(QStringLiteral("dd"));
    return list;
}
} // namespace

class TestQueueFigures : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TempDatabase> m_db;
    Service m_anagrafe;
    Service m_tributi;
    Counter m_one;
    Counter m_two;
    QString m_rossi;
    QString m_luca;
    const QString m_notesA2 = QStringLiteral("Manca il \"modulo\"; ripassa\ndomani — più tardi");

    QueueFigures figuresFor(Role role) const
    {
        return QueueFigures(*m_db->database, m_db->office.branchId, Test::clerk(role));
    }

private slots:
    void initTestCase()
    {
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
        m_one.number = 1;
        m_one.name = QStringLiteral("Stato civile");
        m_one.serviceIds = {m_anagrafe.id};
        m_one = setup.save(m_one);
        m_two.number = 2;
        m_two.name = QStringLiteral(""); // not null: QueueSetup writes a null name as NULL
        m_two.serviceIds = {m_anagrafe.id, m_tributi.id};
        m_two = setup.save(m_two);

        Storage::CitizenRepository citizens(*m_db->database, boss);
        m_rossi = citizens
                      .create(Test::citizen(QStringLiteral("RSSMRA80A01H501U"), QStringLiteral("Rossi"),
                                            QStringLiteral("Mario")))
                      .id;
        m_luca = citizens
                     .create(Test::citizen(QStringLiteral("CNTCHR83T41D969D"), QStringLiteral("Lucà"),
                                           QStringLiteral("Niccolò")))
                     .id;

        Storage::QueueRepository reception(*m_db->database,
                                           as(m_db->context, QStringLiteral("recept"), Role::Operatore));
        Storage::QueueRepository mario(*m_db->database,
                                       as(m_db->context, QStringLiteral("mario"), Role::Operatore));
        Storage::QueueRepository lucia(*m_db->database,
                                       as(m_db->context, QStringLiteral("lucia"), Role::Operatore));

        // The day before: Rossi served, someone else did not come.
        const Ticket y1 = reception.issue(m_anagrafe.id, Priority::None, m_rossi, at(dayBefore, 10, 0));
        const Ticket y2 = reception.issue(m_anagrafe.id, Priority::None, {}, at(dayBefore, 10, 30));
        QCOMPARE(mario.callNext(m_one.id, at(dayBefore, 10, 10))->id, y1.id);
        mario.close(y1.id, m_one.id, Outcome::Resolved, QStringLiteral("Carta d'identità"), {},
                    at(dayBefore, 10, 20));
        QCOMPARE(mario.callNext(m_one.id, at(dayBefore, 10, 40))->id, y2.id);
        mario.noShow(y2.id, m_one.id, at(dayBefore, 10, 45));

        // The day.
        const Ticket a1 = reception.issue(m_anagrafe.id, Priority::None, m_rossi, at(day, 8, 0));
        const Ticket a2 = reception.issue(m_anagrafe.id, Priority::None, {}, at(day, 8, 5));
        const Ticket t1 = reception.issue(m_tributi.id, Priority::Over75, {}, at(day, 8, 10));
        const Ticket a3 = reception.issue(m_anagrafe.id, Priority::None, {}, at(day, 8, 20));
        reception.issue(m_anagrafe.id, Priority::None, {}, at(day, 8, 30)); // A 4, still waiting
        QCOMPARE(a1.code(), QStringLiteral("A 1"));
        QCOMPARE(mario.callNext(m_one.id, at(day, 8, 45))->id, a1.id); // waited 45 min
        QCOMPARE(lucia.callNext(m_two.id, at(day, 8, 50))->id, t1.id); // priority; 40 min
        lucia.noShow(t1.id, m_two.id, at(day, 8, 55));
        mario.close(a1.id, m_one.id, Outcome::Resolved, QStringLiteral("=1+2"), {}, at(day, 9, 0)); // 15 min
        QCOMPARE(lucia.callNext(m_two.id, at(day, 9, 0))->id, a2.id);                               // 55 min
        QCOMPARE(mario.callNext(m_one.id, at(day, 9, 2, 30))->id, a3.id); // 42.5 min, still there
        lucia.close(a2.id, m_two.id, Outcome::MissingDocuments, m_notesA2, m_luca, at(day, 9, 12)); // 12 min
        const Ticket walkIn = lucia.serveWithoutTicket(m_two.id, m_tributi.id, at(day, 9, 15));
        lucia.close(walkIn.id, m_two.id, Outcome::Referred, {}, {}, at(day, 9, 25)); // 10 min
        reception.issue(m_tributi.id, Priority::None, {}, at(day, 9, 20));           // T 2, waiting
    }

    void dayFigures()
    {
        const Storage::DayFigures f = figuresFor(Role::Operatore).figures(day, at(day, 9, 30, 59));
        QCOMPARE(f.services.size(), 2);
        const Storage::ServiceFigures &a = f.services.at(0);
        QCOMPARE(a.serviceId, m_anagrafe.id);
        QCOMPARE(a.name, QStringLiteral("Anagrafe"));
        QCOMPARE(a.prefix, QStringLiteral("A"));
        QCOMPARE(a.waiting, 1);
        QCOMPARE(a.longestWaitingMinutes, 60); // A 4 since 8:30; 60 min 59 s are 60 whole minutes
        QCOMPARE(a.served, 2);
        const Storage::ServiceFigures &t = f.services.at(1);
        QCOMPARE(t.name, QStringLiteral("Tributi"));
        QCOMPARE(t.waiting, 1);
        QCOMPARE(t.longestWaitingMinutes, 10);
        QCOMPARE(t.served, 1); // the request without a ticket

        QCOMPARE(f.counters.size(), 2);
        QCOMPARE(f.counters.at(0).counterId, m_one.id);
        QCOMPARE(f.counters.at(0).number, 1);
        QCOMPARE(f.counters.at(0).name, QStringLiteral("Stato civile"));
        QCOMPARE(f.counters.at(0).served, 1);
        QCOMPARE(f.counters.at(0).noShows, 0);
        QCOMPARE(f.counters.at(1).number, 2);
        QCOMPARE(f.counters.at(1).served, 2);
        QCOMPARE(f.counters.at(1).noShows, 1);

        QCOMPARE(f.waiting, 2);
        QCOMPARE(f.served, 3);
        QCOMPARE(f.noShows, 1);
        // Called tickets: 45, 40, 55, 42.5 minutes; the walk-in never waited.
        QCOMPARE(f.averageWaitMinutes, (45 + 40 + 55 + 42.5) / 4);
        QCOMPARE(f.longestWaitMinutes, 55);
        // Served: 15, 12 and 10 minutes.
        QCOMPARE(f.averageServiceMinutes, 37.0 / 3);

        // The day before stands alone.
        const Storage::DayFigures before =
            figuresFor(Role::Responsabile).figures(dayBefore, at(dayBefore, 18, 0));
        QCOMPARE(before.served, 1);
        QCOMPARE(before.noShows, 1);
        QCOMPARE(before.waiting, 0);
        QCOMPARE(before.averageWaitMinutes, 10.0);
        QCOMPARE(before.longestWaitMinutes, 10);
        QCOMPARE(before.averageServiceMinutes, 10.0);
        QCOMPARE(before.counters.at(0).served, 1);
        QCOMPARE(before.counters.at(0).noShows, 1);

        // A quiet day: every service and counter, all at zero.
        const Storage::DayFigures empty =
            figuresFor(Role::Operatore).figures(day.addDays(1), at(day.addDays(1), 9, 0));
        QCOMPARE(empty.services.size(), 2);
        QCOMPARE(empty.counters.size(), 2);
        QCOMPARE(empty.served + empty.waiting + empty.noShows, 0);
        QCOMPARE(empty.averageWaitMinutes, 0.0);
    }

    void readingNeedsViewFigures()
    {
        const QueueFigures nobody(*m_db->database, m_db->office.branchId);
        QVERIFY_THROWS_EXCEPTION(Security::PermissionDenied, nobody.figures(day, at(day, 9, 0)));
        QVERIFY_THROWS_EXCEPTION(Security::PermissionDenied, nobody.history({}, 10, 0));
        QVERIFY_THROWS_EXCEPTION(Security::PermissionDenied, nobody.historyCount({}));
        const QueueFigures volunteer = figuresFor(Role::Facilitatore);
        QVERIFY_THROWS_EXCEPTION(Security::PermissionDenied, volunteer.figures(day, at(day, 9, 0)));
        QVERIFY_THROWS_EXCEPTION(Security::PermissionDenied, volunteer.history({}, 10, 0));
        // The call display is public.
        QCOMPARE(nobody.recentCalls(day).size(), 4);
    }

    void historyFilters_data()
    {
        QTest::addColumn<HistoryFilter>("filter");
        QTest::addColumn<QStringList>("expected");
        const auto filter = [](const QDate &from, const QDate &to) {
            HistoryFilter f;
            f.from = from;
            f.to = to;
            return f;
        };
        const QStringList theDay{QStringLiteral("T 2/20"), QStringLiteral("—/20"),   QStringLiteral("A 4/20"),
                                 QStringLiteral("A 3/20"), QStringLiteral("T 1/20"), QStringLiteral("A 2/20"),
                                 QStringLiteral("A 1/20")};
        QTest::newRow("one day") << filter(day, day) << theDay;
        QTest::newRow("two days") << filter(dayBefore, day)
                                  << theDay + QStringList{QStringLiteral("A 2/19"), QStringLiteral("A 1/19")};
        QTest::newRow("open dates") << HistoryFilter{}
                                    << theDay +
                                           QStringList{QStringLiteral("A 2/19"), QStringLiteral("A 1/19")};
        QTest::newRow("day before") << filter(dayBefore, dayBefore)
                                    << QStringList{QStringLiteral("A 2/19"), QStringLiteral("A 1/19")};
        QTest::newRow("no day") << filter(day.addDays(1), day.addDays(5)) << QStringList{};
        HistoryFilter f = filter(dayBefore, day);
        f.serviceId = m_tributi.id;
        QTest::newRow("service") << f
                                 << QStringList{QStringLiteral("T 2/20"), QStringLiteral("—/20"),
                                                QStringLiteral("T 1/20")};
        f = filter(dayBefore, day);
        f.outcome = Outcome::Resolved;
        QTest::newRow("outcome") << f << QStringList{QStringLiteral("A 1/20"), QStringLiteral("A 1/19")};
        f = filter(dayBefore, day);
        f.username = QStringLiteral("lucia");
        QTest::newRow("operator") << f
                                  << QStringList{QStringLiteral("—/20"), QStringLiteral("T 1/20"),
                                                 QStringLiteral("A 2/20")};
        f = filter(dayBefore, day);
        f.citizenId = m_rossi;
        QTest::newRow("citizen") << f << QStringList{QStringLiteral("A 1/20"), QStringLiteral("A 1/19")};
        f.citizenId = m_luca; // named at the close
        QTest::newRow("citizen at close") << f << QStringList{QStringLiteral("A 2/20")};
        f = filter(dayBefore, day);
        f.citizenText = QStringLiteral("ross");
        QTest::newRow("surname") << f << QStringList{QStringLiteral("A 1/20"), QStringLiteral("A 1/19")};
        f.citizenText = QStringLiteral("cntchr83t41d969d");
        QTest::newRow("codice fiscale") << f << QStringList{QStringLiteral("A 2/20")};
        f.citizenText = QStringLiteral("%");
        QTest::newRow("wildcard typed") << f << QStringList{};
        f = filter(day, day);
        f.outcome = Outcome::Resolved;
        f.username = QStringLiteral("mario");
        f.citizenId = m_rossi;
        f.serviceId = m_anagrafe.id;
        QTest::newRow("combined") << f << QStringList{QStringLiteral("A 1/20")};
        f.username = QStringLiteral("lucia");
        QTest::newRow("combined, none") << f << QStringList{};
    }

    void historyFilters()
    {
        QFETCH(HistoryFilter, filter);
        QFETCH(QStringList, expected);
        const QueueFigures figures = figuresFor(Role::Operatore);
        QCOMPARE(codes(figures.history(filter, 100, 0)), expected);
        QCOMPARE(figures.historyCount(filter), expected.size());
    }

    void historyRow()
    {
        HistoryFilter filter;
        filter.from = day;
        filter.to = day;
        const QList<Storage::HistoryRow> rows = figuresFor(Role::Responsabile).history(filter, 100, 0);
        const Storage::HistoryRow &a2 = rows.at(5);
        QCOMPARE(a2.code, QStringLiteral("A 2"));
        QCOMPARE(a2.date, day);
        QCOMPARE(a2.serviceName, QStringLiteral("Anagrafe"));
        QCOMPARE(a2.priority, Priority::None);
        QCOMPARE(a2.issuedAt, at(day, 8, 5));
        QCOMPARE(a2.calledAt, at(day, 9, 0));
        QCOMPARE(a2.closedAt, at(day, 9, 12));
        QCOMPARE(a2.waitMinutes, std::optional(55));
        QCOMPARE(a2.serviceMinutes, std::optional(12));
        QCOMPARE(a2.counterNumber, 2);
        QCOMPARE(a2.status, Status::Done);
        QCOMPARE(a2.outcome, std::optional(Outcome::MissingDocuments));
        QCOMPARE(a2.servedBy, QStringLiteral("lucia"));
        QCOMPARE(a2.citizenId, m_luca);
        QCOMPARE(a2.citizenName, QStringLiteral("Lucà Niccolò"));
        QCOMPARE(a2.codiceFiscale, QStringLiteral("CNTCHR83T41D969D"));
        QCOMPARE(a2.notes, m_notesA2);
        const Storage::HistoryRow &walkIn = rows.at(1);
        QVERIFY(walkIn.walkIn);
        QCOMPARE(walkIn.code, QStringLiteral("—"));
        QVERIFY(!walkIn.waitMinutes);
        QCOMPARE(walkIn.serviceMinutes, std::optional(10));
        const Storage::HistoryRow &a3 = rows.at(3);
        QCOMPARE(a3.waitMinutes, std::optional(42)); // 42 min 30 s
        QVERIFY(!a3.serviceMinutes);
        QVERIFY(!a3.closedAt.isValid());
        const Storage::HistoryRow &t1 = rows.at(4);
        QCOMPARE(t1.status, Status::NoShow);
        QCOMPARE(t1.priority, Priority::Over75);
        QVERIFY(!t1.serviceMinutes); // nobody was served
    }

    void paging()
    {
        const QueueFigures figures = figuresFor(Role::Operatore);
        HistoryFilter filter;
        filter.from = dayBefore;
        filter.to = day;
        QStringList all;
        for (int offset = 0; offset < 12; offset += 4)
            all << codes(figures.history(filter, 4, offset));
        QCOMPARE(all, codes(figures.history(filter, 100, 0)));
        QCOMPARE(figures.history(filter, 4, 8).size(), 1);
        QCOMPARE(figures.history(filter, 4, 12).size(), 0);
        QCOMPARE(figures.operators(dayBefore, day),
                 (QStringList{QStringLiteral("lucia"), QStringLiteral("mario"), QStringLiteral("recept")}));
        QCOMPARE(figures.operators(dayBefore, dayBefore), QStringList{QStringLiteral("mario")});
    }

    void exportBytes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("richieste.csv"));
        HistoryFilter filter;
        filter.from = day;
        filter.to = day;
        const Storage::WriteContext boss = as(m_db->context, QStringLiteral("capo"), Role::Responsabile);
        QCOMPARE(figuresFor(Role::Responsabile).exportHistory(filter, path, boss), 7);
        const QByteArray expected =
            "\xEF\xBB\xBF"
            "Date;Ticket;Service;Priority;Issued;Called;Closed;Wait (min);Service time (min);Counter;Status;"
            "Outcome;Operator;Citizen;Codice fiscale;Notes\r\n"
            "20/11/2026;T 2;Tributi;No priority;09:20;;;;;;Waiting;;recept;;;\r\n"
            "20/11/2026;\xE2\x80\x94;Tributi;No priority;09:15;09:15;09:25;;10;2;Served;Sent to another "
            "office;"
            "lucia;;;\r\n"
            "20/11/2026;A 4;Anagrafe;No priority;08:30;;;;;;Waiting;;recept;;;\r\n"
            "20/11/2026;A 3;Anagrafe;No priority;08:20;09:02;;42;;1;Called;;mario;;;\r\n"
            "20/11/2026;T 1;Tributi;Over 75;08:10;08:50;08:55;40;;2;Did not come;;lucia;;;\r\n"
            "20/11/2026;A 2;Anagrafe;No priority;08:05;09:00;09:12;55;12;2;Served;Documents missing;lucia;"
            "Luc\xC3\xA0 Niccol\xC3\xB2;CNTCHR83T41D969D;"
            "\"Manca il \"\"modulo\"\"; ripassa\ndomani \xE2\x80\x94 pi\xC3\xB9 tardi\"\r\n"
            "20/11/2026;A 1;Anagrafe;No priority;08:00;08:45;09:00;45;15;1;Served;Resolved;mario;Rossi Mario;"
            "RSSMRA80A01H501U;'=1+2\r\n";
        const QByteArray written = readAll(path);
        QCOMPARE(written, expected);

        // Audited, with the filter and the count.
        Storage::AuditLog::Filter audit;
        audit.action = Security::AuditAction::exportData;
        const QList<Security::AuditEntry> entries =
            Storage::AuditLog(*m_db->database, Test::clerk(Role::Responsabile)).entries(audit);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().username, QStringLiteral("capo"));
        QCOMPARE(entries.first().entity, QStringLiteral("queue_ticket"));
        const QJsonObject details = entries.first().details;
        QCOMPARE(details.value(QStringLiteral("rows")).toInt(), 7);
        QCOMPARE(details.value(QStringLiteral("file")).toString(), QStringLiteral("richieste.csv"));
        const QJsonObject dates = details.value(QStringLiteral("dates")).toObject();
        QCOMPARE(dates.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-20"));
        QCOMPARE(dates.value(QStringLiteral("to")).toString(), QStringLiteral("2026-11-20"));

        // Filtered: only what the filter shows.
        filter.username = QStringLiteral("mario");
        QCOMPARE(figuresFor(Role::Responsabile).exportHistory(filter, path, boss), 2);
        QCOMPARE(readAll(path).count("\r\n"), 3);
        QCOMPARE(Storage::AuditLog(*m_db->database, Test::clerk(Role::Responsabile))
                     .entries(audit)
                     .first()
                     .details.value(QStringLiteral("operator"))
                     .toString(),
                 QStringLiteral("mario"));
    }

    void exportRefusedToOperatore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("richieste.csv"));
        const Storage::WriteContext clerk = as(m_db->context, QStringLiteral("mario"), Role::Operatore);
        QVERIFY_THROWS_EXCEPTION(Security::PermissionDenied,
                                 figuresFor(Role::Operatore).exportHistory(HistoryFilter{}, path, clerk));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{});
        Storage::WriteContext nobody = m_db->context;
        nobody.actor.reset();
        QVERIFY_THROWS_EXCEPTION(Security::PermissionDenied,
                                 figuresFor(Role::Responsabile).exportHistory(HistoryFilter{}, path, nobody));
    }

    void exportToAFolderThatCannotBeWritten()
    {
        QTemporaryDir dir;
        // A "folder" that is a file: refused even to root.
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QVERIFY(QFile(blocker).open(QIODevice::WriteOnly));
        const QString path = blocker + QStringLiteral("/richieste.csv");
        const Storage::WriteContext boss = as(m_db->context, QStringLiteral("capo"), Role::Responsabile);
        const int exportsBefore =
            Storage::Sql::scalar(m_db->database->connection(),
                                 QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'export'"))
                .toInt();
        try {
            figuresFor(Role::Responsabile).exportHistory(HistoryFilter{}, path, boss);
            QFAIL("exported into a file");
        } catch (const Storage::StorageError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("richieste.csv")), qPrintable(error.message()));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("file")});
        // Nothing written, nothing audited.
        QCOMPARE(
            Storage::Sql::scalar(m_db->database->connection(),
                                 QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'export'"))
                .toInt(),
            exportsBefore);
    }

    void queryPlans()
    {
        // The statements of queuefigures.cpp, as the planner sees them: a one-day reading and a
        // date range go through an index of 0005_queue.sql, never through the whole table.
        const QSqlDatabase db = m_db->database->connection();
        const auto plan = [&](const QString &sql, const QVariantList &values) {
            QSqlQuery q = Storage::Sql::execList(db, QStringLiteral("EXPLAIN QUERY PLAN ") + sql, values);
            QStringList lines;
            while (q.next())
                lines << q.value(3).toString();
            return lines.join(QLatin1Char('\n'));
        };
        const QString b = m_db->office.branchId;
        const QString dayText = day.toString(Qt::ISODate);
        const QString figures =
            plan(QStringLiteral("SELECT current_service_id, status, counter_id, walk_in, issued_at, "
                                "queued_at, called_at, closed_at FROM queue_ticket "
                                "WHERE owner_branch_id = ? AND business_date = ?"),
                 {b, dayText});
        QVERIFY2(figures.contains(QStringLiteral("USING INDEX")), qPrintable(figures));
        QVERIFY2(!figures.contains(QStringLiteral("SCAN")), qPrintable(figures));
        const QString history = plan(
            QStringLiteral(
                "SELECT t.id FROM queue_ticket t LEFT JOIN queue_service s ON s.id = t.current_service_id "
                "LEFT JOIN queue_counter co ON co.id = t.counter_id LEFT JOIN citizen c ON c.id = "
                "t.request_citizen_id WHERE t.owner_branch_id = ? AND t.business_date >= ? AND "
                "t.business_date <= ? AND (c.surname LIKE ? ESCAPE '\\' OR c.codice_fiscale = ?) "
                "ORDER BY t.business_date DESC, t.issued_at DESC, t.id DESC LIMIT ? OFFSET ?"),
            {b, dayText, dayText, QStringLiteral("r%"), QStringLiteral("X"), 100, 0});
        QVERIFY2(history.contains(QStringLiteral("SEARCH t USING INDEX")), qPrintable(history));
        QVERIFY2(!history.contains(QStringLiteral("SCAN t")), qPrintable(history));
        QVERIFY2(!history.contains(QStringLiteral("SCAN c")), qPrintable(history));
    }

    void csvLines()
    {
        QCOMPARE(CsvWriter::line({QStringLiteral("a"), QStringLiteral("b c"), QString()}),
                 QByteArray("a;b c;\r\n"));
        QCOMPARE(CsvWriter::line({QStringLiteral("x;y")}), QByteArray("\"x;y\"\r\n"));
        QCOMPARE(CsvWriter::line({QStringLiteral("dice \"sì\"")}),
                 QByteArray("\"dice \"\"s\xC3\xAC\"\"\"\r\n"));
        QCOMPARE(CsvWriter::line({QStringLiteral("uno\ndue"), QStringLiteral("tre\rquattro")}),
                 QByteArray("\"uno\ndue\";\"tre\rquattro\"\r\n"));
        // What a spreadsheet would run is shown as text.
        QCOMPARE(CsvWriter::line({QStringLiteral("=1+2"), QStringLiteral("+39 333"), QStringLiteral("-5"),
                                  QStringLiteral("@SUM(A1)"), QStringLiteral("\tx"), QStringLiteral("\rx")}),
                 QByteArray("'=1+2;'+39 333;'-5;'@SUM(A1);'\tx;\"'\rx\"\r\n"));
        QCOMPARE(CsvWriter::line({QStringLiteral("=HYPERLINK(\"http://x\";\"y\")")}),
                 QByteArray("\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"\r\n"));
        QCOMPARE(CsvWriter::line({QStringLiteral("a=b"), QStringLiteral("3-2")}), QByteArray("a=b;3-2\r\n"));
        QCOMPARE(CsvWriter::line({}), QByteArray("\r\n"));
    }

    void csvWriterIsAtomic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        {
            CsvWriter writer(path);
            QVERIFY(writer.begin({QStringLiteral("Città"), QStringLiteral("N")}));
            QVERIFY(writer.addRow({QStringLiteral("Forlì"), QStringLiteral("1")}));
            QVERIFY(writer.finish());
            QCOMPARE(writer.rows(), 1);
            QVERIFY(writer.errorString().isEmpty());
        }
        const QByteArray first = "\xEF\xBB\xBF"
                                 "Citt\xC3\xA0;N\r\nForl\xC3\xAC;1\r\n";
        QCOMPARE(readAll(path), first);
        {
            // Gone away unfinished: the old file stays, no temporary file is left.
            CsvWriter writer(path);
            QVERIFY(writer.begin({QStringLiteral("altro")}));
            QVERIFY(writer.addRow({QStringLiteral("x")}));
        }
        QCOMPARE(readAll(path), first);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("out.csv")});

        // A folder that does not exist.
        CsvWriter missing(dir.filePath(QStringLiteral("nowhere/out.csv")));
        QVERIFY(!missing.begin({QStringLiteral("a")}));
        QVERIFY(!missing.errorString().isEmpty());
        QVERIFY(!missing.addRow({QStringLiteral("b")}));
        QVERIFY(!missing.finish());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nowhere/out.csv"))));

        // A folder without write permission (root writes anywhere: there, a file in the way).
        const QString locked = dir.filePath(QStringLiteral("locked"));
        QString target;
        if (geteuid() != 0) {
            QVERIFY(QDir().mkpath(locked));
            QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            target = locked + QStringLiteral("/out.csv");
        } else {
            QFile blocker(locked);
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            target = locked + QStringLiteral("/out.csv");
        }
        CsvWriter refused(target);
        QVERIFY(!refused.begin({QStringLiteral("a")}));
        QVERIFY2(refused.errorString().contains(QStringLiteral("out.csv")),
                 qPrintable(refused.errorString()));
        QVERIFY(!refused.finish());
        QVERIFY(!QFile::exists(target));
        if (geteuid() != 0) {
            QCOMPARE(QDir(locked).entryList(QDir::Files | QDir::Hidden), QStringList{});
            QFile::setPermissions(locked,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
    }
};

QTEST_GUILESS_MAIN(TestQueueFigures)
#include "tst_queuefigures.moc"
