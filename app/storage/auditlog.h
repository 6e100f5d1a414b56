// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "security/auditentry.h"
#include "storage/changelog.h"
#include "sync/entitynames.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace Sportello::Storage {

class Database;
class Transaction;

// The audit log of docs/audit-log.md: append-only (SQLite triggers refuse UPDATE and DELETE),
// one SHA-256 chain per database, synced like any record (entity "audit_entry", insert-only).
// The head of this database's chain is also written, after each commit, to an anchor file beside
// the database, so that entries cut off the end are noticed too.
class AuditLog {
public:
    // `reader`: the person who reads the log (entries, usernames, verify need
    // Permission::ViewAuditLog); none for the sync engine, which only writes and finds entries.
    explicit AuditLog(const Database &database, std::optional<Security::Actor> reader = std::nullopt);

    // Appends an entry for `context`'s person, PC and branch inside the caller's transaction, with
    // its change-log entry; the anchor follows once the transaction commits.
    static Security::AuditEntry append(Transaction &transaction, const WriteContext &context,
                                       const QString &action, const QString &entity = {},
                                       const QString &recordId = {}, const QJsonObject &details = {});
    // The same in a transaction of its own: for events that write nothing else (login, lock…).
    Security::AuditEntry record(const WriteContext &context, const QString &action,
                                const QString &entity = {}, const QString &recordId = {},
                                const QJsonObject &details = {}) const;

    struct Filter {
        QString username; // exact, empty: anyone
        QString action;   // exact, empty: any
        QDate from;       // local dates, inclusive; invalid: open
        QDate to;
        qint64 beforeSeq = 0; // paging: entries older than this one (0: from the newest)
        int limit = 500;
    };
    // Newest first. `seq` of each is in `seqs` when given (for paging and for pointing at one).
    QList<Security::AuditEntry> entries(const Filter &filter, QList<qint64> *seqs = nullptr) const;
    QStringList usernames() const;

    struct Verdict {
        bool intact = true;
        qint64 entriesChecked = 0;
        int chainsChecked = 0;
        // The first broken link (when not intact): its row here (0 when entries are missing at the
        // end), its chain and place in it, and what is wrong (translated).
        qint64 brokenSeq = 0;
        QString chain;
        qint64 chainSeq = 0;
        QString problem;
    };
    // Walks every chain held here in order of arrival and checks each link; for this database's
    // own chain also that nothing was cut off after the anchored head.
    Verdict verify() const;

    QString chainId() const;
    // A pulled entry of any chain: inserted unless held already. Returns empty, or why it was kept
    // out ("audit_mismatch": another entry holds its place in the chain).
    QString applyRemote(const QJsonObject &payload) const;
    std::optional<Security::AuditEntry> find(const QString &id) const;
    QSet<QString> existingIds(const QStringList &ids) const;

    // The anchor file of `databasePath` (empty for an in-memory database).
    static QString anchorPath(const QString &databasePath);

private:
    const Database &m_database;
    std::optional<Security::Actor> m_reader;
};

} // namespace Sportello::Storage
