// SPDX-License-Identifier: EUPL-1.2
#include "storage/queuefigures.h"

#include "documents/csvwriter.h"
#include "security/auditentry.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/queuesetup.h"
#include "storage/sql.h"
#include "storage/storageerror.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonObject>

namespace Sportello::Storage {

using namespace Domain::Queue;

namespace {

// Whole minutes elapsed, as a clock shows them.
int wholeMinutes(const QDateTime &from, const QDateTime &to)
{
    return int(qMax<qint64>(0, from.msecsTo(to)) / 60000);
}

const QString historyColumns = QStringLiteral(
    "t.id, t.business_date, t.prefix, t.number, t.walk_in, s.name, t.priority, t.issued_at, t.called_at, "
    "t.closed_at, co.number, co.name, t.status, t.outcome, t.served_by, t.request_citizen_id, c.surname, "
    "c.name, "
    "c.codice_fiscale, t.notes");

// The service where the request is (or was served), its counter and the person it was for.
const QString historyJoins = QStringLiteral(
    " FROM queue_ticket t LEFT JOIN queue_service s ON s.id = t.current_service_id "
    "LEFT JOIN queue_counter co ON co.id = t.counter_id LEFT JOIN citizen c ON c.id = t.request_citizen_id");

HistoryRow historyRowFrom(const QSqlQuery &q)
{
    HistoryRow row;
    row.ticketId = q.value(0).toString();
    row.date = Timestamps::dateFromStorage(q.value(1));
    Ticket ticket;
    ticket.prefix = q.value(2).toString();
    ticket.number = q.value(3).toInt();
    ticket.walkIn = q.value(4).toBool();
    row.code = ticket.code();
    row.walkIn = ticket.walkIn;
    row.serviceName = q.value(5).toString();
    row.priority = priorityFromName(q.value(6).toString()).value_or(Priority::None);
    const QDateTime issued = Timestamps::fromStorage(q.value(7).toString());
    const QDateTime called = Timestamps::optionalFromStorage(q.value(8));
    const QDateTime closed = Timestamps::optionalFromStorage(q.value(9));
    row.issuedAt = issued.toLocalTime();
    row.calledAt = called.isValid() ? called.toLocalTime() : QDateTime();
    row.closedAt = closed.isValid() ? closed.toLocalTime() : QDateTime();
    row.counterNumber = q.value(10).toInt();
    row.counterName = q.value(11).toString();
    row.status = statusFromName(q.value(12).toString()).value_or(Status::Waiting);
    row.outcome = outcomeFromName(q.value(13).toString());
    if (called.isValid() && !row.walkIn)
        row.waitMinutes = wholeMinutes(issued, called);
    if (called.isValid() && closed.isValid() && row.status == Status::Done)
        row.serviceMinutes = wholeMinutes(called, closed);
    row.servedBy = q.value(14).toString();
    row.citizenId = q.value(15).toString();
    if (!q.value(16).isNull())
        row.citizenName = q.value(16).toString() + QLatin1Char(' ') + q.value(17).toString();
    row.codiceFiscale = q.value(18).toString();
    row.notes = q.value(19).toString();
    return row;
}

QString likePrefix(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return escaped + QLatin1Char('%');
}

} // namespace

QueueFigures::QueueFigures(const Database &database, QString branchId, std::optional<Security::Actor> reader)
    : m_database(database)
    , m_branchId(std::move(branchId))
    , m_reader(std::move(reader))
{}

QList<CallShown> QueueFigures::recentCalls(const QDate &day, int limit) const
{
    // The local day's bounds in UTC, so that the (kind, at) index reads only that day's calls.
    const QString from = Timestamps::toStorage(day.startOfDay());
    const QString to = Timestamps::toStorage(day.addDays(1).startOfDay());
    QSqlQuery q = Sql::exec(
        m_database.connection(),
        QStringLiteral(
            "SELECT e.id, t.id, t.prefix, t.number, t.walk_in, c.number, c.name, e.at, e.kind FROM "
            "queue_event e "
            "JOIN queue_ticket t ON t.id = e.ticket_id LEFT JOIN queue_counter c ON c.id = e.counter_id "
            "WHERE e.kind IN ('call', 'recall', 'resume') AND e.at >= ? AND e.at < ? AND e.refused = 0 "
            "AND t.walk_in = 0 AND t.owner_branch_id = ? ORDER BY e.at DESC, e.rowid DESC LIMIT ?"),
        {from, to, m_branchId, limit});
    QList<CallShown> calls;
    while (q.next()) {
        Domain::Queue::Ticket ticket;
        ticket.prefix = q.value(2).toString();
        ticket.number = q.value(3).toInt();
        ticket.walkIn = q.value(4).toBool();
        calls << CallShown{q.value(0).toString(),
                           q.value(1).toString(),
                           ticket.code(),
                           q.value(5).toInt(),
                           q.value(6).toString(),
                           Timestamps::fromStorage(q.value(7).toString()),
                           q.value(8).toString() == QLatin1String("recall")};
    }
    return calls;
}

DayFigures QueueFigures::figures(const QDate &day, const QDateTime &now) const
{
    Security::require(m_reader, Security::Permission::ViewFigures);
    const QueueSetup setup(m_database, WriteContext{m_branchId, {}});
    DayFigures result;
    QHash<QString, qsizetype> serviceAt;
    QHash<QString, qsizetype> counterAt;
    for (const Service &service : setup.services(true)) {
        serviceAt.insert(service.id, result.services.size());
        result.services << ServiceFigures{service.id, service.name, service.prefix, 0, 0, 0};
    }
    for (const Counter &counter : setup.counters(true)) {
        counterAt.insert(counter.id, result.counters.size());
        result.counters << CounterFigures{counter.id, counter.number, counter.name, 0, 0};
    }
    // A service or counter closed during the day still shows what it did.
    const auto serviceFigures = [&](const QString &id) -> ServiceFigures & {
        if (!serviceAt.contains(id)) {
            const std::optional<Service> service = setup.service(id);
            serviceAt.insert(id, result.services.size());
            result.services << ServiceFigures{
                id, service ? service->name : id, service ? service->prefix : QString(), 0, 0, 0};
        }
        return result.services[serviceAt.value(id)];
    };
    const auto counterFigures = [&](const QString &id) -> CounterFigures & {
        if (!counterAt.contains(id)) {
            const std::optional<Counter> counter = setup.counter(id);
            counterAt.insert(id, result.counters.size());
            result.counters << CounterFigures{id, counter ? counter->number : 0,
                                              counter ? counter->name : QString(), 0, 0};
        }
        return result.counters[counterAt.value(id)];
    };

    // The day's requests, through the (branch, business_date) index: a few hundred rows at most, so
    // the arithmetic is done here, in exact milliseconds.
    QSqlQuery q =
        Sql::exec(m_database.connection(),
                  QStringLiteral("SELECT current_service_id, status, counter_id, walk_in, issued_at, "
                                 "queued_at, called_at, closed_at FROM queue_ticket "
                                 "WHERE owner_branch_id = ? AND business_date = ?"),
                  {m_branchId, day.toString(Qt::ISODate)});
    qint64 waitSum = 0;
    int waits = 0;
    qint64 serviceSum = 0;
    int services = 0;
    qint64 longestWait = 0;
    while (q.next()) {
        const QString serviceId = q.value(0).toString();
        const Status status = statusFromName(q.value(1).toString()).value_or(Status::Waiting);
        const QString counterId = q.value(2).toString();
        const bool walkIn = q.value(3).toBool();
        const QDateTime issued = Timestamps::fromStorage(q.value(4).toString());
        const QDateTime called = Timestamps::optionalFromStorage(q.value(6));
        const QDateTime closed = Timestamps::optionalFromStorage(q.value(7));
        if (called.isValid() && !walkIn) {
            const qint64 wait = qMax<qint64>(0, issued.msecsTo(called));
            waitSum += wait;
            ++waits;
            longestWait = qMax(longestWait, wait);
        }
        switch (status) {
        case Status::Waiting: {
            ServiceFigures &service = serviceFigures(serviceId);
            ++service.waiting;
            ++result.waiting;
            const QDateTime queued = Timestamps::fromStorage(q.value(5).toString());
            service.longestWaitingMinutes = qMax(service.longestWaitingMinutes, wholeMinutes(queued, now));
            break;
        }
        case Status::Done:
            ++serviceFigures(serviceId).served;
            if (!counterId.isEmpty())
                ++counterFigures(counterId).served;
            ++result.served;
            if (called.isValid() && closed.isValid()) {
                serviceSum += qMax<qint64>(0, called.msecsTo(closed));
                ++services;
            }
            break;
        case Status::NoShow:
            if (!counterId.isEmpty())
                ++counterFigures(counterId).noShows;
            ++result.noShows;
            break;
        case Status::Called:
        case Status::OnHold:
            break;
        }
    }
    result.averageWaitMinutes = waits > 0 ? double(waitSum) / waits / 60000.0 : 0;
    result.longestWaitMinutes = int(longestWait / 60000);
    result.averageServiceMinutes = services > 0 ? double(serviceSum) / services / 60000.0 : 0;
    return result;
}

QString QueueFigures::historyWhere(const HistoryFilter &filter, QVariantList &values) const
{
    // The business date first: with the (branch, business_date) index only the range is read.
    QString where = QStringLiteral(" WHERE t.owner_branch_id = ?");
    values << m_branchId;
    if (filter.from.isValid()) {
        where += QStringLiteral(" AND t.business_date >= ?");
        values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where += QStringLiteral(" AND t.business_date <= ?");
        values << filter.to.toString(Qt::ISODate);
    }
    if (!filter.serviceId.isEmpty()) {
        where += QStringLiteral(" AND (t.service_id = ? OR t.current_service_id = ?)");
        values << filter.serviceId << filter.serviceId;
    }
    if (filter.outcome) {
        where += QStringLiteral(" AND t.outcome = ?");
        values << outcomeName(*filter.outcome);
    }
    if (!filter.username.isEmpty()) {
        where += QStringLiteral(" AND t.served_by = ?");
        values << filter.username;
    }
    if (!filter.citizenId.isEmpty()) {
        where += QStringLiteral(" AND (t.request_citizen_id = ? OR t.citizen_id = ?)");
        values << filter.citizenId << filter.citizenId;
    }
    const QString text = filter.citizenText.trimmed();
    if (!text.isEmpty()) {
        where += QStringLiteral(" AND (c.surname LIKE ? ESCAPE '\\' OR c.codice_fiscale = ?)");
        values << likePrefix(text) << text.toUpper();
    }
    return where;
}

void QueueFigures::readHistory(const HistoryFilter &filter, int limit, int offset,
                               const std::function<void(const HistoryRow &)> &each) const
{
    QVariantList values;
    const QString where = historyWhere(filter, values);
    values << limit << qMax(0, offset);
    QSqlQuery q =
        Sql::prepare(m_database.connection(),
                     QStringLiteral("SELECT ") + historyColumns + historyJoins + where +
                         QStringLiteral(" ORDER BY t.business_date DESC, t.issued_at DESC, t.id DESC "
                                        "LIMIT ? OFFSET ?"));
    q.setForwardOnly(true); // an export streams its rows: none is kept once written
    for (const QVariant &value : values)
        q.addBindValue(value);
    Sql::exec(q);
    while (q.next())
        each(historyRowFrom(q));
}

QList<HistoryRow> QueueFigures::history(const HistoryFilter &filter, int limit, int offset) const
{
    Security::require(m_reader, Security::Permission::ViewFigures);
    QList<HistoryRow> rows;
    readHistory(filter, qMax(0, limit), offset, [&rows](const HistoryRow &row) { rows << row; });
    return rows;
}

int QueueFigures::historyCount(const HistoryFilter &filter) const
{
    Security::require(m_reader, Security::Permission::ViewFigures);
    QVariantList values;
    const QString where = historyWhere(filter, values);
    QSqlQuery q = Sql::execList(m_database.connection(),
                                QStringLiteral("SELECT count(*)") + historyJoins + where, values);
    return q.next() ? q.value(0).toInt() : 0;
}

QStringList QueueFigures::operators(const QDate &from, const QDate &to) const
{
    Security::require(m_reader, Security::Permission::ViewFigures);
    QSqlQuery q =
        Sql::exec(m_database.connection(),
                  QStringLiteral("SELECT DISTINCT served_by FROM queue_ticket WHERE owner_branch_id = ? AND "
                                 "business_date BETWEEN ? AND ? AND served_by != '' ORDER BY served_by"),
                  {m_branchId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QStringList QueueFigures::exportHeadings()
{
    return {tr("Date"),     tr("Ticket"),     tr("Service"),
            tr("Priority"), tr("Issued"),     tr("Called"),
            tr("Closed"),   tr("Wait (min)"), tr("Service time (min)"),
            tr("Counter"),  tr("Status"),     tr("Outcome"),
            tr("Operator"), tr("Citizen"),    tr("Codice fiscale"),
            tr("Notes")};
}

QStringList QueueFigures::exportFields(const HistoryRow &row)
{
    const QString timeFormat = QStringLiteral("hh:mm");
    const auto time = [&](const QDateTime &at) { return at.isValid() ? at.toString(timeFormat) : QString(); };
    const auto minutes = [](const std::optional<int> &value) {
        return value ? QString::number(*value) : QString();
    };
    return {row.date.toString(QStringLiteral("dd/MM/yyyy")),
            row.code,
            row.serviceName,
            priorityTitle(row.priority),
            time(row.issuedAt),
            time(row.calledAt),
            time(row.closedAt),
            minutes(row.waitMinutes),
            minutes(row.serviceMinutes),
            row.counterNumber > 0 ? QString::number(row.counterNumber) : QString(),
            statusTitle(row.status),
            row.outcome ? outcomeTitle(*row.outcome) : QString(),
            row.servedBy,
            row.citizenName,
            row.codiceFiscale,
            row.notes};
}

int QueueFigures::exportHistory(const HistoryFilter &filter, const QString &path,
                                const WriteContext &context) const
{
    Security::require(context.actor, Security::Permission::ExportData);
    Documents::CsvWriter writer(path);
    if (!writer.begin(exportHeadings()))
        throw StorageError(StorageError::Kind::Sql, writer.errorString());
    bool written = true;
    readHistory(filter, -1, 0,
                [&](const HistoryRow &row) { written = written && writer.addRow(exportFields(row)); });
    if (!written)
        throw StorageError(StorageError::Kind::Sql, writer.errorString());

    QJsonObject details{{QStringLiteral("rows"), writer.rows()},
                        {QStringLiteral("file"), QFileInfo(path).fileName()}};
    if (filter.from.isValid() || filter.to.isValid())
        details.insert(QStringLiteral("dates"),
                       QJsonObject{{QStringLiteral("from"), filter.from.toString(Qt::ISODate)},
                                   {QStringLiteral("to"), filter.to.toString(Qt::ISODate)}});
    if (!filter.serviceId.isEmpty())
        details.insert(QStringLiteral("service"), filter.serviceId);
    if (filter.outcome)
        details.insert(QStringLiteral("outcome"), outcomeName(*filter.outcome));
    if (!filter.username.isEmpty())
        details.insert(QStringLiteral("operator"), filter.username);
    if (!filter.citizenId.isEmpty())
        details.insert(QStringLiteral("citizenId"), filter.citizenId);
    if (!filter.citizenText.trimmed().isEmpty())
        details.insert(QStringLiteral("citizenText"), filter.citizenText.trimmed());
    // The entry and the file land together: if the file cannot take its place, the entry is
    // rolled back; if the entry cannot be written, the file never appears.
    Transaction transaction(m_database);
    AuditLog::append(transaction, context, Security::AuditAction::exportData, Sync::Entity::queueTicket, {},
                     details);
    if (!writer.finish())
        throw StorageError(StorageError::Kind::Sql, writer.errorString());
    transaction.commit();
    return writer.rows();
}

} // namespace Sportello::Storage
