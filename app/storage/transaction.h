// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QSqlDatabase>

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

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace Sportello::Storage
