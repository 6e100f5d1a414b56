// SPDX-License-Identifier: EUPL-1.2
#include "crossrecordrules.h"

#include "domain/queue.h"
#include "security/auditentry.h"
#include "storage/sql.h"
#include "storage/storageerror.h"
#include "sync/entitynames.h"
#include "sync/reasons.h"

#include <QHash>
#include <QSet>
#include <map>

namespace Sportello::Server {
namespace Reasons = Sync::Reasons;
using Sync::Protocol::PushEntry;
using Sync::Protocol::Reason;

namespace {

QString text(const PushEntry &entry, const char *field)
{
    return entry.payload.value(QLatin1String(field)).toString();
}

// Usernames are unique in the comune (account_usernames), whichever branch writes the account.
class UniqueUsernames final : public CrossRecordRule {
public:
    QStringList entities() const override { return {Sync::Entity::account}; }

    void load(const BatchSql &sql, const DeviceIdentity &device,
              const QList<const PushEntry *> &entries) override
    {
        QStringList usernames;
        QStringList accountIds;
        for (const PushEntry *entry : entries) {
            usernames << text(*entry, "username");
            accountIds << entry->recordId;
        }
        // The comune's usernames the batch names or whose accounts it touches, both ways round.
        const auto add = [this](const QSqlQuery &q) { set(q.value(1).toString(), q.value(0).toString()); };
        const QString select =
            QStringLiteral("SELECT username, account_id FROM account_usernames WHERE tenant_id = ? AND ");
        sql.selectIn(select + QStringLiteral("username IN "), {device.tenantId}, usernames, add);
        sql.selectIn(select + QStringLiteral("account_id IN "), {device.tenantId}, accountIds, add);
    }

    std::optional<Reason> accept(const PushEntry &entry, const DeviceIdentity &, const QString &) override
    {
        const QString username = text(entry, "username");
        if (m_holder.value(username, entry.recordId) != entry.recordId)
            return Reasons::usernameTaken();
        set(entry.recordId, username); // later entries of the batch see it taken
        m_written.insert(entry.recordId);
        return std::nullopt;
    }

    void write(const BatchSql &sql, const DeviceIdentity &device, const QString &) override
    {
        if (m_written.isEmpty())
            return;
        // Deleted and inserted again, not upserted: a batch may hand one account's old name to
        // another, which a row-by-row upsert could trip over on the UNIQUE key.
        const QStringList ids(m_written.cbegin(), m_written.cend());
        sql.selectIn(QStringLiteral("DELETE FROM account_usernames WHERE account_id IN "), {}, ids, {});
        QVariantList rows;
        for (const QString &id : ids)
            rows << id << device.tenantId << m_ofAccount.value(id);
        sql.insertRows(
            QStringLiteral("INSERT INTO account_usernames (account_id, tenant_id, username) VALUES "), 3,
            rows);
    }

private:
    void set(const QString &accountId, const QString &username)
    {
        m_holder.remove(m_ofAccount.value(accountId)); // a renamed account frees its old name
        m_holder.insert(username, accountId);
        m_ofAccount.insert(accountId, username);
    }

    QHash<QString, QString> m_holder;    // username -> account id
    QHash<QString, QString> m_ofAccount; // account id -> username
    QSet<QString> m_written;
};

// Each PC's audit log is a hash chain; the server takes an entry only right after the last one it
// holds of that chain (audit_chains), so a gap or a changed entry cannot pass.
class UnbrokenAuditChains final : public CrossRecordRule {
public:
    QStringList entities() const override { return {Sync::Entity::auditEntry}; }

    void load(const BatchSql &sql, const DeviceIdentity &, const QList<const PushEntry *> &entries) override
    {
        QStringList chainIds;
        for (const PushEntry *entry : entries)
            chainIds << text(*entry, "chain");
        // By chain id only, whatever the comune: another comune's chain id must be recognised as such.
        sql.selectIn(
            QStringLiteral(
                "SELECT chain_id, tenant_id, last_seq, last_hash FROM audit_chains WHERE chain_id IN "),
            {}, chainIds, [this](const QSqlQuery &q) {
                m_heads[q.value(0).toString()] = {q.value(1).toString(), q.value(2).toLongLong(),
                                                  q.value(3).toString()};
            });
    }

    std::optional<Reason> accept(const PushEntry &entry, const DeviceIdentity &device,
                                 const QString &) override
    {
        // Shape, sizes and hash were checked before; here only the link to what came before. A
        // refused entry leaves the head where it is, so the rest of its chain is refused too. (A
        // first entry's genesis prevHash is part of that check.)
        const Security::AuditEntry audit = Security::auditEntryFromJson(entry.payload);
        const auto head = m_heads.find(audit.chain);
        const bool follows = head == m_heads.end() ? audit.chainSeq == 1
                                                   : head->second.tenantId == device.tenantId &&
                                                         audit.chainSeq == head->second.lastSeq + 1 &&
                                                         audit.prevHash == head->second.lastHash;
        if (!follows)
            return Reasons::brokenChain();
        m_heads[audit.chain] = {device.tenantId, audit.chainSeq, audit.hash};
        m_written.insert(audit.chain);
        return std::nullopt;
    }

    void write(const BatchSql &sql, const DeviceIdentity &device, const QString &at) override
    {
        if (m_written.isEmpty())
            return;
        QVariantList rows;
        for (const QString &id : std::as_const(m_written)) {
            const Head &head = m_heads.at(id);
            rows << id << device.tenantId << head.lastSeq << head.lastHash << at;
        }
        // On PostgreSQL another comune may have taken the chain id since it was read.
        const qsizetype written = sql.insertRows(
            QStringLiteral(
                "INSERT INTO audit_chains (chain_id, tenant_id, last_seq, last_hash, updated_at) VALUES "),
            5, rows,
            QStringLiteral(" ON CONFLICT (chain_id) DO UPDATE SET last_seq = excluded.last_seq, "
                           "last_hash = excluded.last_hash, updated_at = excluded.updated_at "
                           "WHERE audit_chains.tenant_id = excluded.tenant_id"));
        if (written != qsizetype(m_written.size()))
            throw Storage::StorageError(
                Storage::StorageError::Kind::Constraint,
                QStringLiteral("An audit chain of this batch was written by someone else meanwhile."),
                QStringLiteral("audit_chains upsert wrote %1 of %2 rows").arg(written).arg(m_written.size()));
    }

private:
    struct Head {
        QString tenantId;
        qint64 lastSeq = 0;
        QString lastHash;
    };
    std::map<QString, Head> m_heads;
    QSet<QString> m_written;
};

// Order of arrival decides at the queue (docs/queue.md): an event must follow the last event of
// its ticket the server accepted (queue_heads). Two counters calling one ticket both follow the
// same event; the second finds it moved on.
class QueueEventOrder final : public CrossRecordRule {
public:
    QStringList entities() const override { return {Sync::Entity::queueTicket, Sync::Entity::queueEvent}; }

    void load(const BatchSql &sql, const DeviceIdentity &, const QList<const PushEntry *> &entries) override
    {
        QStringList ticketIds;
        for (const PushEntry *entry : entries) {
            if (entry->entity == Sync::Entity::queueEvent)
                ticketIds << text(*entry, "ticketId");
        }
        sql.selectIn(
            QStringLiteral("SELECT ticket_id, tenant_id, branch_id, head_event_id, status, service_id, "
                           "counter_id FROM queue_heads WHERE ticket_id IN "),
            {}, ticketIds, [this](const QSqlQuery &q) {
                Head head{q.value(1).toString(), q.value(2).toString(), {}};
                head.state.headEventId = q.value(3).toString();
                head.state.status = Domain::Queue::statusFromName(q.value(4).toString())
                                        .value_or(Domain::Queue::Status::Done);
                head.state.serviceId = q.value(5).toString();
                head.state.counterId = q.value(6).toString();
                m_heads[q.value(0).toString()] = head;
            });
    }

    std::optional<Reason> accept(const PushEntry &entry, const DeviceIdentity &device,
                                 const QString &owner) override
    {
        if (entry.entity == Sync::Entity::queueTicket) {
            const auto ticket = Domain::Queue::ticketFromJson(entry.payload);
            m_heads[entry.recordId] = {device.tenantId, owner, Domain::Queue::initialState(ticket.value())};
            m_written.insert(entry.recordId);
            return std::nullopt;
        }
        const Domain::Queue::Event event = Domain::Queue::eventFromJson(entry.payload).value();
        const auto head = m_heads.find(event.ticketId);
        if (head == m_heads.end() || head->second.tenantId != device.tenantId)
            return Reasons::unknownTicket();
        if (head->second.branchId != device.branchId)
            return Reasons::notOwner();
        if (event.after != head->second.state.headEventId)
            return Reasons::queueConflict();
        const Domain::Queue::Transition next = Domain::Queue::apply(head->second.state, event);
        if (!next.state)
            return Reasons::invalidRecord(next.problem);
        head->second.state = *next.state;
        m_written.insert(event.ticketId);
        return std::nullopt;
    }

    void write(const BatchSql &sql, const DeviceIdentity &, const QString &) override
    {
        if (m_written.isEmpty())
            return;
        QVariantList rows;
        // A new ticket has no event and no counter yet: stored as ''.
        using Storage::Sql::text;
        for (const QString &id : std::as_const(m_written)) {
            const Head &head = m_heads.at(id);
            rows << id << head.tenantId << head.branchId << text(head.state.headEventId)
                 << Domain::Queue::statusName(head.state.status) << text(head.state.serviceId)
                 << text(head.state.counterId);
        }
        // Tickets are insert-only and only their branch's PCs may add events, all under this
        // comune's sequence lock: no other process can have moved these heads meanwhile.
        sql.insertRows(
            QStringLiteral("INSERT INTO queue_heads (ticket_id, tenant_id, branch_id, head_event_id, "
                           "status, service_id, counter_id) VALUES "),
            7, rows,
            QStringLiteral(" ON CONFLICT (ticket_id) DO UPDATE SET head_event_id = "
                           "excluded.head_event_id, status = excluded.status, service_id = "
                           "excluded.service_id, counter_id = excluded.counter_id "
                           "WHERE queue_heads.tenant_id = excluded.tenant_id"));
    }

private:
    struct Head {
        QString tenantId;
        QString branchId;
        Domain::Queue::TicketState state;
    };
    std::map<QString, Head> m_heads;
    QSet<QString> m_written;
};

} // namespace

std::vector<std::unique_ptr<CrossRecordRule>> crossRecordRules()
{
    std::vector<std::unique_ptr<CrossRecordRule>> rules;
    rules.push_back(std::make_unique<UniqueUsernames>());
    rules.push_back(std::make_unique<UnbrokenAuditChains>());
    rules.push_back(std::make_unique<QueueEventOrder>());
    return rules;
}

} // namespace Sportello::Server
