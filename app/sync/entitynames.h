// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QString>

// The names of the synced record kinds as they travel in the protocol and sit in both databases.
// Stable: a name, once shipped, is never changed or reused.
namespace Sportello::Sync::Entity {
inline const QString citizen = QStringLiteral("citizen");
inline const QString account = QStringLiteral("account");
inline const QString auditEntry = QStringLiteral("audit_entry");
inline const QString queueService = QStringLiteral("queue_service");
inline const QString queueCounter = QStringLiteral("queue_counter");
inline const QString branchHours = QStringLiteral("branch_hours");
inline const QString queueTicket = QStringLiteral("queue_ticket");
inline const QString queueEvent = QStringLiteral("queue_event");
} // namespace Sportello::Sync::Entity
