// SPDX-License-Identifier: EUPL-1.2
#include "records/commonfields.h"
#include "security/auditentry.h"
#include "storage/auditlog.h"

#include <QLocale>

namespace Sportello::Records {

RecordKind auditEntryKind()
{
    using Storage::AuditLog;
    RecordKind kind;
    kind.name = Sync::Entity::auditEntry;
    kind.insertOnly = true;
    kind.check = &Security::auditEntryProblem;
    kind.canonical = [](const QJsonObject &payload) {
        return Security::toJson(Security::auditEntryFromJson(payload));
    };
    kind.find = [](const Storage::Database &database, const QString &id) -> std::optional<LocalRecord> {
        const std::optional<Security::AuditEntry> entry = AuditLog(database).find(id);
        if (!entry)
            return std::nullopt;
        return LocalRecord{1, Security::toJson(*entry)};
    };
    kind.existing = [](const Storage::Database &database, const QStringList &ids) {
        return AuditLog(database).existingIds(ids);
    };
    kind.apply = [](const Storage::Database &database, const QJsonObject &payload, std::optional<int>) {
        return AuditLog(database).applyRemote(payload);
    };
    kind.title = [] { return RecordWords::tr("Activity log entry"); };
    kind.fieldLabels = [] {
        return withCommonLabels({
            {QStringLiteral("chain"), RecordWords::tr("log of the PC")},
            {QStringLiteral("chainSeq"), RecordWords::tr("entry number")},
            {QStringLiteral("at"), RecordWords::tr("when")},
            {QStringLiteral("accountId"), RecordWords::tr("account")},
            {QStringLiteral("username"), RecordWords::tr("username")},
            {QStringLiteral("branchId"), RecordWords::tr("branch")},
            {QStringLiteral("deviceId"), RecordWords::tr("PC")},
            {QStringLiteral("deviceName"), RecordWords::tr("name of the PC")},
            {QStringLiteral("action"), RecordWords::tr("action")},
            {QStringLiteral("entity"), RecordWords::tr("kind of record")},
            {QStringLiteral("recordId"), RecordWords::tr("record")},
            {QStringLiteral("details"), RecordWords::tr("details")},
            {QStringLiteral("prevHash"), RecordWords::tr("seal of the previous entry")},
            {QStringLiteral("hash"), RecordWords::tr("seal")},
            // What the log records of other events.
            {QStringLiteral("fields"), RecordWords::tr("fields")},
        });
    };
    kind.describe = [](const QJsonObject &payload) {
        const Security::AuditEntry entry = Security::auditEntryFromJson(payload);
        //: %1: its number in the PC's log, %2: the PC's name, %3: when, %4: what happened ("Sign-in").
        return RecordWords::tr("Activity log entry no. %1 of %2, %3 (%4)")
            .arg(entry.chainSeq)
            .arg(entry.deviceName.isEmpty() ? entry.deviceId.left(8) : entry.deviceName,
                 QLocale().toString(QDateTime::fromString(entry.at, Qt::ISODateWithMs).toLocalTime(),
                                    QLocale::ShortFormat),
                 Security::AuditAction::title(entry.action));
    };
    kind.viewPermission = Security::Permission::ViewAuditLog;
    kind.example = [] {
        Security::AuditEntry entry;
        entry.id = exampleId(3);
        entry.chain = exampleId(4);
        entry.chainSeq = 1;
        entry.at = QStringLiteral("2026-01-15T09:00:00.000Z");
        entry.accountId = exampleId(2);
        entry.username = QStringLiteral("m.bianchi");
        entry.branchId = exampleId(5);
        entry.deviceId = exampleId(6);
        entry.deviceName = QStringLiteral("SPORTELLO-1");
        entry.action = Security::AuditAction::login;
        entry.prevHash = Security::genesisHash;
        entry.hash = entry.computeHash();
        return Security::toJson(entry);
    };
    return kind;
}

} // namespace Sportello::Records
