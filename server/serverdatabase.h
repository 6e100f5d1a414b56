// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "storage/database.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>
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
    // A failure that says the database cannot store anything now, whatever was asked: out of disk
    // or memory, read-only, busy, shutting down, a transaction to retry (SQLite's extended result
    // codes, PostgreSQL's SQLSTATE classes). The service answers it 503, so that a PC retries and
    // never takes it for a fault of its own entries (a 500 narrows the batch and parks them).
    static bool isOutage(const QString &databaseCode);
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
    // The listening connection is checked every `checkMs`; when PostgreSQL restarted it is opened
    // and subscribed again, and `wakeAll` is called: what was committed meanwhile went unannounced.
    bool listenForChanges(std::function<void(const QString &tenantId)> wake, std::function<void()> wakeAll,
                          int checkMs = 1000);

    // After a statement failed: false when the connection is fine (the statement itself failed);
    // true when the connection had been lost (PostgreSQL restarted, a network cut) and a new one is
    // open, so the work may run again. Throws StorageError (Kind::Unavailable) when the database
    // cannot be reached. Always false on SQLite, whose file does not go away.
    bool reconnectIfLost();

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
    bool subscribe(QSqlDatabase &db);
    void checkListener();
    Storage::OpenResult migratePostgres();
    void configure(QSqlDatabase &db) const;

    bool m_postgres = false;
    QString m_location;
    std::unique_ptr<Storage::Database> m_sqlite;
    QString m_connectionName;
    QString m_listenName;
    std::function<void(const QString &)> m_wake;
    std::function<void()> m_wakeAll;
    std::unique_ptr<QTimer> m_listenCheck;
    QElapsedTimer m_lastFailedReconnect; // invalid: the last attempt succeeded
    QElapsedTimer m_lastFailedListen;
};

} // namespace Sportello::Server
