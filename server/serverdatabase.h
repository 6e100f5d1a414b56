// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "storage/database.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace Sportello::Storage {
class Transaction;
}

namespace Sportello::Server {

// Everything that differs between SQLite and PostgreSQL, in one place: how to connect, how the
// schema is versioned, how a write transaction starts, how a tenant's sequence row is locked and
// how other server processes learn that a push committed. ServerStore writes the SQL that both
// understand and asks this class for the rest.
class ServerDatabase {
public:
    // `location`: a SQLite file path, or postgresql://USER[:PASSWORD]@HOST[:PORT]/DB.
    explicit ServerDatabase(const QString &location);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    static bool isPostgresUrl(const QString &location);
    bool isPostgres() const { return m_postgres; }

    // Connects and brings the schema to the latest version (one transaction per open).
    Storage::OpenResult open();
    QSqlDatabase connection() const;

    // Appended to the SELECT of the tenant's sequence row at the start of a push. SQLite needs
    // nothing: BEGIN IMMEDIATE already holds the one write lock of the file.
    QString lockRowSuffix() const;
    // Inside the push transaction: tells every server process, once the transaction commits, that
    // the tenant has new changes (PostgreSQL NOTIFY is delivered only on commit). No-op on SQLite,
    // where one process serves the file and wakes its own waiters.
    void announceChanges(const QString &tenantId);
    // Calls `wake` with a tenant id whenever any server process committed changes for it.
    // PostgreSQL only (a LISTEN on its own connection); false when it could not subscribe.
    bool listenForChanges(std::function<void(const QString &tenantId)> wake);

    // A write transaction, rolled back unless committed.
    class Transaction {
    public:
        explicit Transaction(ServerDatabase &database);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        void commit();

    private:
        std::unique_ptr<Storage::Transaction> m_sqlite;
        QSqlDatabase m_db;
        bool m_open = false;
    };

private:
    Storage::OpenResult openPostgres();
    Storage::OpenResult migratePostgres();
    void configure(QSqlDatabase &db) const;

    bool m_postgres = false;
    QString m_location;
    std::unique_ptr<Storage::Database> m_sqlite;
    QString m_connectionName;
    QString m_listenName;
};

} // namespace Sportello::Server
