// SPDX-License-Identifier: EUPL-1.2
// The walk-in queue with two years of history.
//   bench_queue generate DB COUNT   a branch with 7 services and 6 counters, and COUNT past requests
//                                   over the business days of the last two years, with their events
//   bench_queue run DB              times issue(), callNext() and close() through QueueRepository,
//                                   each a durable commit, and prints the plans of their queries
// See docs/performance.md for the figures and how to reproduce them.
#include "domain/openinghours.h"
#include "domain/queue.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "storage/officerepository.h"
#include "storage/queuerepository.h"
#include "storage/queuesetup.h"
#include "storage/sql.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>
#include <algorithm>
#include <cstdio>

using namespace Sportello;
using namespace Sportello::Domain::Queue;

namespace {

const QString device = QStringLiteral("bench-reception");

Security::Actor manager()
{
    return {QStringLiteral("00000000-0000-4000-8000-0000000000b1"), QStringLiteral("responsabile"),
            Security::Role::Responsabile};
}

Storage::WriteContext contextFor(const Storage::LocalOffice &office)
{
    return {office.branchId, device, manager(), QStringLiteral("Bench")};
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The office's setup, and which counters serve each service.
struct Branch {
    QList<Service> services;
    QList<int> weights; // share of the requests, per service
    QList<Counter> counters;
    QList<QList<int>> countersOf; // per service: indexes into counters
    int totalWeight = 0;

    void index()
    {
        countersOf.clear();
        totalWeight = 0;
        for (int s = 0; s < services.size(); ++s) {
            QList<int> serving;
            for (int c = 0; c < counters.size(); ++c) {
                if (counters.at(c).serviceIds.contains(services.at(s).id))
                    serving << c;
            }
            countersOf << serving;
            totalWeight += weights.at(s);
        }
    }
    int pickService(QRandomGenerator &random) const
    {
        int roll = random.bounded(totalWeight);
        for (int s = 0; s < services.size(); ++s) {
            if ((roll -= weights.at(s)) < 0)
                return s;
        }
        return 0;
    }
};

const QList<std::pair<const char *, int>> serviceShares{
    {"Anagrafe", 30},  {"Stato civile", 15}, {"Tributi", 20},         {"Servizi sociali", 10},
    {"Elettorale", 5}, {"Protocollo", 12},   {"Edilizia privata", 8},
};
const QStringList prefixes{QStringLiteral("A"), QStringLiteral("S"), QStringLiteral("T"), QStringLiteral("P"),
                           QStringLiteral("E"), QStringLiteral("R"), QStringLiteral("U")};
const QList<int> usualMinutes{10, 15, 20, 25, 10, 5, 30};
// Counters 1-6 and the services (by index above) each one calls.
const QList<QList<int>> counterServices{{0}, {0, 1}, {0, 4}, {2}, {3, 5}, {6, 5, 2}};

Branch setUpBranch(Storage::Database &database, const Storage::LocalOffice &office)
{
    Storage::QueueSetup setup(database, contextFor(office));
    Branch branch;
    branch.services = setup.services();
    branch.counters = setup.counters();
    if (branch.services.isEmpty()) {
        for (int s = 0; s < serviceShares.size(); ++s)
            branch.services << setup.save(Service{{},
                                                  0,
                                                  {},
                                                  QString::fromUtf8(serviceShares.at(s).first),
                                                  prefixes.at(s),
                                                  usualMinutes.at(s),
                                                  s,
                                                  true});
        for (int c = 0; c < counterServices.size(); ++c) {
            QStringList ids;
            for (int s : counterServices.at(c))
                ids << branch.services.at(s).id;
            branch.counters << setup.save(Counter{{}, 0, {}, c + 1, {}, ids, true});
        }
    }
    for (const auto &share : serviceShares)
        branch.weights << share.second;
    branch.index();
    return branch;
}

// Writes whole days of requests with plain INSERTs: each ticket's events are made and checked with
// Domain::Queue::apply, so the state columns are exactly what the repository would fold from them.
class DayWriter {
public:
    DayWriter(const QSqlDatabase &db, const Branch &branch, const QString &branchId, quint32 seed)
        : m_db(db)
        , m_branch(branch)
        , m_branchId(branchId)
        , m_random(seed)
    {
        m_ticket = Storage::Sql::prepare(
            db, QStringLiteral(
                    "INSERT INTO queue_ticket (id, owner_branch_id, service_id, prefix, number, "
                    "business_date, priority, citizen_id, issued_at, device_id, issued_by, people_ahead, "
                    "estimated_minutes, walk_in, status, current_service_id, counter_id, head_event_id, "
                    "queued_at, called_at, closed_at, outcome, notes, request_citizen_id, served_by, "
                    "recalls) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?, ?, ?)"));
        m_event = Storage::Sql::prepare(
            db, QStringLiteral("INSERT INTO queue_event (id, ticket_id, after_event_id, payload, at, kind, "
                               "counter_id, confirmed) VALUES (?, ?, ?, ?, ?, ?, ?, 1)"));
    }

    qint64 tickets = 0;
    qint64 events = 0;

    // `count` requests issued between `from` and `to` (local time); the last `waiting` of them are
    // still waiting, every other one is over (served, absent, or served after a transfer).
    void writeDay(const QDate &day, int count, int waiting, QTime from = QTime(8, 30),
                  QTime to = QTime(17, 30))
    {
        QList<int> seconds;
        const int span = from.secsTo(to);
        for (int i = 0; i < count; ++i)
            seconds << m_random.bounded(span);
        std::sort(seconds.begin(), seconds.end());
        QList<int> next(m_branch.services.size(), 0);
        for (int i = 0; i < count; ++i) {
            const QDateTime issued = QDateTime(day, from.addSecs(seconds.at(i)), Qt::LocalTime)
                                         .addMSecs(m_random.bounded(1000))
                                         .toUTC();
            writeRequest(day, issued, next, i >= count - waiting);
        }
    }

private:
    void writeRequest(const QDate &day, const QDateTime &issued, QList<int> &next, bool stillWaiting)
    {
        QRandomGenerator &r = m_random;
        const int s = m_branch.pickService(r);
        const Service &service = m_branch.services.at(s);
        Ticket t;
        t.id = newId();
        t.ownerBranchId = m_branchId;
        t.serviceId = service.id;
        t.prefix = service.prefix;
        t.walkIn = !stillWaiting && r.bounded(100) == 0; // 1%: served with no ticket
        t.number = t.walkIn ? 0 : ++next[s];
        t.businessDate = day;
        const int p = r.bounded(100);
        t.priority = p < 2   ? Priority::Over75
                     : p < 3 ? Priority::Disability
                     : p < 4 ? Priority::Pregnancy
                     : p < 6 ? Priority::Appointment
                             : Priority::None;
        if (t.walkIn)
            t.priority = Priority::None;
        t.issuedAt = issued;
        t.deviceId = device;
        t.issuedBy = QStringLiteral("reception");
        if (!t.walkIn) {
            t.peopleAhead = r.bounded(25);
            t.estimatedMinutes =
                t.peopleAhead * service.usualMinutes / std::max(1, int(m_branch.countersOf.at(s).size()));
        }
        t.state = initialState(t);

        QList<Event> chain;
        QDateTime clock = issued.addSecs(t.walkIn ? 0 : 60 + r.bounded(40 * 60));
        const auto add = [&](EventKind kind, int counter, int afterSeconds) {
            clock = clock.addSecs(afterSeconds).addMSecs(r.bounded(1000));
            Event e;
            e.id = newId();
            e.ownerBranchId = m_branchId;
            e.ticketId = t.id;
            e.after = chain.isEmpty() ? QString() : chain.constLast().id;
            e.kind = kind;
            e.at = clock;
            e.counterId = m_branch.counters.at(counter).id;
            e.deviceId = QStringLiteral("bench-counter-%1").arg(counter + 1);
            e.accountId = manager().accountId;
            e.username = QStringLiteral("sportello%1").arg(counter + 1);
            if (kind == EventKind::Close) {
                const int o = r.bounded(100);
                e.outcome = o < 70   ? Outcome::Resolved
                            : o < 80 ? Outcome::Appointment
                            : o < 90 ? Outcome::MissingDocuments
                            : o < 95 ? Outcome::Referred
                                     : Outcome::Other;
                if (e.outcome == Outcome::Other)
                    e.notes = QStringLiteral("Richiesta di informazioni generali");
            }
            chain << e;
        };
        const auto counterFor = [&](int service) {
            const QList<int> &serving = m_branch.countersOf.at(service);
            return serving.at(r.bounded(int(serving.size())));
        };
        const auto minutes = [&](int usual) { return 60 * (usual / 2 + r.bounded(usual + 1)); };
        if (!stillWaiting) {
            int counter = counterFor(s);
            add(EventKind::Call, counter, 0);
            const int roll = r.bounded(100);
            if (!t.walkIn && roll < 10)
                add(EventKind::Recall, counter, 60);
            if (!t.walkIn && roll < 5) {
                add(EventKind::NoShow, counter, 60); // half of the recalled never come
            } else if (roll >= 90 && roll < 94) {
                // Sent on to another service, served there at once or after a while.
                const int other =
                    (s + 1 + r.bounded(int(m_branch.services.size()) - 1)) % m_branch.services.size();
                add(EventKind::Transfer, counter, minutes(service.usualMinutes / 2 + 1));
                chain.last().serviceId = m_branch.services.at(other).id;
                counter = counterFor(other);
                add(EventKind::Call, counter, 60 * r.bounded(30));
                add(EventKind::Close, counter, minutes(m_branch.services.at(other).usualMinutes));
            } else if (roll >= 94 && roll < 97) {
                // Put on hold for a document, then taken up again.
                add(EventKind::Hold, counter, minutes(3));
                add(EventKind::Resume, counter, minutes(10));
                add(EventKind::Close, counter, minutes(service.usualMinutes));
            } else {
                add(EventKind::Close, counter, minutes(service.usualMinutes));
            }
        }
        for (const Event &e : chain) {
            const Transition step = apply(t.state, e);
            if (!step.state)
                qFatal("generated an impossible event: %s", qPrintable(step.problem));
            t.state = *step.state;
        }
        insertTicket(t);
        for (const Event &e : chain)
            insertEvent(e);
    }

    void insertTicket(const Ticket &t)
    {
        const TicketState &s = t.state;
        const auto time = [](const QDateTime &at) {
            return at.isValid() ? QVariant(Storage::Timestamps::toStorage(at))
                                : QVariant(QMetaType(QMetaType::QString));
        };
        for (const QVariant &v : {QVariant(t.id),
                                  QVariant(t.ownerBranchId),
                                  QVariant(t.serviceId),
                                  QVariant(t.prefix),
                                  QVariant(t.number),
                                  QVariant(t.businessDate.toString(Qt::ISODate)),
                                  QVariant(priorityName(t.priority)),
                                  QVariant(Storage::Timestamps::toStorage(t.issuedAt)),
                                  QVariant(t.deviceId),
                                  QVariant(t.issuedBy),
                                  QVariant(t.peopleAhead),
                                  QVariant(t.estimatedMinutes),
                                  QVariant(t.walkIn),
                                  QVariant(statusName(s.status)),
                                  QVariant(s.serviceId),
                                  QVariant(s.counterId.isNull() ? QStringLiteral("") : s.counterId),
                                  QVariant(s.headEventId.isNull() ? QStringLiteral("") : s.headEventId),
                                  QVariant(Storage::Timestamps::toStorage(s.queuedAt)),
                                  time(s.calledAt),
                                  time(s.closedAt),
                                  QVariant(s.outcome ? outcomeName(*s.outcome) : QStringLiteral("")),
                                  QVariant(s.notes.isNull() ? QStringLiteral("") : s.notes),
                                  QVariant(QStringLiteral("")),
                                  QVariant(s.servedBy),
                                  QVariant(s.recalls)})
            m_ticket.addBindValue(v);
        Storage::Sql::exec(m_ticket);
        ++tickets;
    }

    void insertEvent(const Event &e)
    {
        for (const QVariant &v :
             {QVariant(e.id), QVariant(e.ticketId), QVariant(e.after.isNull() ? QStringLiteral("") : e.after),
              QVariant(QString::fromUtf8(QJsonDocument(toJson(e)).toJson(QJsonDocument::Compact))),
              QVariant(Storage::Timestamps::toStorage(e.at)), QVariant(eventKindName(e.kind)),
              QVariant(e.counterId)})
            m_event.addBindValue(v);
        Storage::Sql::exec(m_event);
        ++events;
    }

    QSqlDatabase m_db;
    const Branch &m_branch;
    QString m_branchId;
    QRandomGenerator m_random;
    QSqlQuery m_ticket;
    QSqlQuery m_event;
};

Storage::LocalOffice officeOf(Storage::Database &database)
{
    Storage::OfficeRepository offices(database);
    return offices.localOffice()
               ? *offices.localOffice()
               : offices.setUp(QStringLiteral("Comune di Prova"), QStringLiteral("00743110157"),
                               QStringLiteral("Sede centrale"), QStringLiteral("SEDE1"));
}

int generate(const QString &path, int count)
{
    Storage::Database database(path);
    if (!database.open().ok())
        return 1;
    const Storage::LocalOffice office = officeOf(database);
    const Branch branch = setUpBranch(database, office);
    const QSqlDatabase db = database.connection();
    // Test data, not records: the generator alone skips the per-commit fsync and uses a big cache.
    Storage::Sql::exec(db, QStringLiteral("PRAGMA synchronous = OFF"));
    Storage::Sql::exec(db, QStringLiteral("PRAGMA cache_size = -524288"));
    // The business days of the two years before today, as the default opening hours see them.
    const Domain::OpeningHours hours = Domain::defaultOpeningHours();
    QList<QDate> days;
    for (QDate day = QDate::currentDate().addYears(-2); day < QDate::currentDate(); day = day.addDays(1)) {
        if (!Domain::hoursOn(hours, day).isEmpty())
            days << day;
    }
    DayWriter writer(db, branch, office.branchId, 20261122);
    QElapsedTimer timer;
    timer.start();
    constexpr int daysPerTransaction = 25;
    for (qsizetype d = 0; d < days.size();) {
        Storage::Transaction transaction(db);
        for (int i = 0; i < daysPerTransaction && d < days.size(); ++i, ++d) {
            // An even share of what is left, so the total is exactly `count`.
            const qint64 left = count - writer.tickets;
            writer.writeDay(days.at(d), int(left / (days.size() - d)), 0);
        }
        transaction.commit();
        std::fprintf(stderr, "\r%lld / %d requests", writer.tickets, count);
    }
    Storage::Sql::exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    std::printf("\ngenerated %lld requests with %lld events over %lld business days (%s to %s) in %.1f s\n",
                writer.tickets, writer.events, qlonglong(days.size()),
                qPrintable(days.constFirst().toString(Qt::ISODate)),
                qPrintable(days.constLast().toString(Qt::ISODate)), timer.elapsed() / 1000.0);
    return 0;
}

void report(const char *label, QList<double> samples)
{
    if (samples.isEmpty())
        return;
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        return samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(q * samples.size())));
    };
    std::printf("  %-34s n=%-4lld median %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %6.2f ms\n", label,
                qlonglong(samples.size()), at(0.5), at(0.9), at(0.99), samples.constLast());
}

// EXPLAIN QUERY PLAN of the statement as the repository sends it: the same text, the same bound
// values (a literal in their place could let SQLite choose differently).
void plan(const QSqlDatabase &db, const char *label, const QString &sql, const QVariantList &values)
{
    std::printf("%s\n", label);
    QSqlQuery q = Storage::Sql::execList(db, QStringLiteral("EXPLAIN QUERY PLAN ") + sql, values);
    while (q.next())
        std::printf("    %s\n", qPrintable(q.value(3).toString()));
}

// Copies of the repository's statements (app/storage/queuerepository.cpp): keep them in step.
void plans(const QSqlDatabase &db, const Branch &branch, const QString &branchId, const QDateTime &now)
{
    const QString day = now.toLocalTime().date().toString(Qt::ISODate);
    const QString service = branch.services.at(0).id;
    std::printf("\nquery plans (SQLite %s; today %s)\n",
                qPrintable(Storage::Sql::scalar(db, QStringLiteral("SELECT sqlite_version()")).toString()),
                qPrintable(day));
    plan(db, "issue: next number",
         QStringLiteral(
             "SELECT max(number) FROM queue_ticket WHERE owner_branch_id = ? AND service_id = ? AND "
             "business_date = ? AND number > 0 AND number BETWEEN ? AND ?"),
         {branchId, service, day, firstNumber(1), lastNumber(1)});
    plan(db, "estimate: people ahead",
         QStringLiteral("SELECT count(*) FROM queue_ticket WHERE owner_branch_id = ? AND business_date = ? "
                        "AND status = 'waiting' AND current_service_id = ? AND (? OR priority != 'none')"),
         {branchId, day, service, true});
    plan(db, "estimate: today's served requests",
         QStringLiteral(
             "SELECT count(*), avg((julianday(closed_at) - julianday(called_at)) * 1440) FROM queue_ticket "
             "WHERE owner_branch_id = ? AND business_date = ? AND status = 'done' AND "
             "current_service_id = ? AND called_at IS NOT NULL"),
         {branchId, day, service});
    const QString serving = QStringLiteral(
        "SELECT c.id FROM queue_counter c, json_each(c.service_ids) j WHERE c.owner_branch_id = ? AND "
        "c.active = 1 AND j.value = ?");
    plan(db, "estimate: counters at work on the service",
         QStringLiteral("SELECT count(DISTINCT counter_id) FROM queue_ticket WHERE owner_branch_id = ? "
                        "AND business_date = ? AND called_at >= ? AND counter_id IN (%1)")
             .arg(serving),
         {branchId, day, Storage::Timestamps::toStorage(now.addSecs(-30 * 60)), branchId, service});
    plan(db, "estimate: counters serving the service",
         QStringLiteral("SELECT count(*) FROM (%1)").arg(serving), {branchId, service});
    const Counter &counter = branch.counters.at(1);
    plan(db, "callNext: the counter's current ticket",
         QStringLiteral("SELECT id FROM queue_ticket WHERE counter_id = ? AND status = 'called' LIMIT 1"),
         {counter.id});
    QVariantList values{branchId, day};
    for (const QString &id : counter.serviceIds)
        values << id;
    plan(db, "callNext: the next ticket",
         QStringLiteral("SELECT id FROM queue_ticket WHERE owner_branch_id = ? AND business_date = ? AND "
                        "status = 'waiting' AND current_service_id IN (%1) AND id NOT IN () "
                        "ORDER BY priority != 'none' DESC, queued_at, number, id LIMIT 1")
             .arg(Storage::Sql::placeholders(counter.serviceIds.size())),
         values);
}

Priority issuedPriority(QRandomGenerator &random)
{
    const int p = random.bounded(100);
    return p < 3   ? Priority::Over75
           : p < 5 ? Priority::Disability
           : p < 8 ? Priority::Appointment
                   : Priority::None;
}

// One counter's cycle: call the next person, then close with an outcome. Counters take turns.
struct Timings {
    QList<double> issue, callNext, callNextNobody, close;
};

double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

// `rounds` times: one ticket issued, then one counter calls and closes. With `waiting` people
// already in the queue, the queue stays that long throughout.
void measure(Storage::QueueRepository &queue, const Branch &branch, const QDateTime &start, int rounds,
             Timings &t)
{
    QRandomGenerator random(42);
    QElapsedTimer clock;
    clock.start();
    // The program's clock: the day's start plus real time passed, so events stay in order.
    const auto now = [&] { return start.addMSecs(clock.elapsed()); };
    for (int i = 0; i < rounds; ++i) {
        const int s = branch.pickService(random);
        QElapsedTimer timer;
        timer.start();
        queue.issue(branch.services.at(s).id, issuedPriority(random), {}, now());
        t.issue << msSince(timer);

        const Counter &counter = branch.counters.at(i % branch.counters.size());
        timer.restart();
        const std::optional<Ticket> called = queue.callNext(counter.id, now());
        (called ? t.callNext : t.callNextNobody) << msSince(timer);
        if (!called)
            continue;
        timer.restart();
        queue.close(called->id, counter.id, Outcome::Resolved, {}, {}, now());
        t.close << msSince(timer);
    }
}

void print(const char *title, const Timings &t)
{
    std::printf("%s\n", title);
    report("issue (number, estimate, commit)", t.issue);
    report("callNext, someone waiting", t.callNext);
    report("callNext, nobody waiting", t.callNextNobody);
    report("close", t.close);
}

int run(const QString &path)
{
    Storage::Database database(path);
    QElapsedTimer check;
    check.start();
    if (!database.open(Storage::Database::IntegrityCheck::BeforeOpening).ok())
        return 1;
    std::printf("open with full integrity check: %lld ms\n", check.elapsed());
    const QSqlDatabase db = database.connection();
    std::printf("journal %s, synchronous %s (2 = FULL)\n",
                qPrintable(Storage::Sql::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString()),
                qPrintable(Storage::Sql::scalar(db, QStringLiteral("PRAGMA synchronous")).toString()));
    const Storage::LocalOffice office = officeOf(database);
    const Branch branch = setUpBranch(database, office);
    Storage::QueueRepository queue(database, contextFor(office));
    std::printf("requests in the file: %lld, events: %lld\n",
                Storage::Sql::scalar(db, QStringLiteral("SELECT count(*) FROM queue_ticket")).toLongLong(),
                Storage::Sql::scalar(db, QStringLiteral("SELECT count(*) FROM queue_event")).toLongLong());

    // "Today" is the first day after the last one in the file, so every run starts a day of its own
    // (each run adds its ~3,000 requests to the history).
    const QDate last = QDate::fromString(
        Storage::Sql::scalar(db, QStringLiteral("SELECT max(business_date) FROM queue_ticket")).toString(),
        Qt::ISODate);
    const QDate quietDay = std::max(last.addDays(1), QDate::currentDate());
    const QDate busyDay = quietDay.addDays(1);

    constexpr int rounds = 500;
    Timings quiet;
    measure(queue, branch, QDateTime(quietDay, QTime(8, 30), Qt::LocalTime), rounds, quiet);
    std::printf("\n");
    print("quiet day (each ticket called as soon as it is issued):", quiet);

    // A busy morning: 1,500 requests already served since 8:30 and 300 people waiting.
    {
        Storage::Transaction transaction(database);
        DayWriter writer(db, branch, office.branchId, 7);
        writer.writeDay(busyDay, 1800, 300, QTime(8, 30), QTime(11, 0));
        transaction.commit();
    }
    Timings busy;
    measure(queue, branch, QDateTime(busyDay, QTime(11, 0), Qt::LocalTime), rounds, busy);
    print("busy day (1,500 served since 8:30, about 300 waiting throughout):", busy);
    std::printf("  still waiting at the end: %lld\n", qlonglong(queue.waiting(busyDay).size()));

    plans(db, branch, office.branchId, QDateTime(busyDay, QTime(11, 30), Qt::LocalTime));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("generate"))
        return generate(args.at(2), args.at(3).toInt());
    if (args.size() >= 3 && args.at(1) == QLatin1String("run"))
        return run(args.at(2));
    std::fprintf(stderr, "usage: bench_queue generate DB COUNT | run DB\n");
    return 2;
}
