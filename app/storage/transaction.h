// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QSqlDatabase>

namespace Sportello::Storage {

// A write transaction (BEGIN IMMEDIATE, so that two writers never deadlock on the upgrade from
// a read lock). Rolled back when it goes out of scope without commit(): an exception anywhere in
// between leaves the file as it was.
class Transaction {
public:
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
