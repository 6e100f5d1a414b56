// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "security/permissions.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace Sportello::Storage {
class Database;
}

namespace Sportello::Records {

// Who may change a record once it exists. Either way the record keeps the branch that created it
// as its owner (the server's records.owner_branch_id and the payload's ownerBranchId).
enum class Scope {
    Branch, // only the branch that created it
    Comune, // any branch of the same comune
};

// A record as this PC holds it, in its sync form.
struct LocalRecord {
    int version = 0;
    QJsonObject payload;
};

// The tr() context of the words staff read about records (titles, field labels, descriptions).
class RecordWords {
    Q_DECLARE_TR_FUNCTIONS(Sportello::Records::RecordWords)
};

// Everything Sportello knows about one kind of synced record, in one place: what it is, what a
// valid one looks like, how this PC reads and writes it, and how staff see it. Push, pull,
// ownership, versions, idempotency, conflicts, the audit log's wording and the sync review are the
// same for every kind and read it from here. (The server adds, by name, the rules that span several
// records of a batch: server/crossrecordrules.h. The program adds how to open one:
// ui/recordopeners.h.) How to add one: CONTRIBUTING.md.
struct RecordKind {
    QString name; // a Sync::Entity name
    Scope scope = Scope::Branch;
    // Created once, never changed (the audit log, queue tickets): an update is refused.
    bool insertOnly = false;

    // ---- what a valid record is (the server checks the same as the PC) ----
    // Empty when the payload is a valid record of this kind; otherwise why not (English).
    std::function<QString(const QJsonObject &payload)> check;
    // The payload as the kind's own toJson() writes it once read: its fields are the only ones the
    // server accepts, each with the same JSON type. Called only when `check` passed.
    std::function<QJsonObject(const QJsonObject &payload)> canonical;

    // ---- this PC's copy ----
    std::function<std::optional<LocalRecord>(const Storage::Database &, const QString &recordId)> find;
    // Which of `recordIds` this PC holds, in one go (a pulled page is mostly new records).
    std::function<QSet<QString>(const Storage::Database &, const QStringList &recordIds)> existing;
    // Writes a pulled version, inside the engine's transaction; throws Storage::StorageError. Returns
    // empty, or the reason code (Sync::Reasons::Code) a rule of this PC kept it out with (it is then
    // kept as a conflict for staff). storedVersion: the local row's version as find() just read it.
    std::function<QString(const Storage::Database &, const QJsonObject &payload,
                          std::optional<int> storedVersion)>
        apply;
    // Optional: the server refused this PC's change `recordId` with `reasonCode`. The kind may take
    // note (a queue call that another counter won). Returns true when the refusal is expected and
    // loses nothing, so that it is not put before staff.
    std::function<bool(const Storage::Database &, const QString &recordId, const QString &reasonCode)>
        refused = {};

    // ---- how staff see it (translated) ----
    std::function<QString()> title; // "Citizen"
    // The label of every field of the payload, and of the extra fields the audit log records.
    std::function<QHash<QString, QString>()> fieldLabels;
    // Optional: a field whose value is a code, as a person reads it ("L219" is "Torino (TO)");
    // empty for the others, which shownValue() writes.
    std::function<QString(const QString &field, const QJsonObject &payload)> shownCode = {};
    // Fields never shown to a person, whatever their role (an account's password hash).
    QSet<QString> secretFields;
    // One line that tells a person which record it is: "Rossi Mario (RSSMRA80A01H501U)".
    std::function<QString(const QJsonObject &payload)> describe;
    // Who may see such records; the sync review opens them only for those. Every kind names one
    // (the descriptor test checks it).
    std::optional<Security::Permission> viewPermission;
    // A valid record of this kind: the seed of the descriptor test and of the fuzz targets.
    std::function<QJsonObject()> example;
};

// A field's value as a person reads it: yes/no, numbers in the locale, lists joined by commas,
// "(empty)" for nothing.
QString shownValue(const QJsonValue &value);
// The field of a record of `kind` as a person reads it: its code by name, or shownValue().
QString shownField(const RecordKind &kind, const QString &field, const QJsonObject &payload);

// Everything the server checks of one payload before the kind's own rules: the size, text both
// databases store alike, and no field the kind does not know. Empty when it passes (English).
QString payloadProblem(const RecordKind &kind, const QJsonObject &payload);

class RecordKinds {
public:
    // Every kind this version of Sportello syncs (app/records/recordkinds.cpp lists them).
    static const RecordKinds &standard();
    const RecordKind *find(const QString &name) const;
    const QList<RecordKind> &all() const { return m_kinds; }

private:
    void add(RecordKind kind);
    QList<RecordKind> m_kinds;
};

} // namespace Sportello::Records
