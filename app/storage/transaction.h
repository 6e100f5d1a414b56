// SPDX-License-Identifier: EUPL-1.2
#pragma once
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
    // throws StorageError if the file is damaged.
    explicit Transaction(const Database &database);
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

private:
    QSqlDatabase m_db;
    bool m_open = false;
    std::vector<std::function<void()>> m_afterCommit;
};

} // namespace Sportello::Storage
