// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "storage/changenotifier.h"

#include <QFuture>
#include <QSqlDatabase>
#include <QString>
#include <memory>
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

// The verdict of PRAGMA quick_check on the whole file.
struct IntegrityVerdict {
    bool intact = true;
    QString detail; // SQLite's first complaints when not intact
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

    // When the full integrity check runs. BeforeOpening: open() returns after it. InBackground: a
    // file that needs no migration opens at once (a cheap read-only look refuses what is not a
    // database) and the check runs on a worker thread with its own connection; every write
    // waits for its verdict and is refused if it finds damage. A migration always checks first.
    enum class IntegrityCheck { BeforeOpening, InBackground };

    // Integrity check, refusal of newer files, backup and migrations. Call once at start.
    OpenResult open(IntegrityCheck when = IntegrityCheck::BeforeOpening);

    // The verdict of the check of the last open(); ready at once unless it runs in the background.
    QFuture<IntegrityVerdict> integrityCheck() const { return m_integrity; }
    // Waits for the check if it is still running; throws StorageError if it found damage.
    void requireIntact() const;
    // After the background check found damage: closes this thread's connections and moves the file
    // aside, as open() does with a file damaged before use. A later open() creates a new file.
    OpenResult quarantineDamaged();

    QSqlDatabase connection() const;
    // A worker thread calls this before it ends, to close its connection.
    void closeThreadConnection() const;

    QString filePath() const { return m_filePath; }

    int latestSchemaVersion() const;
    static QString defaultFilePath();
    static QString defaultMigrationsFolder();

    // What was written, announced once committed (Transaction does it).
    ChangeNotifier &changes() const { return *m_changes; }

private:
    OpenResult inspectExisting(int &version, bool fullCheck) const;
    OpenResult damaged(const QString &detail) const;
    void closeAllConnections();
    OpenResult migrate(int fromVersion);

    QString m_filePath;
    QString m_migrationsFolder;
    quint64 m_serial;      // tells this Database's connections apart from any other's, for ever
    bool m_usable = false; // set by a successful open(), cleared when the file is moved aside
    QFuture<IntegrityVerdict> m_integrity;
    std::unique_ptr<ChangeNotifier> m_changes = std::make_unique<ChangeNotifier>();
    mutable std::mutex m_namesMutex;
    mutable std::set<QString> m_connectionNames;
};

} // namespace Sportello::Storage
