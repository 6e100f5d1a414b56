// SPDX-License-Identifier: EUPL-1.2
#include "serverstore.h"

#include "domain/codicefiscale.h"
#include "entityregistry.h"
#include "reasons.h"
#include "security/auditentry.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"
#include "storage/citizenrepository.h"
#include "storage/officerepository.h"
#include "storage/queuerepository.h"
#include "storage/sql.h"
#include "storage/storageerror.h"
#include "storage/timestamps.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>
#include <map>

namespace Sportello::Server {
using Storage::StorageError;
using Transaction = ServerDatabase::Transaction;
using Storage::Sql::exec;
using Storage::Sql::execList;
using Storage::Sql::scalar;
using namespace Sync::Protocol;

namespace {
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString now()
{
    return Storage::Timestamps::toStorage(QDateTime::currentDateTimeUtc());
}

[[noreturn]] void refuse(const QString &message)
{
    throw StorageError(StorageError::Kind::Constraint, message);
}

// No 0/O or 1/I: codes are read aloud and typed by hand.
const QLatin1String codeAlphabet("ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
constexpr int codeLength = 12;

PushResult rejected(const QUuid &id, const Reason &reason, int currentVersion = -1)
{
    return PushResult{id, PushStatus::Rejected, reason, currentVersion};
}
} // namespace

ServerStore::ServerStore(const QString &location)
    : m_database(location)
{}

Storage::OpenResult ServerStore::open()
{
    return m_database.open();
}

template <typename Work> auto ServerStore::onLiveConnection(Work work, bool runAgain)
{
    try {
        return work();
    } catch (const StorageError &error) {
        if (!m_database.reconnectIfLost())
            throw;
        // Unavailable from the transaction's BEGIN: nothing was done, running again is safe.
        if (!runAgain && error.kind() != StorageError::Kind::Unavailable)
            throw StorageError(StorageError::Kind::Unavailable, error.message(),
                               QStringLiteral("connection lost: ") + error.detail());
    }
    return work();
}

EnrolOutcome ServerStore::enrol(const EnrolRequest &request)
{
    // Not run again once under way: had the connection gone during COMMIT, the code would be
    // spent and the PC told it was used. Then the PC asks again, on the new connection.
    return onLiveConnection([&] { return enrolOnce(request); }, false);
}

std::optional<DeviceIdentity> ServerStore::authenticate(const QByteArray &token)
{
    return onLiveConnection([&] { return authenticateOnce(token); });
}

// Run again safely: an entry applied by a commit whose answer was lost is found applied.
PushResponse ServerStore::push(const DeviceIdentity &device, const PushRequest &request)
{
    return onLiveConnection([&] { return pushOnce(device, request); });
}

PullResponse ServerStore::pull(const DeviceIdentity &device, qint64 after, int limit)
{
    return onLiveConnection([&] { return pullOnce(device, after, limit); });
}

QString ServerStore::normalisedCode(const QString &code)
{
    QString out;
    for (const QChar c : code) {
        if (c != u'-' && !c.isSpace())
            out += c.toUpper();
    }
    return out;
}

QString ServerStore::hashHex(const QByteArray &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex());
}

QString ServerStore::addTenant(const QString &name, const QString &codiceFiscale)
{
    const auto code = Domain::CodiceFiscale::parseNumeric(codiceFiscale);
    if (!code)
        refuse(QStringLiteral("Codice fiscale of the comune refused: ") + code.error());
    if (name.trimmed().isEmpty())
        refuse(QStringLiteral("The name of the comune is required."));
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(m_database);
    if (scalar(db, QStringLiteral("SELECT count(*) FROM tenants WHERE codice_fiscale = ?"), {code.value()})
            .toInt() > 0)
        refuse(QStringLiteral("A comune with codice fiscale %1 already exists.").arg(code.value()));
    const QString id = newId();
    exec(db, QStringLiteral("INSERT INTO tenants (id, name, codice_fiscale, created_at) VALUES (?, ?, ?, ?)"),
         {id, name.simplified(), code.value(), now()});
    transaction.commit();
    return id;
}

QString ServerStore::addBranch(const QString &tenantId, const QString &name, const QString &code)
{
    if (const QString problem = Storage::OfficeRepository::validateBranchCode(code); !problem.isEmpty())
        refuse(problem);
    if (name.trimmed().isEmpty())
        refuse(QStringLiteral("The name of the branch is required."));
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(m_database);
    if (scalar(db, QStringLiteral("SELECT count(*) FROM tenants WHERE id = ?"), {tenantId}).toInt() == 0)
        refuse(QStringLiteral("No comune with id %1.").arg(tenantId));
    if (scalar(db, QStringLiteral("SELECT count(*) FROM branches WHERE tenant_id = ? AND code = ?"),
               {tenantId, code})
            .toInt() > 0)
        refuse(QStringLiteral("This comune already has a branch with code %1.").arg(code));
    const QString id = newId();
    exec(
        db,
        QStringLiteral("INSERT INTO branches (id, tenant_id, name, code, created_at) VALUES (?, ?, ?, ?, ?)"),
        {id, tenantId, name.simplified(), code, now()});
    transaction.commit();
    return id;
}

QString ServerStore::createEnrolmentCode(const QString &branchId, int validMinutes, QDateTime *expiresAt)
{
    if (validMinutes < 1 || validMinutes > 7 * 24 * 60)
        refuse(QStringLiteral("--valid-minutes must be between 1 and 10080 (one week)."));
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(m_database);
    if (scalar(db, QStringLiteral("SELECT count(*) FROM branches WHERE id = ?"), {branchId}).toInt() == 0)
        refuse(QStringLiteral("No branch with id %1.").arg(branchId));
    QString code;
    for (int i = 0; i < codeLength; ++i)
        code += codeAlphabet[int(QRandomGenerator::system()->bounded(quint32(codeAlphabet.size())))];
    const QDateTime created = QDateTime::currentDateTimeUtc();
    const QDateTime expires = created.addSecs(qint64(validMinutes) * 60);
    exec(
        db,
        QStringLiteral(
            "INSERT INTO enrolment_codes (code_hash, branch_id, created_at, expires_at) VALUES (?, ?, ?, ?)"),
        {hashHex(code.toLatin1()), branchId, Storage::Timestamps::toStorage(created),
         Storage::Timestamps::toStorage(expires)});
    transaction.commit();
    if (expiresAt)
        *expiresAt = expires;
    return code.left(4) + u'-' + code.mid(4, 4) + u'-' + code.mid(8);
}

QList<DeviceRow> ServerStore::devices(const QString &tenantId)
{
    const QSqlDatabase db = m_database.connection();
    if (scalar(db, QStringLiteral("SELECT count(*) FROM tenants WHERE id = ?"), {tenantId}).toInt() == 0)
        refuse(QStringLiteral("No comune with id %1.").arg(tenantId));
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT d.id, b.code, d.name, d.enrolled_at, d.revoked FROM devices d "
                                      "JOIN branches b ON b.id = d.branch_id WHERE d.tenant_id = ? "
                                      "ORDER BY d.enrolled_at, d.id"),
                       {tenantId});
    QList<DeviceRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     Storage::Timestamps::fromStorage(q.value(3).toString()), q.value(4).toBool()});
    return rows;
}

void ServerStore::revokeDevice(const QString &deviceId)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(m_database);
    if (scalar(db, QStringLiteral("SELECT count(*) FROM devices WHERE id = ?"), {deviceId}).toInt() == 0)
        refuse(QStringLiteral("No device with id %1.").arg(deviceId));
    exec(db,
         QStringLiteral("UPDATE devices SET revoked = 1, revoked_at = coalesce(revoked_at, ?) WHERE id = ?"),
         {now(), deviceId});
    m_database.announceChanges(
        scalar(db, QStringLiteral("SELECT tenant_id FROM devices WHERE id = ?"), {deviceId}).toString());
    transaction.commit();
}

EnrolOutcome ServerStore::enrolOnce(const EnrolRequest &request)
{
    EnrolOutcome outcome;
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(m_database);
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT e.branch_id, b.tenant_id, e.expires_at, e.used_at "
                                      "FROM enrolment_codes e JOIN branches b ON b.id = e.branch_id "
                                      "WHERE e.code_hash = ?"),
                       {hashHex(normalisedCode(request.code).toLatin1())});
    if (!q.next()) {
        outcome.httpStatus = 401;
        outcome.reason = Reasons::invalidCode();
        return outcome;
    }
    const QString branchId = q.value(0).toString();
    const QString tenantId = q.value(1).toString();
    const QDateTime expires = Storage::Timestamps::fromStorage(q.value(2).toString());
    const bool used = !q.value(3).isNull();
    q.finish();
    if (used || expires <= QDateTime::currentDateTimeUtc()) {
        outcome.httpStatus = 410;
        outcome.reason = used ? Reasons::codeUsed() : Reasons::codeExpired();
        return outcome;
    }
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), secret.size() / 4);
    const QByteArray token = secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QString deviceId = newId();
    const QString name =
        request.deviceName.simplified().isEmpty() ? QStringLiteral("PC") : request.deviceName.simplified();
    // The smallest ticket series no working PC of the branch has; from the tenth PC on they share
    // the last one (docs/queue.md: only nine PCs of a branch should issue tickets). The branch row
    // is locked first, so that two PCs enrolling at once through two processes never share one.
    exec(db, QStringLiteral("SELECT id FROM branches WHERE id = ?") + m_database.lockRowSuffix(), {branchId});
    QSet<int> taken;
    QSqlQuery series =
        exec(db, QStringLiteral("SELECT ticket_series FROM devices WHERE branch_id = ? AND revoked = 0"),
             {branchId});
    while (series.next())
        taken.insert(series.value(0).toInt());
    int ticketSeries = 1;
    while (ticketSeries < 9 && taken.contains(ticketSeries))
        ++ticketSeries;
    exec(db,
         QStringLiteral("INSERT INTO devices (id, tenant_id, branch_id, name, token_hash, enrolled_at, "
                        "ticket_series) VALUES (?, ?, ?, ?, ?, ?, ?)"),
         {deviceId, tenantId, branchId, name, hashHex(token), now(), ticketSeries});
    // The code is spent only if nobody spent it since it was read: another server process on the
    // same PostgreSQL may be enrolling with it right now. Its UPDATE waits for ours to commit and
    // then matches no row (or the other way round), so exactly one PC gets the code.
    const int spent = exec(db,
                           QStringLiteral("UPDATE enrolment_codes SET used_at = ?, device_id = ? "
                                          "WHERE code_hash = ? AND used_at IS NULL"),
                           {now(), deviceId, hashHex(normalisedCode(request.code).toLatin1())})
                          .numRowsAffected();
    if (spent != 1) {
        outcome.httpStatus = 410;
        outcome.reason = Reasons::codeUsed();
        return outcome; // rolled back: no device
    }
    transaction.commit();
    outcome.response = {deviceId, QString::fromLatin1(token), tenantId, branchId, ticketSeries};
    return outcome;
}

std::optional<DeviceIdentity> ServerStore::authenticateOnce(const QByteArray &token)
{
    if (token.isEmpty() || token.size() > 200)
        return std::nullopt;
    QSqlQuery q = exec(m_database.connection(),
                       QStringLiteral("SELECT id, tenant_id, branch_id FROM devices "
                                      "WHERE token_hash = ? AND revoked = 0"),
                       {hashHex(token)});
    if (!q.next())
        return std::nullopt;
    return DeviceIdentity{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}

namespace {
// A batch is read and written as sets: a few statements per batch instead of five per entry
// (each a round trip on PostgreSQL). Lists are cut to stay far below every bound-parameter limit.
constexpr int rowsPerStatement = int(Storage::Sql::inListChunk);
// Rows per multi-row INSERT, measured (docs/performance.md): Qt's binding slows down more than in
// proportion with the values of one statement, which on SQLite outweighs the statements saved; on
// PostgreSQL every statement is a round trip, so more rows pay.
constexpr int rowsPerInsertSqlite = 10;
constexpr int rowsPerInsertPostgres = 50;

// "(?, ?, ?), (?, ?, ?)": `rows` groups of `columns` placeholders.
QString placeholders(qsizetype rows, int columns)
{
    const QString row = QLatin1Char('(') + Storage::Sql::placeholders(columns) + QLatin1Char(')');
    return QStringList(rows, row).join(QStringLiteral(", "));
}

// Multi-row INSERT of `rows` (each `columns` values, flattened), in slices.
// Returns how many rows the statements inserted or updated.
qsizetype insertRows(const QSqlDatabase &db, int rowsPerInsert, const QString &head, int columns,
                     const QVariantList &rows, const QString &tail = {})
{
    const qsizetype step = qsizetype(rowsPerInsert) * columns;
    qsizetype written = 0;
    for (qsizetype from = 0; from < rows.size(); from += step) {
        const QVariantList slice = rows.mid(from, step);
        written += execList(db, head + placeholders(slice.size() / columns, columns) + tail, slice)
                       .numRowsAffected();
    }
    return written;
}

struct StoredRecord {
    QString tenantId;
    QString ownerBranchId;
    int version = 0;
};
using RecordKey = std::pair<QString, QString>; // entity, record id

// Runs `head` + "(?, ...)" with `fixed` values first and `list` in slices of rowsPerStatement;
// `row` sees each result (none for statements that return nothing).
void selectIn(const QSqlDatabase &db, const QString &head, const QVariantList &fixed, const QStringList &list,
              const std::function<void(const QSqlQuery &)> &row)
{
    for (qsizetype from = 0; from < list.size(); from += rowsPerStatement) {
        const QStringList slice = list.mid(from, rowsPerStatement);
        QSqlQuery q = execList(db, head + placeholders(1, int(slice.size())),
                               fixed + QVariantList(slice.cbegin(), slice.cend()));
        while (row && q.next())
            row(q);
    }
}

// What an applied operation was: the same id with anything else is not a duplicate but a reuse.
struct AppliedOperation {
    QString tenantId;
    QString entity;
    QString recordId;
};

// The operations of the batch that were applied before.
QHash<QString, AppliedOperation> appliedBefore(const QSqlDatabase &db, const QStringList &operationIds)
{
    QHash<QString, AppliedOperation> applied;
    selectIn(db,
             QStringLiteral("SELECT operation_id, tenant_id, entity, record_id FROM applied_operations "
                            "WHERE operation_id IN "),
             {}, operationIds, [&applied](const QSqlQuery &q) {
                 applied.insert(q.value(0).toString(),
                                {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
             });
    return applied;
}

// The records the batch touches, as they are before it. By entity: the key is (entity, record_id).
std::map<RecordKey, StoredRecord> storedRecords(const QSqlDatabase &db,
                                                const QHash<QString, QStringList> &idsByEntity)
{
    std::map<RecordKey, StoredRecord> records;
    for (auto it = idsByEntity.cbegin(); it != idsByEntity.cend(); ++it) {
        const QString entity = it.key();
        selectIn(db,
                 QStringLiteral("SELECT record_id, tenant_id, owner_branch_id, version FROM records "
                                "WHERE entity = ? AND record_id IN "),
                 {entity}, it.value(), [&records, &entity](const QSqlQuery &q) {
                     records[{entity, q.value(0).toString()}] = {q.value(1).toString(), q.value(2).toString(),
                                                                 q.value(3).toInt()};
                 });
    }
    return records;
}

// The comune's usernames the batch names or whose accounts it touches, both ways round.
struct Usernames {
    QHash<QString, QString> holder;    // username -> account id
    QHash<QString, QString> ofAccount; // account id -> username
    void set(const QString &accountId, const QString &username)
    {
        holder.remove(ofAccount.value(accountId)); // a renamed account frees its old name
        holder.insert(username, accountId);
        ofAccount.insert(accountId, username);
    }
};

Usernames storedUsernames(const QSqlDatabase &db, const QString &tenantId, const QStringList &usernames,
                          const QStringList &accountIds)
{
    Usernames names;
    const auto add = [&names](const QSqlQuery &q) {
        names.set(q.value(1).toString(), q.value(0).toString());
    };
    const QString select =
        QStringLiteral("SELECT username, account_id FROM account_usernames WHERE tenant_id = ? AND ");
    selectIn(db, select + QStringLiteral("username IN "), {tenantId}, usernames, add);
    selectIn(db, select + QStringLiteral("account_id IN "), {tenantId}, accountIds, add);
    return names;
}

// The last accepted entry of an audit chain.
struct ChainHead {
    QString tenantId;
    qint64 lastSeq = 0;
    QString lastHash;
};

// By chain id only, whatever the comune: another comune's chain id must be recognised as such.
std::map<QString, ChainHead> storedChainHeads(const QSqlDatabase &db, const QStringList &chainIds)
{
    std::map<QString, ChainHead> heads;
    selectIn(db,
             QStringLiteral(
                 "SELECT chain_id, tenant_id, last_seq, last_hash FROM audit_chains WHERE chain_id IN "),
             {}, chainIds, [&heads](const QSqlQuery &q) {
                 heads[q.value(0).toString()] = {q.value(1).toString(), q.value(2).toLongLong(),
                                                 q.value(3).toString()};
             });
    return heads;
}
// The last accepted event of a ticket and the state it left (docs/queue.md).
struct QueueHead {
    QString tenantId;
    QString branchId;
    Domain::Queue::TicketState state;
};

std::map<QString, QueueHead> storedQueueHeads(const QSqlDatabase &db, const QStringList &ticketIds)
{
    std::map<QString, QueueHead> heads;
    selectIn(
        db,
        QStringLiteral(
            "SELECT ticket_id, tenant_id, branch_id, head_event_id, status, service_id, counter_id "
            "FROM queue_heads WHERE ticket_id IN "),
        {}, ticketIds, [&heads](const QSqlQuery &q) {
            QueueHead head{q.value(1).toString(), q.value(2).toString(), {}};
            head.state.headEventId = q.value(3).toString();
            head.state.status =
                Domain::Queue::statusFromName(q.value(4).toString()).value_or(Domain::Queue::Status::Done);
            head.state.serviceId = q.value(5).toString();
            head.state.counterId = q.value(6).toString();
            heads[q.value(0).toString()] = head;
        });
    return heads;
}
} // namespace

QSet<QString> ServerStore::revokedAmong(const QStringList &deviceIds)
{
    return onLiveConnection([&] {
        QSet<QString> revoked;
        selectIn(m_database.connection(),
                 QStringLiteral("SELECT id FROM devices WHERE revoked = 1 AND id IN "), {}, deviceIds,
                 [&revoked](const QSqlQuery &q) { revoked.insert(q.value(0).toString()); });
        return revoked;
    });
}

PushResponse ServerStore::pushOnce(const DeviceIdentity &device, const PushRequest &request)
{
    PushResponse response;
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(m_database);
    // The tenant row is the sequence. Locked first, before the idempotency checks: a second server
    // process pushing for the same comune waits here, then sees this batch's operations as applied
    // and numbers its own after them, so seq is gap-free and ordered across processes.
    qint64 seq =
        scalar(db, QStringLiteral("SELECT last_seq FROM tenants WHERE id = ?") + m_database.lockRowSuffix(),
               {device.tenantId})
            .toLongLong();
    const qint64 firstSeq = seq;

    QStringList operationIds;
    QHash<QString, QStringList> recordIds;
    QStringList usernames;
    QStringList chainIds;
    QStringList ticketIds;
    for (const PushEntry &entry : request.entries) {
        operationIds << entry.operationId.toString(QUuid::WithoutBraces);
        recordIds[entry.entity] << entry.recordId;
        if (entry.entity == Storage::AccountRepository::entityName)
            usernames << entry.payload.value(QLatin1String("username")).toString();
        else if (entry.entity == Storage::AuditLog::entityName)
            chainIds << entry.payload.value(QLatin1String("chain")).toString();
        else if (entry.entity == Storage::QueueRepository::eventEntity)
            ticketIds << entry.payload.value(QLatin1String("ticketId")).toString();
    }
    QHash<QString, AppliedOperation> applied = appliedBefore(db, operationIds);
    std::map<RecordKey, StoredRecord> records = storedRecords(db, recordIds);
    Usernames names = storedUsernames(db, device.tenantId, usernames,
                                      recordIds.value(Storage::AccountRepository::entityName));
    std::map<QString, ChainHead> chains = storedChainHeads(db, chainIds);
    std::map<QString, QueueHead> queueHeads = storedQueueHeads(db, ticketIds);
    QSet<QString> queueHeadsWritten;
    QSet<QString> accountsWritten;
    QSet<QString> chainsWritten;
    std::map<RecordKey, QVariantList> recordRows; // the last state of each record the batch writes
    QVariantList changeRows;
    QVariantList operationRows;
    const QString at = now();

    for (const PushEntry &entry : request.entries) {
        const QString operationId = entry.operationId.toString(QUuid::WithoutBraces);
        if (const auto it = applied.constFind(operationId); it != applied.constEnd()) {
            // A duplicate only when it is the same operation: same comune, same record (perhaps
            // sent under the PC's previous enrolment). Anything else reusing the id is refused,
            // never answered "duplicate" and dropped.
            const bool same = it->tenantId == device.tenantId && it->entity == entry.entity &&
                              it->recordId == entry.recordId;
            response.results.append(same ? PushResult{entry.operationId, PushStatus::Duplicate, {}, -1}
                                         : rejected(entry.operationId, Reasons::operationReused()));
            continue;
        }
        const EntityRules *rules = EntityRegistry::standard().find(entry.entity);
        if (!rules) {
            response.results.append(rejected(entry.operationId, Reasons::unknownEntity(entry.entity)));
            continue;
        }
        if (rules->insertOnly && entry.operation != Operation::Create) {
            response.results.append(rejected(entry.operationId, Reasons::insertOnly()));
            continue;
        }
        const QJsonValue version = entry.payload.value(QLatin1String("version"));
        const int newVersion = version.toInt(-1);
        if (entry.payload.value(QLatin1String("id")).toString() != entry.recordId || newVersion < 1 ||
            version.toDouble() != double(newVersion)) {
            response.results.append(rejected(
                entry.operationId,
                Reasons::invalidRecord(QStringLiteral("payload.id must equal recordId and payload.version "
                                                      "must be a positive integer"))));
            continue;
        }
        if (const QString problem = payloadProblem(*rules, entry.payload); !problem.isEmpty()) {
            response.results.append(rejected(entry.operationId, Reasons::invalidRecord(problem)));
            continue;
        }
        const RecordKey key{entry.entity, entry.recordId};
        const auto stored = records.find(key);
        const bool exists = stored != records.end();
        const bool ours =
            exists && stored->second.tenantId == device.tenantId &&
            (rules->ownership == Ownership::Comune || stored->second.ownerBranchId == device.branchId);
        // The creator stays the owner, whoever updates: the records upsert matches on it.
        const QString owner = exists ? stored->second.ownerBranchId : device.branchId;
        const int storedVersion = exists ? stored->second.version : 0;
        if (entry.operation == Operation::Create) {
            if (exists) {
                response.results.append(
                    rejected(entry.operationId, ours ? Reasons::alreadyExists() : Reasons::notOwner()));
                continue;
            }
            if (newVersion != 1) {
                response.results.append(rejected(
                    entry.operationId, Reasons::invalidRecord(QStringLiteral("a new record has version 1"))));
                continue;
            }
        } else {
            if (!exists) {
                response.results.append(rejected(entry.operationId, Reasons::recordNotFound()));
                continue;
            }
            if (!ours) {
                response.results.append(rejected(entry.operationId, Reasons::notOwner()));
                continue;
            }
            if (newVersion != storedVersion + 1) {
                response.results.append(
                    rejected(entry.operationId, Reasons::versionConflict(), storedVersion));
                continue;
            }
        }
        if (entry.entity == Storage::AccountRepository::entityName) {
            const QString username = entry.payload.value(QLatin1String("username")).toString();
            if (names.holder.value(username, entry.recordId) != entry.recordId) {
                response.results.append(rejected(entry.operationId, Reasons::usernameTaken()));
                continue;
            }
            names.set(entry.recordId, username); // later entries of the batch see it taken
            accountsWritten.insert(entry.recordId);
        } else if (entry.entity == Storage::AuditLog::entityName) {
            // Shape, sizes and hash were checked above; here only the link to what came before.
            // A refused entry leaves the head where it is, so the rest of its chain is refused too.
            // (A first entry's genesis prevHash is part of that check.)
            const Security::AuditEntry audit = Security::auditEntryFromJson(entry.payload);
            const auto head = chains.find(audit.chain);
            const bool follows = head == chains.end() ? audit.chainSeq == 1
                                                      : head->second.tenantId == device.tenantId &&
                                                            audit.chainSeq == head->second.lastSeq + 1 &&
                                                            audit.prevHash == head->second.lastHash;
            if (!follows) {
                response.results.append(rejected(entry.operationId, Reasons::brokenChain()));
                continue;
            }
            chains[audit.chain] = {device.tenantId, audit.chainSeq, audit.hash};
            chainsWritten.insert(audit.chain);
        } else if (entry.entity == Storage::QueueRepository::ticketEntity) {
            const auto ticket = Domain::Queue::ticketFromJson(entry.payload);
            queueHeads[entry.recordId] = {device.tenantId, owner,
                                          Domain::Queue::initialState(ticket.value())};
            queueHeadsWritten.insert(entry.recordId);
        } else if (entry.entity == Storage::QueueRepository::eventEntity) {
            // Order of arrival decides: an event must follow the ticket's last accepted one. Two
            // counters calling one ticket both follow the same event; the second finds it moved on.
            const Domain::Queue::Event event = Domain::Queue::eventFromJson(entry.payload).value();
            const auto head = queueHeads.find(event.ticketId);
            if (head == queueHeads.end() || head->second.tenantId != device.tenantId) {
                response.results.append(rejected(entry.operationId, Reasons::unknownTicket()));
                continue;
            }
            if (head->second.branchId != device.branchId) {
                response.results.append(rejected(entry.operationId, Reasons::notOwner()));
                continue;
            }
            if (event.after != head->second.state.headEventId) {
                response.results.append(rejected(entry.operationId, Reasons::queueConflict()));
                continue;
            }
            const Domain::Queue::Transition next = Domain::Queue::apply(head->second.state, event);
            if (!next.state) {
                response.results.append(rejected(entry.operationId, Reasons::invalidRecord(next.problem)));
                continue;
            }
            head->second.state = *next.state;
            queueHeadsWritten.insert(event.ticketId);
        }
        // The server is the authority on ownership: what it stores and hands out says so.
        QJsonObject payload = entry.payload;
        payload.insert(QStringLiteral("ownerBranchId"), owner);
        const QString payloadText = QString::fromUtf8(compact(payload));
        ++seq;
        records[key] = {device.tenantId, owner, newVersion}; // later entries see this state
        recordRows[key] = {entry.entity, entry.recordId, device.tenantId, owner, newVersion, payloadText, at};
        changeRows << device.tenantId << seq << entry.entity << entry.recordId << payloadText
                   << device.deviceId << operationId << at;
        operationRows << operationId << device.tenantId << device.deviceId << entry.entity << entry.recordId
                      << seq << at;
        applied.insert(operationId, {device.tenantId, entry.entity, entry.recordId});
        response.results.append(PushResult{entry.operationId, PushStatus::Applied, {}, -1});
    }
    if (seq != firstSeq) {
        const int perInsert = m_database.isPostgres() ? rowsPerInsertPostgres : rowsPerInsertSqlite;
        QVariantList rows;
        for (const auto &[key, row] : recordRows)
            rows << row;
        // A new record is inserted; one that exists takes its new version (owner and comune stay).
        // Only the owner's row is updated: on PostgreSQL another comune's push may have created the
        // same id since the batch was read (only our comune's sequence row is locked). Then fewer
        // rows are written, and the batch is rolled back; its retry sees the record and is refused.
        const qsizetype written = insertRows(
            db, perInsert,
            QStringLiteral("INSERT INTO records (entity, record_id, tenant_id, owner_branch_id, version, "
                           "payload, updated_at) VALUES "),
            7, rows,
            QStringLiteral(" ON CONFLICT (entity, record_id) DO UPDATE SET version = excluded.version, "
                           "payload = excluded.payload, updated_at = excluded.updated_at "
                           "WHERE records.tenant_id = excluded.tenant_id "
                           "AND records.owner_branch_id = excluded.owner_branch_id"));
        if (written != qsizetype(recordRows.size()))
            throw StorageError(
                StorageError::Kind::Constraint,
                QStringLiteral("A record of this batch was written by someone else meanwhile."),
                QStringLiteral("records upsert wrote %1 of %2 rows").arg(written).arg(recordRows.size()));
        insertRows(
            db, perInsert,
            QStringLiteral("INSERT INTO changes (tenant_id, seq, entity, record_id, payload, origin_device, "
                           "operation_id, created_at) VALUES "),
            8, changeRows);
        insertRows(
            db, perInsert,
            QStringLiteral("INSERT INTO applied_operations (operation_id, tenant_id, device_id, entity, "
                           "record_id, received_seq, received_at) VALUES "),
            7, operationRows);
        if (!accountsWritten.isEmpty()) {
            // Deleted and inserted again, not upserted: a batch may hand one account's old name to
            // another, which a row-by-row upsert could trip over on the UNIQUE key.
            const QStringList ids(accountsWritten.cbegin(), accountsWritten.cend());
            selectIn(db, QStringLiteral("DELETE FROM account_usernames WHERE account_id IN "), {}, ids, {});
            QVariantList nameRows;
            for (const QString &id : ids)
                nameRows << id << device.tenantId << names.ofAccount.value(id);
            insertRows(
                db, perInsert,
                QStringLiteral("INSERT INTO account_usernames (account_id, tenant_id, username) VALUES "), 3,
                nameRows);
        }
        if (!chainsWritten.isEmpty()) {
            QVariantList headRows;
            for (const QString &id : std::as_const(chainsWritten)) {
                const ChainHead &head = chains.at(id);
                headRows << id << device.tenantId << head.lastSeq << head.lastHash << at;
            }
            // As for records: on PostgreSQL another comune may have taken the chain id meanwhile.
            const qsizetype heads = insertRows(
                db, perInsert,
                QStringLiteral(
                    "INSERT INTO audit_chains (chain_id, tenant_id, last_seq, last_hash, updated_at) "
                    "VALUES "),
                5, headRows,
                QStringLiteral(" ON CONFLICT (chain_id) DO UPDATE SET last_seq = excluded.last_seq, "
                               "last_hash = excluded.last_hash, updated_at = excluded.updated_at "
                               "WHERE audit_chains.tenant_id = excluded.tenant_id"));
            if (heads != qsizetype(chainsWritten.size()))
                throw StorageError(
                    StorageError::Kind::Constraint,
                    QStringLiteral("An audit chain of this batch was written by someone else meanwhile."),
                    QStringLiteral("audit_chains upsert wrote %1 of %2 rows")
                        .arg(heads)
                        .arg(chainsWritten.size()));
        }
        if (!queueHeadsWritten.isEmpty()) {
            QVariantList headRows;
            // A new ticket has no event and no counter yet: stored as ''.
            using Storage::Sql::text;
            for (const QString &id : std::as_const(queueHeadsWritten)) {
                const QueueHead &head = queueHeads.at(id);
                headRows << id << head.tenantId << head.branchId << text(head.state.headEventId)
                         << Domain::Queue::statusName(head.state.status) << text(head.state.serviceId)
                         << text(head.state.counterId);
            }
            // Tickets are insert-only and only their branch's PCs may add events, all under this
            // comune's sequence lock: no other process can have moved these heads meanwhile.
            insertRows(
                db, perInsert,
                QStringLiteral("INSERT INTO queue_heads (ticket_id, tenant_id, branch_id, head_event_id, "
                               "status, service_id, counter_id) VALUES "),
                7, headRows,
                QStringLiteral(" ON CONFLICT (ticket_id) DO UPDATE SET head_event_id = "
                               "excluded.head_event_id, status = excluded.status, service_id = "
                               "excluded.service_id, counter_id = excluded.counter_id "
                               "WHERE queue_heads.tenant_id = excluded.tenant_id"));
        }
        exec(db, QStringLiteral("UPDATE tenants SET last_seq = ? WHERE id = ?"), {seq, device.tenantId});
        m_database.announceChanges(device.tenantId);
    }
    transaction.commit();
    return response;
}

// What a change adds to its payload in a pull page: seq, entity, ids, keys and punctuation.
constexpr qint64 changeEnvelopeBytes = 200;

PullResponse ServerStore::pullOnce(const DeviceIdentity &device, qint64 after, int limit)
{
    PullResponse response;
    response.next = after;
    // The database already leaves out the rows past the budget (it counts characters, never more
    // than the bytes counted below), so that a page of large records is never read into memory
    // whole. A row is kept while the rows before its predecessor fit: the row that passes the
    // budget and the one after it still come, so that `more` is told even when the first row
    // alone is over the budget.
    QSqlQuery q =
        exec(m_database.connection(),
             QStringLiteral("SELECT seq, entity, record_id, payload, origin_device FROM ("
                            "SELECT seq, entity, record_id, payload, origin_device, "
                            "coalesce(sum(length(payload) + %1) OVER (ORDER BY seq ROWS BETWEEN "
                            "UNBOUNDED PRECEDING AND 2 PRECEDING), 0) AS before_previous FROM changes "
                            "WHERE tenant_id = ? AND seq > ? ORDER BY seq LIMIT ?) AS page "
                            "WHERE before_previous <= ? ORDER BY seq")
                 .arg(changeEnvelopeBytes),
             {device.tenantId, after, limit + 1, maxPullPageBytes});
    qint64 bytes = 0;
    while (q.next()) {
        const QByteArray payload = q.value(3).toString().toUtf8();
        bytes += payload.size() + changeEnvelopeBytes;
        if (response.changes.size() == limit || (!response.changes.isEmpty() && bytes > maxPullPageBytes)) {
            response.more = true;
            break;
        }
        PullChange change;
        change.seq = q.value(0).toLongLong();
        change.entity = q.value(1).toString();
        change.recordId = q.value(2).toString();
        change.payload = QJsonDocument::fromJson(payload).object();
        change.originDevice = q.value(4).toString();
        response.next = change.seq;
        response.changes.append(change);
    }
    return response;
}

} // namespace Sportello::Server
