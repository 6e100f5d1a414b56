// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "domain/queue.h"
#include "storage/changelog.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class QIODevice;

namespace Sportello::Storage {

class Database;

// One line of the call display: a ticket called (or called again) to a counter.
struct CallShown {
    QString eventId;
    QString ticketId;
    QString code; // "A 12"
    int counterNumber = 0;
    QString counterName;
    QDateTime at;       // UTC
    bool again = false; // a recall
};

// The live figures of one service today.
struct ServiceFigures {
    QString serviceId;
    QString name;
    QString prefix;
    int waiting = 0;
    int longestWaitingMinutes = 0; // of those still waiting: now − queued (a transfer keeps the place)
    int served = 0;                // closed here today, walk-ins included
};

// The live figures of one counter today.
struct CounterFigures {
    QString counterId;
    int number = 0;
    QString name;
    int served = 0;
    int noShows = 0;
};

// A branch's day. Waits are those of the tickets called that day (called − issued), real tickets
// only: a request served without a ticket never waited in the queue. Service times (closed −
// called) are those of the requests served, walk-ins included. Minutes as whole minutes elapsed.
struct DayFigures {
    QList<ServiceFigures> services;
    QList<CounterFigures> counters;
    int waiting = 0;
    int served = 0;
    int noShows = 0;
    double averageWaitMinutes = 0;
    int longestWaitMinutes = 0;
    double averageServiceMinutes = 0;
};

// Which requests the history shows; an empty field means any.
struct HistoryFilter {
    QDate from; // local business dates, inclusive
    QDate to;
    QString serviceId; // as issued or as served (after a transfer)
    std::optional<Domain::Queue::Outcome> outcome;
    QString username;    // who served it last (served_by)
    QString citizenId;   // the person the request was for, or the one named at reception
    QString citizenText; // the beginning of that person's surname, or their codice fiscale
};

// One request (a ticket, or a request served without one) as a supervisor reads it.
struct HistoryRow {
    QString ticketId;
    QDate date;   // business date
    QString code; // "A 12"; "—" without a ticket
    bool walkIn = false;
    QString serviceName; // where it was served (after a transfer, the new service)
    Domain::Queue::Priority priority = Domain::Queue::Priority::None;
    QDateTime issuedAt;                // local time
    QDateTime calledAt;                // local; invalid when never called
    QDateTime closedAt;                // local; invalid when still open
    std::optional<int> waitMinutes;    // called − issued, real tickets only
    std::optional<int> serviceMinutes; // closed − called, served requests only
    int counterNumber = 0;             // 0: no counter
    QString counterName;
    Domain::Queue::Status status = Domain::Queue::Status::Waiting;
    std::optional<Domain::Queue::Outcome> outcome;
    QString servedBy; // username
    QString citizenId;
    QString citizenName; // "Rossi Mario"
    QString codiceFiscale;
    QString notes;
};

// Read-only views of a branch's queue: what the call display, the live figures and the history
// show. The call display is public by nature and needs no permission; the figures and the history
// need Permission::ViewFigures of `reader`, the CSV export Permission::ExportData.
class QueueFigures {
    Q_DECLARE_TR_FUNCTIONS(Sportello::Storage::QueueFigures)
public:
    QueueFigures(const Database &database, QString branchId,
                 std::optional<Security::Actor> reader = std::nullopt);

    // The last `limit` calls and recalls of `day` (local date), newest first.
    QList<CallShown> recentCalls(const QDate &day, int limit = 7) const;

    // The branch's active services and counters (and any other that worked that day) with `day`'s
    // figures; `now` for the waits still running.
    DayFigures figures(const QDate &day, const QDateTime &now) const;

    // Newest first (business date, then time of issue).
    QList<HistoryRow> history(const HistoryFilter &filter, int limit, int offset = 0) const;
    int historyCount(const HistoryFilter &filter) const;
    // Who served requests between these dates, for the filter's list.
    QStringList operators(const QDate &from, const QDate &to) const;

    // Writes every request of `filter` as CSV for Italian spreadsheets (documents/csvwriter.h) to
    // `path`, all or nothing, and records the export in the audit log. Needs ExportData of
    // `context`'s person. Returns the number of rows; throws PermissionDenied, or StorageError
    // (translated) when the file cannot be written.
    int exportHistory(const HistoryFilter &filter, const QString &path, const WriteContext &context) const;
    // The headings of the export, translated.
    static QStringList exportHeadings();
    static QStringList exportFields(const HistoryRow &row);

private:
    QString historyWhere(const HistoryFilter &filter, QVariantList &values) const;
    // `limit` -1: all.
    void readHistory(const HistoryFilter &filter, int limit, int offset,
                     const std::function<void(const HistoryRow &)> &each) const;

    const Database &m_database;
    QString m_branchId;
    std::optional<Security::Actor> m_reader;
};

} // namespace Sportello::Storage
