// SPDX-License-Identifier: EUPL-1.2
#include "serverstore.h"

#include "batchsql.h"
#include "crossrecordrules.h"
#include "domain/clock.h"
#include "domain/codicefiscale.h"
#include "records/recordkind.h"
#include "storage/officerepository.h"
#include "storage/sql.h"
#include "storage/storageerror.h"
#include "storage/timestamps.h"
#include "sync/reasons.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>
#include <map>

namespace Sportello::Server {
namespace Reasons = Sync::Reasons;
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
    return Storage::Timestamps::toStorage(Clock::nowUtc());
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
    const QDateTime created = Clock::nowUtc();
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
    if (used || expires <= Clock::nowUtc()) {
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
struct StoredRecord {
    QString tenantId;
    QString ownerBranchId;
    int version = 0;
};
using RecordKey = std::pair<QString, QString>; // entity, record id

// What an applied operation was: the same id with anything else is not a duplicate but a reuse.
struct AppliedOperation {
    QString tenantId;
    QString entity;
    QString recordId;
};

// The operations of the batch that were applied before.
QHash<QString, AppliedOperation> appliedBefore(const BatchSql &sql, const QStringList &operationIds)
{
    QHash<QString, AppliedOperation> applied;
    sql.selectIn(QStringLiteral("SELECT operation_id, tenant_id, entity, record_id FROM applied_operations "
                                "WHERE operation_id IN "),
                 {}, operationIds, [&applied](const QSqlQuery &q) {
                     applied.insert(q.value(0).toString(),
                                    {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
                 });
    return applied;
}

// The records the batch touches, as they are before it. By entity: the key is (entity, record_id).
std::map<RecordKey, StoredRecord> storedRecords(const BatchSql &sql,
                                                const QHash<QString, QStringList> &idsByEntity)
{
    std::map<RecordKey, StoredRecord> records;
    for (auto it = idsByEntity.cbegin(); it != idsByEntity.cend(); ++it) {
        const QString entity = it.key();
        sql.selectIn(QStringLiteral("SELECT record_id, tenant_id, owner_branch_id, version FROM records "
                                    "WHERE entity = ? AND record_id IN "),
                     {entity}, it.value(), [&records, &entity](const QSqlQuery &q) {
                         records[{entity, q.value(0).toString()}] = {
                             q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()};
                     });
    }
    return records;
}

// Why an entry cannot be applied by the rules every kind shares (its own payload, ownership and
// version), or nullopt. `stored` is the record as it stands, when it exists.
std::optional<Reason> sharedRuleProblem(const PushEntry &entry, const Records::RecordKind &kind,
                                        const DeviceIdentity &device, const StoredRecord *stored)
{
    if (kind.insertOnly && entry.operation != Operation::Create)
        return Reasons::insertOnly();
    const QJsonValue version = entry.payload.value(QLatin1String("version"));
    const int newVersion = version.toInt(-1);
    if (entry.payload.value(QLatin1String("id")).toString() != entry.recordId || newVersion < 1 ||
        version.toDouble() != double(newVersion))
        return Reasons::invalidRecord(
            QStringLiteral("payload.id must equal recordId and payload.version must be a positive integer"));
    if (const QString problem = Records::payloadProblem(kind, entry.payload); !problem.isEmpty())
        return Reasons::invalidRecord(problem);
    const bool ours = stored && stored->tenantId == device.tenantId &&
                      (kind.scope == Records::Scope::Comune || stored->ownerBranchId == device.branchId);
    if (entry.operation == Operation::Create) {
        if (stored)
            return ours ? Reasons::alreadyExists() : Reasons::notOwner();
        if (newVersion != 1)
            return Reasons::invalidRecord(QStringLiteral("a new record has version 1"));
        return std::nullopt;
    }
    if (!stored)
        return Reasons::recordNotFound();
    if (!ours)
        return Reasons::notOwner();
    if (newVersion != stored->version + 1)
        return Reasons::versionConflict();
    return std::nullopt;
}
} // namespace

QSet<QString> ServerStore::revokedAmong(const QStringList &deviceIds)
{
    return onLiveConnection([&] {
        QSet<QString> revoked;
        BatchSql(m_database.connection(), m_database.isPostgres())
            .selectIn(QStringLiteral("SELECT id FROM devices WHERE revoked = 1 AND id IN "), {}, deviceIds,
                      [&revoked](const QSqlQuery &q) { revoked.insert(q.value(0).toString()); });
        return revoked;
    });
}

PushResponse ServerStore::pushOnce(const DeviceIdentity &device, const PushRequest &request)
{
    PushResponse response;
    const BatchSql sql(m_database.connection(), m_database.isPostgres());
    const QSqlDatabase &db = sql.db();
    Transaction transaction(m_database);
    // The tenant row is the sequence. Locked first, before the idempotency checks: a second server
    // process pushing for the same comune waits here, then sees this batch's operations as applied
    // and numbers its own after them, so seq is gap-free and ordered across processes.
    qint64 seq =
        scalar(db, QStringLiteral("SELECT last_seq FROM tenants WHERE id = ?") + m_database.lockRowSuffix(),
               {device.tenantId})
            .toLongLong();
    const qint64 firstSeq = seq;

    // The rules that span records get the entries of their kinds before any entry is judged.
    const std::vector<std::unique_ptr<CrossRecordRule>> rules = crossRecordRules();
    QHash<QString, CrossRecordRule *> ruleOf;
    for (const auto &rule : rules) {
        for (const QString &entity : rule->entities())
            ruleOf.insert(entity, rule.get());
    }
    QStringList operationIds;
    QHash<QString, QStringList> recordIds;
    std::map<CrossRecordRule *, QList<const PushEntry *>> ruleEntries;
    for (const PushEntry &entry : request.entries) {
        operationIds << entry.operationId.toString(QUuid::WithoutBraces);
        recordIds[entry.entity] << entry.recordId;
        if (CrossRecordRule *rule = ruleOf.value(entry.entity))
            ruleEntries[rule] << &entry;
    }
    QHash<QString, AppliedOperation> applied = appliedBefore(sql, operationIds);
    std::map<RecordKey, StoredRecord> records = storedRecords(sql, recordIds);
    for (const auto &[rule, entries] : ruleEntries)
        rule->load(sql, device, entries);
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
        const Records::RecordKind *kind = Records::RecordKinds::standard().find(entry.entity);
        if (!kind) {
            response.results.append(rejected(entry.operationId, Reasons::unknownEntity(entry.entity)));
            continue;
        }
        const RecordKey key{entry.entity, entry.recordId};
        const auto stored = records.find(key);
        const StoredRecord *before = stored == records.end() ? nullptr : &stored->second;
        if (const auto problem = sharedRuleProblem(entry, *kind, device, before)) {
            const bool conflict = problem->code == Reasons::Code::versionConflict;
            response.results.append(rejected(entry.operationId, *problem, conflict ? before->version : -1));
            continue;
        }
        // The creator stays the owner, whoever updates: the records upsert matches on it.
        const QString owner = before ? before->ownerBranchId : device.branchId;
        if (CrossRecordRule *rule = ruleOf.value(entry.entity)) {
            if (const auto problem = rule->accept(entry, device, owner)) {
                response.results.append(rejected(entry.operationId, *problem));
                continue;
            }
        }
        // The server is the authority on ownership: what it stores and hands out says so.
        QJsonObject payload = entry.payload;
        payload.insert(QStringLiteral("ownerBranchId"), owner);
        const QString payloadText = QString::fromUtf8(compact(payload));
        const int newVersion = entry.payload.value(QLatin1String("version")).toInt();
        ++seq;
        records[key] = {device.tenantId, owner, newVersion}; // later entries see this state
        recordRows[key] = {entry.entity, entry.recordId, device.tenantId, owner, newVersion, payloadText, at};
        changeRows << device.tenantId << seq << entry.entity << entry.recordId << payloadText
                   << device.deviceId << operationId << at;
        operationRows << operationId << device.tenantId << device.deviceId << entry.entity << entry.recordId
                      << seq << at;
        applied.insert(operationId, {device.tenantId, entry.entity, entry.recordId}); // a repeat in the batch
        response.results.append(PushResult{entry.operationId, PushStatus::Applied, {}, -1});
    }
    if (seq != firstSeq) {
        QVariantList rows;
        for (const auto &[key, row] : recordRows)
            rows << row;
        // A new record is inserted; one that exists takes its new version (owner and comune stay).
        // Only the owner's row is updated: on PostgreSQL another comune's push may have created the
        // same id since the batch was read (only our comune's sequence row is locked). Then fewer
        // rows are written, and the batch is rolled back; its retry sees the record and is refused.
        const qsizetype written = sql.insertRows(
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
        sql.insertRows(QStringLiteral("INSERT INTO changes (tenant_id, seq, entity, record_id, payload, "
                                      "origin_device, operation_id, created_at) VALUES "),
                       8, changeRows);
        sql.insertRows(QStringLiteral("INSERT INTO applied_operations (operation_id, tenant_id, device_id, "
                                      "entity, record_id, received_seq, received_at) VALUES "),
                       7, operationRows);
        for (const auto &rule : rules)
            rule->write(sql, device, at);
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
