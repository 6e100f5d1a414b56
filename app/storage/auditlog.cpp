// SPDX-License-Identifier: EUPL-1.2
#include "storage/auditlog.h"

#include "domain/clock.h"
#include "domain/logcategories.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/storageerror.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"
#include "sync/reasons.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

namespace Sportello::Storage {
using Security::AuditEntry;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Sportello::Storage::AuditLog", text);
}

const QString columns = QStringLiteral(
    "seq, id, chain_id, chain_seq, at, account_id, username, branch_id, device_id, device_name, action, "
    "entity, record_id, details, prev_hash, hash");

AuditEntry entryFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(1).toString();
    e.chain = q.value(2).toString();
    e.chainSeq = q.value(3).toLongLong();
    e.at = q.value(4).toString();
    e.accountId = q.value(5).toString();
    e.username = q.value(6).toString();
    e.branchId = q.value(7).toString();
    e.deviceId = q.value(8).toString();
    e.deviceName = q.value(9).toString();
    e.action = q.value(10).toString();
    e.entity = q.value(11).toString();
    e.recordId = q.value(12).toString();
    e.details = QJsonDocument::fromJson(q.value(13).toString().toUtf8()).object();
    e.prevHash = q.value(14).toString();
    e.hash = q.value(15).toString();
    return e;
}

using Sql::text;

void insert(const QSqlDatabase &db, const AuditEntry &e)
{
    Sql::exec(db,
              QStringLiteral("INSERT INTO audit_entry (id, chain_id, chain_seq, at, account_id, username, "
                             "branch_id, device_id, device_name, action, entity, record_id, details, "
                             "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {e.id, e.chain, e.chainSeq, e.at, text(e.accountId), text(e.username), text(e.branchId),
               text(e.deviceId), text(e.deviceName), e.action, text(e.entity), text(e.recordId),
               QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)), e.prevHash,
               e.hash});
}

QString chainOf(const QSqlDatabase &db)
{
    return Sql::scalar(db, QStringLiteral("SELECT chain_id FROM audit_chain WHERE singleton = 1")).toString();
}

// The anchor: this chain's head, outside SQLite. Written whole through QSaveFile, so a crash leaves
// the old head or the new one. It may lag behind the file (a crash between commit and write), never
// run ahead of it.
struct Anchor {
    QString chain;
    qint64 chainSeq = 0;
    QString hash;
};

void writeAnchor(const QString &path, const Anchor &anchor)
{
    QSaveFile file(path);
    const QByteArray text = QJsonDocument(QJsonObject{{QStringLiteral("chain"), anchor.chain},
                                                      {QStringLiteral("chainSeq"), anchor.chainSeq},
                                                      {QStringLiteral("hash"), anchor.hash}})
                                .toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        qCWarning(lcStorage) << "audit anchor not written:" << path << file.errorString();
}

std::optional<Anchor> readAnchor(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.read(4096)).object();
    Anchor anchor{json.value(QLatin1String("chain")).toString(),
                  qint64(json.value(QLatin1String("chainSeq")).toDouble()),
                  json.value(QLatin1String("hash")).toString()};
    if (anchor.chain.isEmpty() || anchor.chainSeq < 1)
        return std::nullopt;
    return anchor;
}
} // namespace

AuditLog::AuditLog(const Database &database, std::optional<Security::Actor> reader)
    : m_database(database)
    , m_reader(std::move(reader))
{}

QString AuditLog::anchorPath(const QString &databasePath)
{
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:"))
        return {};
    return databasePath + QStringLiteral(".audit-anchor");
}

AuditEntry AuditLog::append(Transaction &transaction, const WriteContext &context, const QString &action,
                            const QString &entity, const QString &recordId, const QJsonObject &details)
{
    const QSqlDatabase db = transaction.connection();
    AuditEntry e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.chain = chainOf(db);
    // Read inside the write transaction (BEGIN IMMEDIATE): no other writer can take the same place.
    QSqlQuery head = Sql::exec(db,
                               QStringLiteral("SELECT chain_seq, hash FROM audit_entry WHERE chain_id = ? "
                                              "ORDER BY chain_seq DESC LIMIT 1"),
                               {e.chain});
    e.chainSeq = head.next() ? head.value(0).toLongLong() + 1 : 1;
    e.prevHash = e.chainSeq > 1 ? head.value(1).toString() : Security::genesisHash;
    head.finish();
    e.at = Timestamps::toStorage(Clock::nowUtc());
    if (context.actor) {
        e.accountId = context.actor->accountId;
        e.username = context.actor->username;
    }
    e.branchId = context.branchId;
    e.deviceId = context.deviceId;
    e.deviceName = context.deviceName;
    e.action = action;
    e.entity = entity;
    e.recordId = recordId;
    e.details = details;
    e.hash = e.computeHash();
    insert(db, e);
    ChangeLog::append(db, context, Sync::Entity::auditEntry, e.id, ChangeEntry::Operation::Create,
                      Security::toJson(e));
    if (const QString path = anchorPath(db.databaseName()); !path.isEmpty())
        transaction.afterCommit(
            [path, anchor = Anchor{e.chain, e.chainSeq, e.hash}] { writeAnchor(path, anchor); });
    return e;
}

AuditEntry AuditLog::record(const WriteContext &context, const QString &action, const QString &entity,
                            const QString &recordId, const QJsonObject &details) const
{
    Transaction transaction(m_database);
    const AuditEntry entry = append(transaction, context, action, entity, recordId, details);
    transaction.commit();
    return entry;
}

QList<AuditEntry> AuditLog::entries(const Filter &filter, QList<qint64> *seqs) const
{
    Security::require(m_reader, Security::Permission::ViewAuditLog);
    QString sql = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM audit_entry WHERE 1 = 1");
    QVariantList values;
    if (filter.beforeSeq > 0) {
        sql += QStringLiteral(" AND seq < ?");
        values << filter.beforeSeq;
    }
    if (!filter.username.isEmpty()) {
        sql += QStringLiteral(" AND username = ?");
        values << filter.username;
    }
    if (!filter.action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        values << filter.action;
    }
    // Dates are the clerk's local days; the stored times are UTC text, which sorts as time.
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        values << Timestamps::toStorage(filter.from.startOfDay());
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND at < ?");
        values << Timestamps::toStorage(filter.to.addDays(1).startOfDay());
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    values << std::clamp(filter.limit, 1, 10000);
    QSqlQuery q = Sql::execList(m_database.connection(), sql, values);
    QList<AuditEntry> list;
    while (q.next()) {
        list << entryFrom(q);
        if (seqs)
            seqs->append(q.value(0).toLongLong());
    }
    return list;
}

QStringList AuditLog::usernames() const
{
    Security::require(m_reader, Security::Permission::ViewAuditLog);
    QSqlQuery q = Sql::exec(m_database.connection(),
                            QStringLiteral("SELECT DISTINCT username FROM audit_entry WHERE username <> '' "
                                           "ORDER BY username"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

AuditLog::Verdict AuditLog::verify() const
{
    Security::require(m_reader, Security::Permission::ViewAuditLog);
    const QSqlDatabase db = m_database.connection();
    Verdict verdict;
    struct Head {
        qint64 chainSeq = 0;
        QString hash = Security::genesisHash;
    };
    QHash<QString, Head> heads;
    const auto broken = [&](qint64 seq, const AuditEntry &e, const QString &problem) {
        verdict.intact = false;
        verdict.brokenSeq = seq;
        verdict.chain = e.chain;
        verdict.chainSeq = e.chainSeq;
        verdict.problem = problem;
        verdict.chainsChecked = int(heads.size());
        return verdict;
    };
    // A later place of the chain that is held, but further down: the entries were moved, not lost.
    const auto heldLater = [&](const QString &chain, qint64 chainSeq) {
        return Sql::scalar(
                   db,
                   QStringLiteral("SELECT count(*) FROM audit_entry WHERE chain_id = ? AND chain_seq = ?"),
                   {chain, chainSeq})
                   .toInt() > 0;
    };
    QSqlQuery q =
        Sql::exec(db, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM audit_entry ORDER BY seq"));
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        const AuditEntry e = entryFrom(q);
        Head &head = heads[e.chain];
        ++verdict.entriesChecked;
        if (e.computeHash() != e.hash)
            return broken(seq, e, tr("The entry was changed after it was written."));
        if (e.chainSeq != head.chainSeq + 1 || e.prevHash != head.hash)
            return broken(seq, e,
                          e.chainSeq > head.chainSeq + 1 && !heldLater(e.chain, head.chainSeq + 1)
                              ? tr("Entries before this one are missing.")
                              : tr("The entry is out of order or does not follow the one before."));
        head = {e.chainSeq, e.hash};
    }
    verdict.chainsChecked = int(heads.size());
    // Entries cut off the end leave a chain that is intact but shorter than its anchor says.
    const QString own = chainOf(db);
    if (const std::optional<Anchor> anchor = readAnchor(anchorPath(m_database.filePath()));
        anchor && anchor->chain == own) {
        const Head head = heads.value(own);
        if (head.chainSeq < anchor->chainSeq) {
            verdict.intact = false;
            verdict.chain = own;
            verdict.chainSeq = head.chainSeq + 1;
            const int missing = int(anchor->chainSeq - head.chainSeq);
            verdict.problem =
                QCoreApplication::translate("Sportello::Storage::AuditLog",
                                            "The last %n entries of this PC are missing.", nullptr, missing);
        } else if (head.chainSeq == anchor->chainSeq && head.hash != anchor->hash) {
            verdict.intact = false;
            verdict.chain = own;
            verdict.chainSeq = head.chainSeq;
            verdict.problem = tr("The last entry of this PC is not the one that was written.");
        }
    }
    return verdict;
}

QString AuditLog::chainId() const
{
    return chainOf(m_database.connection());
}

QString AuditLog::applyRemote(const QJsonObject &payload) const
{
    const AuditEntry entry = Security::auditEntryFromJson(payload);
    const QSqlDatabase db = m_database.connection();
    QSqlQuery q = Sql::exec(
        db, QStringLiteral("SELECT id FROM audit_entry WHERE id = ? OR (chain_id = ? AND chain_seq = ?)"),
        {entry.id, entry.chain, entry.chainSeq});
    if (q.next())
        return q.value(0).toString() == entry.id ? QString() : Sync::Reasons::Code::auditMismatch;
    q.finish();
    insert(db, entry);
    return {};
}

std::optional<AuditEntry> AuditLog::find(const QString &id) const
{
    QSqlQuery q = Sql::exec(
        m_database.connection(),
        QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM audit_entry WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return entryFrom(q);
}

QSet<QString> AuditLog::existingIds(const QStringList &ids) const
{
    return Sql::existingIds(m_database.connection(), QStringLiteral("audit_entry"), ids);
}

} // namespace Sportello::Storage
