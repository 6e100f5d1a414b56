// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "storage/changenotifier.h"

#include <QSet>
#include <QSqlDatabase>
#include <functional>
#include <vector>

namespace Sportello::Storage {

// A write transaction (BEGIN IMMEDIATE, so that two writers never deadlock on the upgrade from
// a read lock). Rolled back when it goes out of scope without commit(): an exception anywhere in
// between leaves the file as it was.
class Database;

class Transaction {
public:
    // On the calling thread's connection; waits for the database's integrity verdict first and
    // throws StorageError if the file is damaged. The kinds of record written in it are announced
    // through the database's ChangeNotifier once it commits, as coming from `origin`.
    explicit Transaction(const Database &database,
                         ChangeNotifier::Origin origin = ChangeNotifier::Origin::ThisPc);
    // On `db` as it is: for the Database itself while it migrates, before the file is in use.
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();
    // Runs `action` once the transaction has committed (never after a rollback): for what must not
    // run ahead of the file, such as the audit log's anchor.
    void afterCommit(std::function<void()> action) { m_afterCommit.push_back(std::move(action)); }
    QSqlDatabase connection() const { return m_db; }
    // Records of `entity` were written in this transaction (ChangeLog::append says so itself).
    void noteChange(const QString &entity) { m_changed.insert(entity); }
    // The transaction open on the calling thread, or none: for writers that are handed only a
    // connection.
    static Transaction *current();

private:
    QSqlDatabase m_db;
    const Database *m_database = nullptr;
    ChangeNotifier::Origin m_origin = ChangeNotifier::Origin::ThisPc;
    QSet<QString> m_changed;
    Transaction *m_outer = nullptr; // the thread's current transaction before this one (another connection's)
    bool m_open = false;
    std::vector<std::function<void()>> m_afterCommit;
};

} // namespace Sportello::Storage
