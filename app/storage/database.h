// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QSqlDatabase>
#include <QString>
#include <mutex>
#include <set>

namespace Sportello::Storage {

// What open() found and did, for the start-up code to act on and tell the user.
struct OpenResult {
    enum class Status {
        Ready,   // opened (created or migrated where needed); usable
        TooNew,  // written by a newer Sportello: refused and left untouched
        Damaged, // failed the integrity check: moved aside to quarantinedPath, nothing created
        Failed   // could not be opened or migrated: see message; the file is as it was
    };
    Status status = Status::Failed;
    QString message;         // translated, for staff
    QString detail;          // SQLite's own words (English), for technical support
    QString quarantinedPath; // Damaged
    QString backupPath;      // Ready, when an existing file was migrated
    bool created = false;    // Ready, when the file did not exist
    int fromVersion = 0;
    int toVersion = 0;
    bool ok() const { return status == Status::Ready; }
};

// The one owner of the SQLite file. Every connection it hands out has the same pragmas
// (WAL, synchronous=FULL, foreign keys, busy timeout) and belongs to the thread that asked for
// it: connection() returns the calling thread's own connection, opening it on first use.
class Database {
public:
    explicit Database(QString filePath, QString migrationsFolder = defaultMigrationsFolder());
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Integrity check, refusal of newer files, backup and migrations. Call once at start.
    OpenResult open();

    QSqlDatabase connection() const;
    // A worker thread calls this before it ends, to close its connection.
    void closeThreadConnection() const;

    QString filePath() const { return m_filePath; }

    int latestSchemaVersion() const;
    static QString defaultFilePath();
    static QString defaultMigrationsFolder();

private:
    QString connectionName() const;
    OpenResult inspectExisting(int &version) const;
    OpenResult migrate(int fromVersion);

    QString m_filePath;
    QString m_migrationsFolder;
    mutable std::mutex m_namesMutex;
    mutable std::set<QString> m_connectionNames;
};

} // namespace Sportello::Storage
