// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "domain/citizen.h"
#include "storage/changelog.h"
#include "storage/storageerror.h"
#include "sync/entitynames.h"

#include <QList>
#include <QSet>
#include <optional>

namespace Sportello::Storage {

class Database;

// One line of a search result: enough to show and pick, without loading whole records.
struct CitizenSummary {
    qint64 seq = 0; // position in the search order (newest first); the key for the next page
    QString id;
    QString surname;
    QString name;
    QString codiceFiscale;
    QString documentNumber;
    QDate birthDate;
    QString phone;
};

// A second record with the same codice fiscale is refused.
class DuplicateCitizenError : public StorageError {
public:
    DuplicateCitizenError(const QString &message, QString existingId)
        : StorageError(Kind::Constraint, message)
        , m_existingId(std::move(existingId))
    {}
    QString existingId() const { return m_existingId; }

private:
    QString m_existingId;
};

// Citizens: every write lands with its change-log entry in one transaction. Methods throw
// StorageError (DuplicateCitizenError for a codice fiscale already registered).
class CitizenRepository {
public:
    CitizenRepository(const Database &database, WriteContext context);
    // After enrolment the branch and device are the ones the central service knows.
    void setWriteContext(WriteContext context) { m_context = std::move(context); }

    Domain::Citizen create(Domain::Citizen citizen);
    // Saves an edit made from `citizen.version`; refused if the record changed in the meantime.
    Domain::Citizen update(const Domain::Citizen &citizen);

    // A version pulled from the server: inserted, or written over the local row when it is at least
    // as new (the server's copy is authoritative), WITHOUT a change-log entry: pulled changes are
    // not pushed back. Opens no transaction: the caller wraps a pulled page in one. Throws
    // DuplicateCitizenError when another record here already has its codice fiscale.
    // `Replace` writes even over a newer local version: for the sync engine, once it knows the
    // local version lost to the server's.
    enum class RemoteApply { Inserted, Updated, Ignored };
    enum class VersionRule { NotOlder, Replace };
    RemoteApply applyRemote(const Domain::Citizen &citizen, VersionRule rule = VersionRule::NotOlder);
    // The same, for a caller that has just read the stored row in the same transaction:
    // `storedVersion` is its version, nullopt when there is no row. Spares a second look-up.
    RemoteApply applyRemote(const Domain::Citizen &citizen, VersionRule rule,
                            std::optional<int> storedVersion);

    std::optional<Domain::Citizen> find(const QString &id) const;
    // Which of `ids` are stored here, in a few reads instead of one per id.
    QSet<QString> existingIds(const QStringList &ids) const;
    std::optional<Domain::Citizen> findByCodiceFiscale(const QString &code) const;
    // Other people whose code differs from this citizen's only by omocodia: not the same person
    // (that is what omocodia is for), but worth a look before a new record is saved.
    QList<Domain::Citizen> omocodiaRelatives(const Domain::Citizen &citizen) const;

    // Search as you type: every word of `text` must start a word of the codice fiscale, surname,
    // name, phone (digits only) or document number. Newest first, `limit` rows after `beforeSeq`
    // (0 for the first page).
    QList<CitizenSummary> search(const QString &text, qint64 beforeSeq = 0, int limit = 100) const;
    qint64 count() const;

    // The FTS5 query for `text`, or empty to match everything; public for tests.
    static QString searchExpression(const QString &text);

private:
    void enforceRules(const Domain::Citizen &citizen, QString *canonical) const;

    const Database &m_database;
    WriteContext m_context;
};

} // namespace Sportello::Storage
