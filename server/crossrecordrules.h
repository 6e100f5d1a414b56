// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "batchsql.h"
#include "serverstore.h"
#include "sync/protocol.h"

#include <memory>
#include <optional>
#include <vector>

namespace Sportello::Server {

// A rule of the server that spans several records, which no single payload can check: a username
// unique in the comune, an audit chain without gaps, queue events in the order they happened. It
// keeps its own table beside the records, and sees a push batch in three steps, all inside the
// batch's transaction: load what the batch needs, judge each entry in order (what it accepted is
// what the later entries see), write back. The kinds a rule serves name it here; a kind without
// one needs nothing of this (app/records/recordkind.h).
class CrossRecordRule {
public:
    virtual ~CrossRecordRule() = default;
    // The kinds (Sync::Entity names) whose entries this rule judges.
    virtual QStringList entities() const = 0;
    // Reads what `entries` (this rule's, in batch order) need before any is judged.
    virtual void load(const BatchSql &sql, const DeviceIdentity &device,
                      const QList<const Sync::Protocol::PushEntry *> &entries) = 0;
    // Accepts an entry (nullopt) or says why not. Called in batch order, only for entries that
    // passed every check of their own; `owner` is the branch that owns the record after it.
    virtual std::optional<Sync::Protocol::Reason>
    accept(const Sync::Protocol::PushEntry &entry, const DeviceIdentity &device, const QString &owner) = 0;
    // Writes what the accepted entries changed; `at` is the batch's time as stored. Throws
    // Storage::StorageError.
    virtual void write(const BatchSql &sql, const DeviceIdentity &device, const QString &at) = 0;
};

// Fresh rules for one batch: their state is the batch's.
std::vector<std::unique_ptr<CrossRecordRule>> crossRecordRules();

} // namespace Sportello::Server
